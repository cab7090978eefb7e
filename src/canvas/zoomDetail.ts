import { useStore } from '@xyflow/react';

/**
 * How much of each card the canvas draws at the current zoom. Zoomed out, text and icons shrink below
 * what anyone can read while still costing paint on every frame of a pan; cards then drop what cannot be
 * read (keeping their place, size, owner colour and emotion) so a map of thousands of cards stays fluid.
 */
export type ZoomDetail = 'full' | 'reduced' | 'outline';

/** Below this zoom card meta text (12 px) is under 4 px: icons, labels and shadows go. */
export const REDUCED_BELOW = 0.35;
/** Below this zoom titles (14 px) are under 3 px: cards become coloured blocks. */
export const OUTLINE_BELOW = 0.2;

export function zoomDetail(zoom: number): ZoomDetail {
  if (zoom < OUTLINE_BELOW) return 'outline';
  if (zoom < REDUCED_BELOW) return 'reduced';
  return 'full';
}

/** The detail level for React Flow's current zoom; re-renders only when the level changes. */
export function useZoomDetail(): ZoomDetail {
  return useStore((s) => zoomDetail(s.transform[2]));
}
