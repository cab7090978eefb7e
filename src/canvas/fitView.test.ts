import { getViewportForBounds, type Rect } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { CURVE_BELOW_NODES, FIT_VIEW_OPTIONS, fitViewOptions } from './fitView';
import { zoomDetail } from './zoomDetail';

const PANE = { width: 880, height: 690 };
/** React Flow's minimap: 200 x 150 px, 15 px from the pane's bottom-right corner. */
const MINIMAP = { left: PANE.width - 215, top: PANE.height - 165, right: PANE.width - 15, bottom: PANE.height - 15 };
type Box = { left: number; top: number; right: number; bottom: number };

/** Where the map and the emotion curve under its nodes land on screen (px) once `nodes` are fitted with `padding`. */
function onScreen(nodes: Rect, padding: object): Box & { zoom: number } {
  const { x, y, zoom } = getViewportForBounds(nodes, PANE.width, PANE.height, 0.1, 1, padding as never);
  return {
    left: x + nodes.x * zoom,
    top: y + nodes.y * zoom,
    right: x + (nodes.x + nodes.width) * zoom,
    bottom: y + (nodes.y + nodes.height + CURVE_BELOW_NODES) * zoom,
    zoom,
  };
}
const overlapsMinimap = (r: Box) =>
  r.right > MINIMAP.left && r.left < MINIMAP.right && r.bottom > MINIMAP.top && r.top < MINIMAP.bottom;
const insidePane = (r: Box) => r.left >= 0 && r.top >= 0 && r.right <= PANE.width && r.bottom <= PANE.height;
const fit = (nodes: Rect, minimap = true) =>
  onScreen(nodes, fitViewOptions(nodes, PANE.width, PANE.height, { minimap, minZoom: 0.1 }).padding);

describe('fitViewOptions', () => {
  it('shows a journey shaped like the templates with its curve, clear of the minimap', () => {
    const journey = { x: 0, y: 0, width: 2400, height: 1300 };
    // The plain fit counted the nodes only: the curve went under the minimap.
    expect(overlapsMinimap(onScreen(journey, FIT_VIEW_OPTIONS.padding))).toBe(true);
    const fitted = fit(journey);
    expect(overlapsMinimap(fitted)).toBe(false);
    expect(insidePane(fitted)).toBe(true);
  });

  it('keeps the zoom of a wide journey with room above and below, moving it up', () => {
    const wide = { x: 0, y: 0, width: 3000, height: 900 };
    const plain = onScreen(wide, FIT_VIEW_OPTIONS.padding);
    const fitted = fit(wide);
    expect(overlapsMinimap(fitted)).toBe(false);
    expect(fitted.zoom).toBeCloseTo(plain.zoom, 3);
  });

  it('moves a tall journey left of the minimap, where that costs less zoom than moving it up', () => {
    const tall = { x: 0, y: 0, width: 700, height: 2400 };
    const fitted = fit(tall);
    expect(overlapsMinimap(fitted)).toBe(false);
    expect(insidePane(fitted)).toBe(true);
    expect(fitted.right).toBeLessThanOrEqual(MINIMAP.left);
  });

  it('without a minimap still shows the curve, which the plain fit cut off under a tall journey', () => {
    const tall = { x: 0, y: 0, width: 700, height: 2400 };
    expect(insidePane(onScreen(tall, FIT_VIEW_OPTIONS.padding))).toBe(false);
    expect(insidePane(fit(tall, false))).toBe(true);
  });

  it('lets the minimap cover a corner of a pane too small to keep clear of it', () => {
    const journey = { x: 0, y: 0, width: 2400, height: 1300 };
    const small = fitViewOptions(journey, 400, 260, { minimap: true, minZoom: 0.1 });
    expect(small.padding).not.toHaveProperty('right');
    expect(small.padding.bottom).not.toBe('180px');
  });

  it('never lowers the cards’ detail for the curve or the minimap: then it fits the nodes as before', () => {
    // A 1280 x 720 window's pane: the nodes alone fit at a zoom where cards show their icons and labels.
    const pane = { width: 780, height: 525 };
    const journey = { x: 0, y: 0, width: 1800, height: 1200 };
    const zoom = (padding: object) =>
      getViewportForBounds(journey, pane.width, pane.height, 0.1, 1, padding as never).zoom;
    expect(zoomDetail(zoom(FIT_VIEW_OPTIONS.padding))).toBe('full');
    const options = fitViewOptions(journey, pane.width, pane.height, { minimap: true, minZoom: 0.1 });
    expect(options).toBe(FIT_VIEW_OPTIONS);
  });

  it('keeps the plain fit when there is nothing to fit', () => {
    expect(fitViewOptions(null, PANE.width, PANE.height, { minimap: true, minZoom: 0.1 })).toBe(FIT_VIEW_OPTIONS);
  });
});
