import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import type { Journey, Touchpoint } from '../domain/journey';
import { toEdges } from './toFlow';

function journeyWithTwoCards(): Journey {
  const journey = createEmptyJourney('Edges', ['One']);
  const card = (id: string, functionId: string): Touchpoint => ({
    id,
    title: id,
    description: '',
    stageId: journey.stages[0].id,
    channelId: null,
    functionId,
    emotion: null,
    momentOfTruth: false,
    painPoint: false,
    painNote: '',
    notes: '',
    position: { x: 30, y: 100 },
  });
  return {
    ...journey,
    touchpoints: [card('a', 'sales'), card('b', 'sales')],
    connections: [{ id: 'a-b', from: 'a', to: 'b', label: '' }],
  };
}

describe('toEdges', () => {
  it('gives back the same edges when a card only moved, and new ones when a hand-off appears', () => {
    const journey = journeyWithTwoCards();
    const edges = toEdges(journey);
    expect(edges[0].data?.handoff).toBe(false);

    const moved = produce(journey, (j) => {
      j.touchpoints[0].position = { x: 400, y: 100 };
    });
    expect(toEdges(moved)).toBe(edges);

    const handedOff = produce(moved, (j) => {
      j.touchpoints[1].functionId = 'customer-care';
    });
    const after = toEdges(handedOff);
    expect(after).not.toBe(edges);
    expect(after[0].data?.handoff).toBe(true);
    expect(after[0].className).toBe('edge--handoff');
  });

  it('marks a selected connection as selected', () => {
    const journey = journeyWithTwoCards();
    expect(toEdges(journey, new Set(['a-b']))[0].selected).toBe(true);
    expect(toEdges(journey)[0].selected).toBe(false);
  });
});
