/** Drag-and-drop type of a channel dragged from the palette onto the canvas. */
export const PALETTE_MIME = 'application/x-recorrido-channel';
