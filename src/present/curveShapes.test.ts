import { describe, expect, it } from 'vitest';
import type { CurveBand, CurveSlot } from './curveLayout';
import { curveShapes } from './curveShapes';

const geometry = { height: 140, pad: 20, dot: 8 };
const bands: CurveBand[] = [
  { stageId: 's1', x: 0, width: 600 },
  { stageId: 's2', x: 600, width: 600 },
];
const slot = (id: string, x: number, extra: Partial<CurveSlot> = {}): CurveSlot => ({
  touchpointId: id,
  stageId: x < 600 ? 's1' : 's2',
  x,
  emotion: 0,
  momentOfTruth: false,
  painPoint: false,
  ...extra,
});
const count = (path: string) => path.split('M').length - 1;

describe('curveShapes', () => {
  const slots = [
    slot('a', 100, { emotion: 2, painPoint: true }),
    slot('b', 300, { emotion: -2, momentOfTruth: true }),
    slot('c', 500, { emotion: null }),
    slot('d', 900),
  ];

  it('draws revealed touchpoints as dots of their emotion and the rest as ticks', () => {
    const shapes = curveShapes(bands, slots, new Set(['a', 'b', 'c']), 'b', 's1', geometry);
    expect(shapes.shown).toBe(3);
    expect(count(shapes.dots[2])).toBe(1);
    expect(count(shapes.dots[-2])).toBe(1);
    expect(count(shapes.dots[0])).toBe(0);
    expect(count(shapes.later)).toBe(1);
    expect(count(shapes.pains)).toBe(1);
    expect(count(shapes.truths)).toBe(1);
    // The line joins the two revealed touchpoints with an emotion: +2 at the top, -2 at the bottom.
    expect(shapes.line).toBe('100,20 300,120');
    expect(shapes.current).toEqual({ x: 300, y: 120 });
    expect(shapes.focusBand?.stageId).toBe('s1');
    expect(count(shapes.evenBands)).toBe(1);
    expect(count(shapes.oddBands)).toBe(1);
  });

  it('draws no line through a single point and no ring around a touchpoint still to come', () => {
    const shapes = curveShapes(bands, slots, new Set(['a']), 'd', null, geometry);
    expect(shapes.line).toBe('');
    expect(shapes.current).toBeNull();
    expect(shapes.focusBand).toBeNull();
    expect(count(shapes.later)).toBe(3);
  });
});
