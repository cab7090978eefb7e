import { describe, expect, it } from 'vitest';
import { curveSeries } from './curveSeries';
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
});
