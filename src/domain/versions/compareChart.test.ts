import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { blankJourney, blankTouchpoint } from '../blank';
import { emotionCurvePoints } from '../emotionCurve';
import type { Journey } from '../journey';
import { instantiateTemplate } from '../templates';
import { meUno } from '../templates/meUno';
import { compareChartLayout, emotionY, mergeOrder } from './compareChart';
import { diffVersions } from './diff';
import { createToBe } from './toBe';

const box = { x: 10, y: 20, width: 400, height: 100 };
const NOW = new Date('2026-11-29T10:00:00Z');

/** The chart of two versions, laid out in `box`. */
function layout(asIs: Journey, toBe: Journey) {
  const curves = { before: emotionCurvePoints(asIs), after: emotionCurvePoints(toBe) };
  return compareChartLayout(asIs, toBe, curves, box, 'es');
}

describe('the comparison chart', () => {
  it('puts +2 on the top edge, -2 on the bottom edge and labels each level with the scale’s word', () => {
    expect([emotionY(2, box), emotionY(0, box), emotionY(-2, box)]).toEqual([20, 70, 120]);
    const { levels } = layout(blankJourney(), blankJourney());
    expect(levels.map((l) => [l.y, l.label])).toEqual([
      [120, 'Lo odio'],
      [95, 'No me gusta'],
      [70, 'Me da igual'],
      [45, 'Me gusta'],
      [20, '¡Wow!'],
    ]);
  });

  it('merges two orders: the first as it is, what only the second has where the second had it', () => {
    expect(mergeOrder(['a', 'c'], ['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(mergeOrder(['b', 'n'], ['x', 'b', 'y'])).toEqual(['x', 'b', 'y', 'n']);
    expect(mergeOrder([], ['a'])).toEqual(['a']);
  });

  it('gives every touchpoint of either version one slot, in stage bands, matched by id', () => {
    // As-is: S1 [a, b], S2 [c], S3 [d]. To-be: drops S2 (and c), adds N after S1 with n, drops b.
    const asIs = blankJourney({
      stages: ['S1', 'S2', 'S3'].map((id) => ({ id, name: id, width: 300 })),
    });
    asIs.touchpoints = [
      blankTouchpoint({ id: 'a', stageId: 'S1', emotion: -2, position: { x: 0, y: 0 } }),
      blankTouchpoint({ id: 'b', stageId: 'S1', emotion: -1, position: { x: 0, y: 100 } }),
      blankTouchpoint({ id: 'c', stageId: 'S2', emotion: 0, position: { x: 300, y: 0 } }),
      blankTouchpoint({ id: 'd', stageId: 'S3', emotion: 1, position: { x: 600, y: 0 } }),
    ];
    const toBe = produce(asIs, (d) => {
      d.stages.splice(1, 1, { id: 'N', name: '', width: 300 });
      d.touchpoints = d.touchpoints.filter((t) => t.id !== 'b' && t.id !== 'c');
      d.touchpoints.push(blankTouchpoint({ id: 'n', stageId: 'N', emotion: 2 }));
      d.touchpoints[1].emotion = 2;
    });
    const chart = layout(asIs, toBe);
    // Five slots of 80: S1 two, S2 (right after S1, where the as-is had it) one, N one, S3 one.
    expect(chart.stages.map((s) => [s.stageId, s.name, s.x, s.width])).toEqual([
      ['S1', 'S1', 10, 160],
      ['S2', 'S2', 170, 80],
      ['N', '', 250, 80],
      ['S3', 'S3', 330, 80],
    ]);
    expect(chart.before.map((p) => [p.touchpointId, p.x, p.y])).toEqual([
      ['a', 50, 120],
      ['b', 130, 95],
      ['c', 210, 70],
      ['d', 370, 45],
    ]);
    expect(chart.after.map((p) => [p.touchpointId, p.x, p.y])).toEqual([
      ['a', 50, 120],
      ['n', 290, 20],
      ['d', 370, 20],
    ]);
  });

  it('gives a touchpoint moved to another stage a slot in each, and an empty stage one slot', () => {
    const asIs = blankJourney({
      stages: ['S1', 'S2', 'S3'].map((id) => ({ id, name: id, width: 300 })),
    });
    asIs.touchpoints = [blankTouchpoint({ id: 'a', stageId: 'S1', emotion: 0 })];
    const toBe = produce(asIs, (d) => {
      d.touchpoints[0].stageId = 'S2';
    });
    const chart = layout(asIs, toBe);
    expect(chart.stages.map((s) => s.width)).toEqual([400 / 3, 400 / 3, 400 / 3]);
    expect(chart.before[0].x).toBeCloseTo(10 + 400 / 6);
    expect(chart.after[0].x).toBeCloseTo(10 + 400 / 2);
  });

  it('lines up "Me uno" with its to-be that dropped stage 4: a kept touchpoint sits at one x on both curves', () => {
    const asIs = instantiateTemplate(meUno, 'es', NOW);
    const dropped = asIs.stages[3];
    const toBe = produce(createToBe(asIs, 'Me uno (to-be)', NOW), (d) => {
      d.stages.splice(3, 1);
      d.touchpoints = d.touchpoints.filter((t) => t.stageId !== dropped.id);
    });
    const diff = diffVersions(asIs, toBe);
    const chart = compareChartLayout(asIs, toBe, diff.curves, box, 'es');
    expect(chart.before.length).toBeGreaterThan(chart.after.length);
    expect(chart.after.length).toBeGreaterThan(0);
    const beforeX = new Map(chart.before.map((p) => [p.touchpointId, p.x]));
    for (const point of chart.after) expect(point.x).toBe(beforeX.get(point.touchpointId));
    // All five stages, the dropped one in its place, and the stages cover the box.
    expect(chart.stages.map((s) => s.stageId)).toEqual(asIs.stages.map((s) => s.id));
    const last = chart.stages.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(box.x + box.width);
    // The dropped stage's points are on the as-is curve, inside its band, and on no to-be point's x.
    const band = chart.stages[3];
    const inBand = chart.before.filter((p) => p.x > band.x && p.x < band.x + band.width);
    expect(inBand.length).toBeGreaterThan(0);
    expect(chart.after.some((p) => p.x > band.x && p.x < band.x + band.width)).toBe(false);
  });
});
