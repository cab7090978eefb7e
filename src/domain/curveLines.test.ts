import { describe, expect, it } from 'vitest';
import { curveLines, hasDeliveredLine, keyedLines, ratedPersonaIds, ratersOf } from './curveLines';
import { curveSeries } from './curveSeries';
import { createEmptyJourney } from './factory';
import type { Journey } from './journey';
import { DELIVERED_COLOR, PERSONA_COLORS } from './look/colors';
import { CURVE } from './look/curve';
import { aTouchpoint } from '../test/touchpoint';

/** A journey whose main persona is Marta, with Ana and Luis. */
function withPersonas(): Journey {
  const journey = createEmptyJourney('Me uno', ['Me informo']);
  const main = { ...journey.personas[0], name: 'Marta' };
  const others = ['Ana', 'Luis'].map((name) => ({ id: name.toLowerCase(), name, description: '' }));
  return { ...journey, personas: [main, ...others] };
}

/** Every persona of `journey`, as if each had rated a touchpoint. */
const everyone = (journey: Pick<Journey, 'personas'>) => new Set(journey.personas.map((p) => p.id));

describe('curveLines', () => {
  it('lists the chosen persona solid first, then the others dashed in their colours, then the delivered one', () => {
    const journey = withPersonas();
    const lines = curveLines(journey, 'ana', true, everyone(journey));
    expect(lines.map((l) => [l.kind, l.personaIndex, l.color, l.dash])).toEqual([
      ['chosen', 1, null, null],
      ['persona', 0, PERSONA_COLORS[0], CURVE.series.personaDash],
      ['persona', 2, PERSONA_COLORS[2], CURVE.series.personaDash],
      ['delivered', null, DELIVERED_COLOR, CURVE.series.deliveredDash],
    ]);
  });

  it('draws the lines curveSeries draws, the main persona solid when the chosen one is gone', () => {
    const journey = withPersonas();
    const set = curveSeries(journey, 'deleted');
    const lines = curveLines(journey, 'deleted', false, everyone(journey));
    expect(lines[0].personaIndex).toBe(journey.personas.findIndex((p) => p.id === set.activePersonaId));
    expect(lines.slice(1).map((l) => l.personaIndex)).toEqual(set.others.map((o) => o.index));
  });

  it('has one line, the touchpoints’ own emotions, for a journey without personas', () => {
    expect(curveLines({ personas: [] }, null, false, new Set())).toEqual([
      { kind: 'chosen', personaIndex: null, color: null, dash: null },
    ]);
  });

  it('keys the lines only when there are several', () => {
    const one = createEmptyJourney('Me uno', ['Me informo']);
    expect(keyedLines(curveLines(one, null, false, everyone(one)))).toEqual([]);
    expect(keyedLines(curveLines(one, null, true, everyone(one))).map((l) => l.kind)).toEqual(['chosen', 'delivered']);
    const three = withPersonas();
    expect(keyedLines(curveLines(three, null, false, everyone(three)))).toHaveLength(3);
  });

  it('leaves out a persona that rated nothing, whose line the band cannot draw, unless it is the chosen one', () => {
    const journey = withPersonas();
    const touchpoints = [
      aTouchpoint({ id: 'a', stageId: 's', emotion: 1, personaEmotions: { luis: -1 } }),
      aTouchpoint({ id: 'b', stageId: 's', emotion: null, personaEmotions: {} }),
    ];
    const rated = ratedPersonaIds(journey, ratersOf(touchpoints));
    expect([...rated]).toEqual([journey.personas[0].id, 'luis']);
    expect(curveLines(journey, null, false, rated).map((l) => l.personaIndex)).toEqual([0, 2]);
    expect(curveLines(journey, 'ana', false, rated).map((l) => l.personaIndex)).toEqual([1, 0, 2]);
    const nobody = ratedPersonaIds(journey, ratersOf([aTouchpoint({ id: 'c', stageId: 's', emotion: null })]));
    expect(keyedLines(curveLines(journey, null, false, nobody))).toEqual([]);
  });

  it('draws a delivered line when some touchpoint was assessed', () => {
    expect(hasDeliveredLine([aTouchpoint({ id: 'a', stageId: 's', delivered: null })])).toBe(false);
    expect(
      hasDeliveredLine([
        aTouchpoint({ id: 'a', stageId: 's', delivered: null }),
        aTouchpoint({ id: 'b', stageId: 's', delivered: -2 }),
      ]),
    ).toBe(true);
  });
});
