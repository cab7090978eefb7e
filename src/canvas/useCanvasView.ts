import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { CanvasView } from '../actions/action';

/**
 * How the canvas zooms to fit: 10 % padding (React Flow's fraction: about 4.5 % of the pane on each side),
 * but on the left always 56 px, the room of the zoom controls in the pane's corner (15 px from its edge,
 * 26 px wide) with 15 px to spare, so they never cover the map's first column or the emotion curve's
 * scale; never past 100 %; and counting cards React Flow has not drawn yet (off screen) by their estimated
 * size: it otherwise fits only the cards it has measured.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { x: 0.1, y: 0.1, left: '56px' },
  maxZoom: 1,
  includeHiddenNodes: true,
} as const;

/** Room left between a node shown by `show` and the pane's edge, in screen px. */
const SHOW_MARGIN = 24;

/**
 * The canvas as actions see it (see CanvasView), read from React Flow's own state: the middle of the
 * visible pane in canvas units, zoom to fit, and bringing a node into view. Must be used inside the canvas's
 * ReactFlowProvider.
 */
export function useCanvasView(): CanvasView {
  const store = useStoreApi();
  const flow = useReactFlow();
  return useMemo(
    () => ({
      centre() {
        const { width, height, transform } = store.getState();
        const [x, y, zoom] = transform;
        return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
      },
      fit() {
        void flow.fitView(FIT_VIEW_OPTIONS);
      },
      show(nodeId) {
        // A node just added reaches React Flow with the render that follows the change: look after it.
        requestAnimationFrame(() => {
          const node = flow.getInternalNode(nodeId);
          if (!node) return;
          const { width, height, transform } = store.getState();
          const [x, y, zoom] = transform;
          const w = (node.measured.width ?? node.width ?? node.initialWidth ?? 0) * zoom;
          const h = (node.measured.height ?? node.height ?? node.initialHeight ?? 0) * zoom;
          const left = node.internals.positionAbsolute.x * zoom + x;
          const top = node.internals.positionAbsolute.y * zoom + y;
          // Bottom and right first, so a node larger than the view shows its top left.
          const shift = (start: number, size: number, room: number) => {
            let by = Math.min(0, room - SHOW_MARGIN - (start + size));
            if (start + by < SHOW_MARGIN) by = SHOW_MARGIN - start;
            return by;
          };
          const dx = shift(left, w, width);
          const dy = shift(top, h, height);
          if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x + dx, y: y + dy, zoom });
        });
      },
    }),
    [store, flow],
  );
}
