import {
  getNodesBounds,
  getViewportForBounds,
  type FitViewOptions,
  type Node,
  type Rect,
  type Viewport,
} from '@xyflow/react';

/** A fit as React Flow's fitView takes it: padding (a fraction of the pane, or per side in px or %), zoom limits. */
interface FitOptions {
  padding: NonNullable<FitViewOptions['padding']>;
  minZoom: number;
  maxZoom: number;
}

/**
 * The view that shows every node, for a pane of `width` x `height` CSS pixels, computed from the nodes'
 * own sizes (measured, set or React Flow's initialWidth/initialHeight estimate; nodes with none are
 * left out, as React Flow's fitView leaves them out). React Flow's `fitView` waits until it has drawn
 * and measured the cards, so a canvas opened at the default view first draws and measures the cards under
 * it, then fits and draws and measures the rest: starting at this view draws them all once. Returns
 * React Flow's default view (0, 0, zoom 1) for an empty pane or no sized node.
 */
export function initialViewport(nodes: readonly Node[], width: number, height: number, fit: FitOptions): Viewport {
  const bounds = sizedBounds(nodes);
  if (width <= 0 || height <= 0 || !bounds) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(bounds, width, height, fit.minZoom, fit.maxZoom, fit.padding);
}

/**
 * The rectangle (canvas units) around the nodes that have a size, as React Flow's own bounds take it: a
 * node's measured size, else its set size, else its initial (estimated) one; null when none has one.
 */
export function sizedBounds(nodes: readonly Node[]): Rect | null {
  const sized = nodes.filter(
    (node) =>
      (node.measured?.width ?? node.width ?? node.initialWidth) &&
      (node.measured?.height ?? node.height ?? node.initialHeight),
  );
  return sized.length === 0 ? null : getNodesBounds(sized);
}
