import { describe, expect, it } from 'vitest';
import { curveSeries, hasUnratedMarks } from './curveSeries';
import { CURVE } from './look/curve';
import { createEmptyJourney } from './factory';
import type { Emotion, Journey, Touchpoint } from './journey';
import { aTouchpoint } from '../test/touchpoint';

function touchpoint(id: string, stageId: string, x: number, emotion: Emotion | null): Touchpoint {
  return aTouchpoint({ id, stageId, emotion, position: { x, y: 0 } });
}

function journeyWith(build: (stages: string[]) => Touchpoint[]): Journey {
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Solicito', 'Contrato']);
  return { ...journey, touchpoints: build(journey.stages.map((s) => s.id)) };
}

describe('curveSeries', () => {
  /** Main persona Marta and Ana; Ana rates the second touchpoint only; the first is audited. */
  function withPersonas(): Journey {
    const journey = journeyWith(([a, b]) => [
      { ...touchpoint('one', a, 0, -1), delivered: 1 },
      { ...touchpoint('two', b, 300, 0), personaEmotions: { ana: 2 } },
    ]);
    const main = { ...journey.personas[0], name: 'Marta' };
    return { ...journey, personas: [main, { id: 'ana', name: 'Ana', description: '' }] };
  }
  const emotions = (points: { touchpointId: string; emotion: Emotion }[]) =>
    points.map((p) => [p.touchpointId, p.emotion]);

  it('draws the main persona solid by default, the others and the delivered experience as series', () => {
    const journey = withPersonas();
    const set = curveSeries(journey, null);
    expect(set.activePersonaId).toBe(journey.personas[0].id);
    expect(emotions(set.active)).toEqual([
      ['one', -1],
      ['two', 0],
    ]);
    expect(set.others.map((o) => [o.personaId, o.index, emotions(o.points)])).toEqual([['ana', 1, [['two', 2]]]]);
    expect(emotions(set.delivered)).toEqual([['one', 1]]);
  });

  it('draws the chosen persona solid, and the main one when the chosen is gone', () => {
    const journey = withPersonas();
    expect(emotions(curveSeries(journey, 'ana').active)).toEqual([['two', 2]]);
    expect(curveSeries(journey, 'ana').others.map((o) => o.personaId)).toEqual([journey.personas[0].id]);
    expect(curveSeries(journey, 'deleted').activePersonaId).toBe(journey.personas[0].id);
  });

  it("draws the touchpoints' own emotions for a journey without personas", () => {
    const set = curveSeries({ ...withPersonas(), personas: [] }, 'ana');
    expect(set.activePersonaId).toBeNull();
    expect(emotions(set.active)).toEqual([
      ['one', -1],
      ['two', 0],
    ]);
    expect(set.others).toEqual([]);
  });

  it('keeps the marks of moments of truth and pain points the chosen persona has no emotion for', () => {
    // T3 is both and Ana has no emotion for it; T1 is neither; T4 is a moment of truth Ana rates.
    const journey = journeyWith(([a, b]) => [
      touchpoint('t1', a, 0, 2),
      { ...touchpoint('t3', b, 0, 0), momentOfTruth: true, painPoint: true },
      { ...touchpoint('t4', b, 300, 1), momentOfTruth: true, personaEmotions: { ana: 2 } },
    ]);
    journey.personas = [journey.personas[0], { id: 'ana', name: 'Ana', description: '' }];
    const ana = curveSeries(journey, 'ana');
    expect(emotions(ana.active)).toEqual([['t4', 2]]);
    // T3 at its own place, the one every curve gives it (the main persona's point there), on the level.
    const t3 = curveSeries(journey, null).active.find((p) => p.touchpointId === 't3')!;
    expect(ana.unrated).toEqual([{ ...t3, emotion: CURVE.unrated.level }]);
    expect(ana.unrated[0]).toMatchObject({ momentOfTruth: true, painPoint: true });
    // The main persona rates every touchpoint: nothing unrated.
    expect(curveSeries(journey, null).unrated).toEqual([]);
    // Without personas, the touchpoints' own emotions decide.
    const bare = { ...journey, personas: [], touchpoints: journey.touchpoints.map((t) => ({ ...t, emotion: null })) };
    expect(curveSeries(bare, null).unrated.map((p) => p.touchpointId)).toEqual(['t3', 't4']);
  });
});

describe('hasUnratedMarks', () => {
  it('is true only where the chosen persona left a moment of truth or pain point unrated', () => {
    const journey = createEmptyJourney('Me quejo', ['Reclamo']);
    const [main] = journey.personas;
    const other = { id: 'p2', name: 'Ana', description: '' };
    journey.personas = [main, other];
    journey.touchpoints = [
      aTouchpoint({ id: 't1', stageId: journey.stages[0].id, emotion: -1, momentOfTruth: true }),
      aTouchpoint({ id: 't2', stageId: journey.stages[0].id, emotion: null, personaEmotions: { p2: 1 } }),
    ];
    expect(hasUnratedMarks(journey, main.id)).toBe(false);
    // Ana never rated the moment of truth; an unflagged touchpoint left unrated draws no ring.
    expect(hasUnratedMarks(journey, 'p2')).toBe(true);
    journey.touchpoints[0] = { ...journey.touchpoints[0], personaEmotions: { p2: 2 } };
    expect(hasUnratedMarks(journey, 'p2')).toBe(false);
    // A persona since removed gives way to the main one, as the curve does.
    expect(hasUnratedMarks(journey, 'gone')).toBe(false);
  });
});
