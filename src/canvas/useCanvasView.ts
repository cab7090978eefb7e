import {
  useReactFlow,
  useStoreApi,
  type Edge,
  type Node,
  type ReactFlowInstance,
  type ReactFlowState,
} from '@xyflow/react';
import { useMemo } from 'react';
import type { CanvasView } from '../actions/action';
import { fitViewOptions, minimapShown } from './fitView';

/** Room left between a node shown by `show` and the pane's edge, in screen px. */
const SHOW_MARGIN = 24;

/**
 * Zooms the canvas to show the whole map clear of the zoom controls and the minimap (fitView.ts), for
 * React Flow's instance and its current state (pane size, zoom limits).
 */
export function fitMap<N extends Node, E extends Edge>(
  flow: ReactFlowInstance<N, E>,
  { width, height, minZoom }: Pick<ReactFlowState, 'width' | 'height' | 'minZoom'>,
) {
  const nodes = flow.getNodes();
  const options = fitViewOptions(flow.getNodesBounds(nodes), width, height, {
    minimap: minimapShown(nodes.length),
    minZoom,
  });
  void flow.fitView(options);
}

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
        fitMap(flow, store.getState());
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
