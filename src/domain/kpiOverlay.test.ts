import { describe, expect, it } from 'vitest';
import { kpiOverlayPoints, kpiScale, roundUp, scaleFraction } from './kpiOverlay';
import { aTouchpoint } from '../test/touchpoint';

describe('the KPI overlay of the emotion curve', () => {
  it('draws a score on its whole range, with bars starting at zero or at the lowest score', () => {
    expect(kpiScale('kpiNps', [10])).toEqual({ min: -100, max: 100, base: 0 });
    expect(kpiScale('kpiCsat', [81])).toEqual({ min: 0, max: 100, base: 0 });
    expect(kpiScale('kpiCes', [3])).toEqual({ min: 1, max: 7, base: 1 });
  });

  it('draws counts and money from 0 to the largest value rounded up to 1, 2 or 5 times a power of ten', () => {
    expect(kpiScale('kpiVolume', [1200, 3400])).toEqual({ min: 0, max: 5000, base: 0 });
    expect(kpiScale('kpiCost', [2.5, 0.4])).toEqual({ min: 0, max: 5, base: 0 });
    expect(kpiScale('kpiVolume', [0])).toEqual({ min: 0, max: 1, base: 0 });
    expect(roundUp(100)).toBe(100);
    expect(roundUp(101)).toBe(200);
    expect(roundUp(0.03)).toBe(0.05);
  });

  it('places a value as a fraction of its scale, clamped to the scale', () => {
    // CES 4 on 1..7: (4 - 1) / 6 = 0.5. NPS -50 on -100..100: 50 / 200 = 0.25.
    expect(scaleFraction(4, kpiScale('kpiCes', []))).toBe(0.5);
    expect(scaleFraction(-50, kpiScale('kpiNps', []))).toBe(0.25);
    expect(scaleFraction(120, { min: 0, max: 100 })).toBe(1);
  });

  it('takes every touchpoint with the measure in journey order, under its point on the emotion curve', () => {
    const stages = [
      { id: 's1', name: 'A', width: 400 },
      { id: 's2', name: 'B', width: 400 },
    ];
    const touchpoints = [
      aTouchpoint({ id: 'late', stageId: 's2', position: { x: 420, y: 0 }, kpiCsat: 60 }),
      aTouchpoint({ id: 'none', stageId: 's1', position: { x: 10, y: 0 } }),
      aTouchpoint({ id: 'early', stageId: 's1', position: { x: 20, y: 0 }, kpiCsat: 90 }),
    ];
    // A's two touchpoints share its 400 wide column, 'early' the second half; 'late' is alone in B.
    expect(kpiOverlayPoints({ stages, touchpoints }, 'kpiCsat')).toEqual([
      { touchpointId: 'early', x: 300, value: 90 },
      { touchpointId: 'late', x: 600, value: 60 },
    ]);
  });
});
