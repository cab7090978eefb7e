import { describe, expect, it } from 'vitest';
import { cardHeight } from './commands/placement';
import { newTouchpoint } from './commands/touchpointCommands';
import { createEmptyJourney } from './factory';
import type { Journey, Touchpoint } from './journey';
import { slotInStage } from './layout';
import {
  acceptedNoteIsInStage,
  appendRoomNote,
  presentationSteps,
  revealedTouchpoints,
  stageStepIndex,
  stepStageId,
  touchpointFromStageNote,
  type PresentationStep,
} from './presentation';
import { findTemplate, instantiateTemplate } from './templates';
import { aTouchpoint } from '../test/touchpoint';

function touchpoint(journey: Journey, id: string, stage: number, row: number, column = 0): Touchpoint {
  const stageId = journey.stages[stage].id;
  const slot = slotInStage(journey.stages, stageId, row);
  return aTouchpoint({ id, stageId, position: { x: slot.x + column * 10, y: slot.y } });
}

/** A step as a short label, so sequences read at a glance. */
function label(journey: Journey, step: PresentationStep): string {
  if (step.kind === 'overview' || step.kind === 'summary') return step.kind;
  if (step.kind === 'stage') return `stage:${journey.stages.find((s) => s.id === step.stageId)!.name}`;
  return step.touchpointId;
}

const labels = (journey: Journey) => presentationSteps(journey).map((s) => label(journey, s));

describe('presentationSteps', () => {
  it('is an overview then a summary for an empty journey', () => {
    const journey = createEmptyJourney('Empty', []);
    expect(presentationSteps(journey)).toEqual([{ kind: 'overview' }, { kind: 'summary' }]);
  });

  it('gives a stage with no touchpoints its stage step all the same', () => {
    const journey = createEmptyJourney('J', ['A', 'B', 'C']);
    journey.touchpoints = [touchpoint(journey, 'a1', 0, 0), touchpoint(journey, 'c1', 2, 0)];
    expect(labels(journey)).toEqual(['overview', 'stage:A', 'a1', 'stage:B', 'stage:C', 'c1', 'summary']);
  });

  it('gives a journey whose stages are all empty one step per stage', () => {
    const journey = createEmptyJourney('J', ['A', 'B']);
    expect(labels(journey)).toEqual(['overview', 'stage:A', 'stage:B', 'summary']);
  });

  it('orders touchpoints by stage order, then top to bottom, then left to right, whatever the array order', () => {
    const journey = createEmptyJourney('J', ['A', 'B']);
    journey.touchpoints = [
      touchpoint(journey, 'b1', 1, 0),
      touchpoint(journey, 'a2-right', 0, 1, 1),
      touchpoint(journey, 'a2-left', 0, 1, 0),
      touchpoint(journey, 'a1', 0, 0),
    ];
    expect(labels(journey)).toEqual(['overview', 'stage:A', 'a1', 'a2-left', 'a2-right', 'stage:B', 'b1', 'summary']);
  });

  it('follows the stage order, not the order touchpoints point to stages', () => {
    const journey = createEmptyJourney('J', ['A', 'B']);
    journey.touchpoints = [touchpoint(journey, 'a1', 0, 0), touchpoint(journey, 'b1', 1, 0)];
    journey.stages.reverse();
    expect(labels(journey)).toEqual(['overview', 'stage:B', 'b1', 'stage:A', 'a1', 'summary']);
  });

  it('is not changed by branches or loops: each touchpoint is one step, in journey order', () => {
    const journey = createEmptyJourney('J', ['A', 'B']);
    journey.touchpoints = [
      touchpoint(journey, 'a1', 0, 0),
      touchpoint(journey, 'a2', 0, 1),
      touchpoint(journey, 'a3', 0, 2),
      touchpoint(journey, 'b1', 1, 0),
    ];
    const plain = labels(journey);
    journey.connections = [
      // a1 branches to a2 and b1; b1 loops back to a1; a3 loops onto itself.
      { id: 'c1', from: 'a1', to: 'a2', label: '' },
      { id: 'c2', from: 'a1', to: 'b1', label: 'if solved' },
      { id: 'c3', from: 'b1', to: 'a1', label: 'if not' },
      { id: 'c4', from: 'a3', to: 'a3', label: '' },
      { id: 'c5', from: 'b1', to: 'a3', label: '' },
    ];
    const withLinks = labels(journey);
    expect(withLinks).toEqual(plain);
    expect(withLinks).toEqual(['overview', 'stage:A', 'a1', 'a2', 'a3', 'stage:B', 'b1', 'summary']);
    expect(new Set(withLinks).size).toBe(withLinks.length);
  });

  it('keeps a touchpoint whose stage is gone, just before the summary', () => {
    const journey = createEmptyJourney('J', ['A']);
    journey.touchpoints = [{ ...touchpoint(journey, 'lost', 0, 0), stageId: 'gone' }, touchpoint(journey, 'a1', 0, 0)];
    expect(labels(journey)).toEqual(['overview', 'stage:A', 'a1', 'lost', 'summary']);
  });

  it('walks the "Me uno" template: 1 overview + 6 stages + 18 touchpoints + 1 summary', () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'es');
    const steps = presentationSteps(journey);
    expect(steps).toHaveLength(1 + journey.stages.length + journey.touchpoints.length + 1);
    expect(steps.filter((s) => s.kind === 'touchpoint').map((s) => s.touchpointId)).toEqual(
      journey.touchpoints.map((t) => t.id),
    );
    for (const step of steps) {
      if (step.kind !== 'touchpoint') continue;
      expect(journey.touchpoints.find((t) => t.id === step.touchpointId)!.stageId).toBe(step.stageId);
    }
  });
});

describe('presentation helpers', () => {
  const journey = createEmptyJourney('J', ['A', 'B']);
  journey.touchpoints = [
    touchpoint(journey, 'a1', 0, 0),
    touchpoint(journey, 'a2', 0, 1),
    touchpoint(journey, 'b1', 1, 0),
  ];
  const steps = presentationSteps(journey);

  it('reveals the touchpoints presented so far, and every one on the summary', () => {
    expect([...revealedTouchpoints(steps, 0)]).toEqual([]);
    expect([...revealedTouchpoints(steps, 1)]).toEqual([]);
    expect([...revealedTouchpoints(steps, 3)]).toEqual(['a1', 'a2']);
    expect([...revealedTouchpoints(steps, 4)]).toEqual(['a1', 'a2']);
    expect([...revealedTouchpoints(steps, steps.length - 1)]).toEqual(['a1', 'a2', 'b1']);
  });

  it('tells the stage of a step and finds a stage step', () => {
    expect(stepStageId(steps[0])).toBeNull();
    expect(stepStageId(steps[2])).toBe(journey.stages[0].id);
    expect(stepStageId(steps[steps.length - 1])).toBeNull();
    expect(stageStepIndex(steps, journey.stages[1].id)).toBe(4);
    expect(stageStepIndex(steps, 'nope')).toBe(-1);
  });

  it('appends a note of the room on a new line, prefixed by the date', () => {
    expect(appendRoomNote('', '  Too many steps ', '12/05/2025')).toBe('12/05/2025: Too many steps');
    expect(appendRoomNote('Earlier evidence.\n', 'Sales agrees', '12/05/2025')).toBe(
      'Earlier evidence.\n12/05/2025: Sales agrees',
    );
  });
});

describe('a note the room sent on a stage, as a touchpoint', () => {
  it('is titled with its first line, keeps the whole note dated and signed, and goes under the lowest card', () => {
    const journey = createEmptyJourney('Me uno', ['Me informo', 'Contrato']);
    const [, contract] = journey.stages;
    const low = newTouchpoint(journey, { x: 400, y: 500 }, { title: 'Firmo', stageId: contract.id });
    journey.touchpoints = [newTouchpoint(journey, { x: 400, y: 100 }, { stageId: contract.id }), low];
    const note = { participant: { id: 'd', name: 'Dana' }, text: 'Falta el paso de firma\ncon huella' };

    const made = touchpointFromStageNote(journey, contract.id, note, '1 dic 2026')!;
    expect(made).toMatchObject({ title: 'Falta el paso de firma', stageId: contract.id });
    expect(made.notes).toBe('1 dic 2026: Dana: Falta el paso de firma\ncon huella');
    expect(made.position.y).toBeGreaterThanOrEqual(low.position.y + cardHeight(low));
    expect(touchpointFromStageNote(journey, 'gone', note, '1 dic 2026')).toBeUndefined();
    expect(acceptedNoteIsInStage(journey, contract.id, note)).toBe(false);
    expect(acceptedNoteIsInStage({ touchpoints: [made] }, contract.id, note)).toBe(true);
  });
});
