import type { Rect } from '@xyflow/react';

/** A card as the minimap draws it: its rectangle in canvas units. */
export interface MiniMapCard extends Rect {
  id: string;
}

/** Room kept around the cards and the view, as a share of the frame's larger side, so small pans keep it. */
const MARGIN = 0.15;

/**
 * The cards' rectangles (touchpoint nodes only: columns, lanes and notes are not drawn), by their measured
 * size or, before React Flow measured them, the size they were estimated at. Nodes have no parents here,
 * so `position` is absolute.
 */
export function miniMapCards(
  nodes: readonly {
    id: string;
    type?: string;
    position: { x: number; y: number };
    measured?: { width?: number; height?: number };
    initialWidth?: number;
    initialHeight?: number;
  }[],
): MiniMapCard[] {
  const cards: MiniMapCard[] = [];
  for (const node of nodes) {
    if (node.type !== 'touchpoint') continue;
    const width = node.measured?.width ?? node.initialWidth ?? 0;
    const height = node.measured?.height ?? node.initialHeight ?? 0;
    cards.push({ id: node.id, x: node.position.x, y: node.position.y, width, height });
  }
  return cards;
}

/** The smallest rectangle holding all of `rects` (null for none). */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/**
 * The part of the canvas the minimap shows (canvas units), given the cards' bounds, the view (the visible
 * canvas rectangle) and the frame shown so far. The frame holds the cards and the view, with a margin, and
 * is kept while it still holds both: so a pan moves only the view's outline and re-scales nothing, where a
 * frame fitted tightly to the view would change on every frame of a pan. Its aspect ratio is the minimap's
 * (`aspect` = width / height), the content centred.
 */
export function miniMapFrame(cards: Rect | null, view: Rect, aspect: number, previous: Rect | null): Rect {
  const needed = cards ? (boundsOf([cards, view]) as Rect) : view;
  const margin = Math.max(needed.width, needed.height) * MARGIN;
  let width = needed.width + margin * 2;
  let height = needed.height + margin * 2;
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  // Kept unless it no longer holds what must be seen, or, zoomed back in, would draw all that much smaller.
  if (previous && contains(previous, needed) && previous.width <= width * 1.5) return previous;
  return { x: needed.x + needed.width / 2 - width / 2, y: needed.y + needed.height / 2 - height / 2, width, height };
}

/**
 * Where the view's window sits on the minimap, in minimap pixels from its top left corner, for a minimap
 * `pixelWidth` pixels wide showing `frame` (whose aspect ratio is the minimap's).
 */
export function windowOnMiniMap(frame: Rect, view: Rect, pixelWidth: number): Rect {
  const scale = pixelWidth / frame.width;
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    x: r((view.x - frame.x) * scale),
    y: r((view.y - frame.y) * scale),
    width: r(view.width * scale),
    height: r(view.height * scale),
  };
}
