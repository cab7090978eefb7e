import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { CanvasView } from '../actions/action';

/**
 * How the canvas zooms to fit: 10 % padding, never past 100 %, and counting cards React Flow has not drawn
 * yet (off screen) by their estimated size: it otherwise fits only the cards it has measured.
 */
export const FIT_VIEW_OPTIONS = { padding: 0.1, maxZoom: 1, includeHiddenNodes: true } as const;

/**
 * The canvas as actions see it (see CanvasView), read from React Flow's own state: the middle of the
 * visible pane in canvas units, and zoom to fit. Must be used inside the canvas's ReactFlowProvider.
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
    }),
    [store, flow],
  );
}
