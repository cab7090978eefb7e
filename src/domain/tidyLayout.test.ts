import { describe, expect, it } from 'vitest';
import { createEmptyJourney } from './factory';
import type { Journey, Touchpoint } from './journey';
import { blankTouchpoint } from './blank';
import { STAGE_HEADER_HEIGHT, stageColumns } from './layout';
import { barycentreOrder, computeTidyLayout } from './tidyLayout';
import { crossedJourney } from '../test/crossedJourney';

/** A journey of `stages` stages whose touchpoints form one chain, `perStage` a stage, in order. */
function chain(stages: number, perStage: number): Journey {
  const journey = createEmptyJourney(
    'Cadena',
    Array.from({ length: stages }, (_, i) => `Etapa ${i + 1}`),
  );
  const touchpoints: Touchpoint[] = [];
  journey.stages.forEach((stage, s) => {
    for (let i = 0; i < perStage; i++)
      touchpoints.push(blankTouchpoint({ id: `t${s}-${i}`, stageId: stage.id, position: { x: 0, y: 1000 - i } }));
  });
  journey.touchpoints = touchpoints;
  journey.connections = touchpoints
    .slice(1)
    .map((t, i) => ({ id: `c${i}`, from: touchpoints[i].id, to: t.id, label: '' }));
  return journey;
}

describe('computeTidyLayout', () => {
  it('tidies a chain of 5,000 touchpoints, too deep for dagre, into its stage columns', async () => {
    const journey = chain(5, 1000);
    const positions = await computeTidyLayout(journey);
    const columns = new Map(stageColumns(journey.stages).map((c) => [c.stage.id, c]));
    expect(Object.keys(positions)).toHaveLength(5000);
    for (const t of journey.touchpoints) {
      const column = columns.get(t.stageId)!;
      expect(positions[t.id].x).toBeGreaterThanOrEqual(column.x);
      expect(positions[t.id].y).toBeGreaterThan(STAGE_HEADER_HEIGHT);
    }
    // One card a row in each column.
    for (const stage of journey.stages) {
      const ys = journey.touchpoints.filter((t) => t.stageId === stage.id).map((t) => positions[t.id].y);
      expect(new Set(ys).size).toBe(1000);
    }
  });
});

describe('barycentreOrder', () => {
  it('uncrosses two connections between two stages', () => {
    const journey = crossedJourney();
    const row = barycentreOrder(journey);
    // Each connection joins cards of one row: a1 with b2, a2 with b1.
    expect(row('a1')).toBe(row('b2'));
    expect(row('a2')).toBe(row('b1'));
    expect(new Set([row('a1'), row('a2')])).toEqual(new Set([0, 1]));
  });

  it('keeps the canvas order of cards without connections', () => {
    const journey = chain(1, 3);
    journey.connections = [];
    const row = barycentreOrder(journey);
    // Their y runs 1000, 999, 998: the highest on the canvas first.
    expect(['t0-0', 't0-1', 't0-2'].map(row)).toEqual([2, 1, 0]);
  });
});
