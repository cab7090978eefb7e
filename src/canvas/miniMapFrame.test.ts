import { describe, expect, it } from 'vitest';
import { boundsOf, miniMapCards, miniMapFrame, windowOnMiniMap } from './miniMapFrame';

const ASPECT = 200 / 150;
const holds = (outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('the minimap', () => {
  it('draws touchpoint cards only, by measured size or else the estimate', () => {
    const cards = miniMapCards([
      { id: 'stage:s1', type: 'stage', position: { x: 0, y: 0 } },
      { id: 'a', type: 'touchpoint', position: { x: 10, y: 20 }, measured: { width: 240, height: 130 } },
      { id: 'b', type: 'touchpoint', position: { x: 300, y: 20 }, initialWidth: 240, initialHeight: 110 },
    ]);
    expect(cards).toEqual([
      { id: 'a', x: 10, y: 20, width: 240, height: 130 },
      { id: 'b', x: 300, y: 20, width: 240, height: 110 },
    ]);
    expect(boundsOf(cards)).toEqual({ x: 10, y: 20, width: 530, height: 130 });
    expect(boundsOf([])).toBeNull();
  });

  it('shows every card and the view, in the minimap’s proportions', () => {
    const cards = { x: 0, y: 0, width: 3000, height: 1800 };
    const view = { x: -100, y: -50, width: 1000, height: 700 };
    const frame = miniMapFrame(cards, view, ASPECT, null);
    expect(holds(frame, cards)).toBe(true);
    expect(holds(frame, view)).toBe(true);
    expect(frame.width / frame.height).toBeCloseTo(ASPECT);
  });

  it('keeps its frame through a small pan, so only the view’s window moves', () => {
    const cards = { x: 0, y: 0, width: 3000, height: 1800 };
    const first = miniMapFrame(cards, { x: 0, y: 0, width: 1000, height: 700 }, ASPECT, null);
    const panned = miniMapFrame(cards, { x: 150, y: 40, width: 1000, height: 700 }, ASPECT, first);
    expect(panned).toBe(first);
  });

  it('takes a new frame when the view leaves it, and when zoomed back in from far out', () => {
    const cards = { x: 0, y: 0, width: 3000, height: 1800 };
    const first = miniMapFrame(cards, { x: 0, y: 0, width: 1000, height: 700 }, ASPECT, null);
    const away = { x: 9000, y: 0, width: 1000, height: 700 };
    const moved = miniMapFrame(cards, away, ASPECT, first);
    expect(moved).not.toBe(first);
    expect(holds(moved, away)).toBe(true);
    const wide = miniMapFrame(cards, { x: -20000, y: -20000, width: 50000, height: 40000 }, ASPECT, first);
    const back = miniMapFrame(cards, { x: 0, y: 0, width: 1000, height: 700 }, ASPECT, wide);
    expect(back.width).toBeLessThan(wide.width / 2);
  });

  it('places the view’s window in minimap pixels', () => {
    const frame = { x: -100, y: -75, width: 2000, height: 1500 };
    expect(windowOnMiniMap(frame, { x: 900, y: 425, width: 1000, height: 500 }, 200)).toEqual({
      x: 100,
      y: 50,
      width: 100,
      height: 50,
    });
  });
});
