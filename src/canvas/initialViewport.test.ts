import { describe, expect, it } from 'vitest';
import type { Node } from '@xyflow/react';
import { initialViewport } from './initialViewport';

const FIT = { padding: 0.1, minZoom: 0.1, maxZoom: 1 };
const node = (id: string, x: number, y: number, size: Partial<Node>): Node => ({
  id,
  position: { x, y },
  data: {},
  ...size,
});

describe('initialViewport', () => {
  it('shows every card, estimated or measured, inside the pane with its padding', () => {
    const nodes = [
      node('a', 0, 0, { initialWidth: 240, initialHeight: 120 }),
      node('b', 2760, 880, { measured: { width: 240, height: 120 } }),
      node('column', 0, 0, { width: 300, height: 1000 }),
    ];
    const { x, y, zoom } = initialViewport(nodes, 1000, 500, FIT);
    // The map is 3,000 x 1,000 units: the pane's width with 10 % padding decides the zoom.
    expect(zoom).toBeCloseTo(1000 / 3000 / 1.1, 3);
    const onScreen = (px: number, py: number) => ({ sx: px * zoom + x, sy: py * zoom + y });
    const topLeft = onScreen(0, 0);
    const bottomRight = onScreen(3000, 1000);
    expect(topLeft.sx).toBeGreaterThanOrEqual(0);
    expect(topLeft.sy).toBeGreaterThanOrEqual(0);
    expect(bottomRight.sx).toBeLessThanOrEqual(1000);
    expect(bottomRight.sy).toBeLessThanOrEqual(500);
  });

  it('keeps a padding given in pixels on one side, as the zoom controls need on the left', () => {
    const nodes = [node('a', 0, 0, { width: 3000, height: 1000 })];
    const { x, zoom } = initialViewport(nodes, 1000, 800, { ...FIT, padding: { x: 0.1, y: 0.1, left: '56px' } });
    expect(x).toBeGreaterThanOrEqual(56);
    expect(3000 * zoom + x).toBeLessThanOrEqual(1000);
  });

  it('never zooms past the fit limit for a small map', () => {
    const { zoom } = initialViewport([node('a', 0, 0, { initialWidth: 240, initialHeight: 120 })], 1000, 800, FIT);
    expect(zoom).toBe(1);
  });

  it('keeps the default view for an unmeasured pane or nodes of unknown size', () => {
    const sized = [node('a', 50, 50, { initialWidth: 240, initialHeight: 120 })];
    expect(initialViewport(sized, 0, 0, FIT)).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(initialViewport([node('a', 50, 50, {})], 1000, 800, FIT)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
