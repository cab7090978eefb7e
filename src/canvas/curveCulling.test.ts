import { describe, expect, it } from 'vitest';
import { pointsInSpan, runsInSpan } from './curveCulling';

const at = (...xs: number[]) => xs.map((x) => ({ x }));
const xs = (runs: { x: number }[][]) => runs.map((r) => r.map((p) => p.x));

describe('curve culling', () => {
  it('draws every point and the whole line when the visible span is not known', () => {
    const points = at(0, 500, 9000);
    expect(pointsInSpan(points, undefined)).toEqual(points);
    expect(xs(runsInSpan(points, undefined))).toEqual([[0, 500, 9000]]);
    expect(runsInSpan(at(10), undefined)).toEqual([]);
  });

  it('keeps the points inside the span, edges included', () => {
    expect(pointsInSpan(at(-10, 0, 400, 1000, 1001), { from: 0, to: 1000 }).map((p) => p.x)).toEqual([0, 400, 1000]);
  });

  it('keeps each segment that reaches into the span, even one crossing it without a point inside', () => {
    const span = { from: 1000, to: 2000 };
    expect(xs(runsInSpan(at(0, 500, 1500, 2500, 3000), span))).toEqual([[500, 1500, 2500]]);
    expect(xs(runsInSpan(at(0, 3000), span))).toEqual([[0, 3000]]);
    expect(runsInSpan(at(0, 500, 900), span)).toEqual([]);
  });

  it('splits the line where the journey leaves the span and comes back (a card placed far away)', () => {
    const span = { from: 0, to: 1000 };
    expect(xs(runsInSpan(at(100, 200, 5000, 6000, 300, 400), span))).toEqual([
      [100, 200, 5000],
      [6000, 300, 400],
    ]);
  });
});
