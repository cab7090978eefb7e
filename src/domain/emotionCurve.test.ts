import { describe, expect, it } from 'vitest';
import { averageEmotion, emotionCurvePoints } from './emotionCurve';
import { createEmptyJourney } from './factory';
import type { Emotion, Journey, Touchpoint } from './journey';
import { TOUCHPOINT_WIDTH, stageColumns } from './layout';
import { instantiateTemplate } from './templates';
import { meUno } from './templates/meUno';
import { shownEmotion } from './personas';
import { aTouchpoint } from '../test/touchpoint';

function touchpoint(id: string, stageId: string, x: number, y: number, emotion: Emotion | null): Touchpoint {
  return aTouchpoint({
    id,
    stageId,
    emotion,
    momentOfTruth: id.includes('truth'),
    painPoint: id.includes('pain'),
    position: { x, y },
  });
}

function journeyWith(build: (stages: string[]) => Touchpoint[]): Journey {
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Solicito', 'Contrato']);
  return { ...journey, touchpoints: build(journey.stages.map((s) => s.id)) };
}

describe('emotionCurvePoints', () => {
  it('orders points by stage, then top to bottom, then left to right', () => {
    // Stage order wins over x: a card dragged left but still in the third stage comes last.
    const journey = journeyWith(([first, second, third]) => [
      touchpoint('c', third, 10, 100, 2),
      touchpoint('b-lower', second, 330, 300, -1),
      touchpoint('b-upper', second, 330, 100, 1),
      touchpoint('a-right', first, 60, 100, 0),
      touchpoint('a-left', first, 20, 100, -2),
    ]);
    expect(emotionCurvePoints(journey).map((p) => p.touchpointId)).toEqual([
      'a-left',
      'a-right',
      'b-upper',
      'b-lower',
      'c',
    ]);
  });

  it("skips touchpoints without an emotion and carries markers, alone in its stage at the column's centre", () => {
    const journey = journeyWith(([first, second]) => [
      touchpoint('unrated', first, 30, 100, null),
      touchpoint('truth-pain', second, 330, 100, -2),
    ]);
    const second = journey.stages[1].id;
    expect(emotionCurvePoints(journey)).toEqual([
      {
        touchpointId: 'truth-pain',
        x: 330 + TOUCHPOINT_WIDTH / 2,
        emotion: -2,
        momentOfTruth: true,
        painPoint: true,
        stageId: second,
      },
    ]);
  });

  it('puts touchpoints of an unknown stage after every stage, under their card', () => {
    const journey = journeyWith(([first]) => [
      touchpoint('orphan', 'gone', 0, 0, 1),
      touchpoint('a', first, 30, 500, 0),
    ]);
    expect(emotionCurvePoints(journey).map((p) => [p.touchpointId, p.x])).toEqual([
      ['a', 150],
      ['orphan', TOUCHPOINT_WIDTH / 2],
    ]);
  });

  it('gives two touchpoints of one stage with one emotion their own places across its column, in order', () => {
    // Stacked cards, as a template or the tidy layout puts them: one x, both "Me gusta". Columns are 300 wide.
    const journey = journeyWith(([first, second]) => [
      touchpoint('lower', first, 30, 300, 1),
      touchpoint('upper', first, 30, 100, 1),
      touchpoint('unrated', first, 30, 500, null),
      touchpoint('next', second, 330, 100, 1),
    ]);
    // The unrated card keeps its third of the column, so the rated ones do not move when it is rated.
    expect(emotionCurvePoints(journey).map((p) => [p.touchpointId, p.x])).toEqual([
      ['upper', 50],
      ['lower', 150],
      ['next', 450],
    ]);
  });

  it('plots every touchpoint of "Me uno" at its own place, in journey order, within its stage\'s column', () => {
    const journey = instantiateTemplate(meUno, 'es');
    const points = emotionCurvePoints(journey);
    expect(points).toHaveLength(journey.touchpoints.filter((t) => t.emotion !== null).length);
    const xs = points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    const columns = new Map(stageColumns(journey.stages).map((c) => [c.stage.id, c]));
    for (const p of points) {
      const column = columns.get(p.stageId)!;
      expect(p.x).toBeGreaterThan(column.x);
      expect(p.x).toBeLessThan(column.x + column.width);
    }
    // The user test's pairs: one stage, both "Me gusta", once drawn one on the other.
    const xOf = (title: string) =>
      points.find((p) => p.touchpointId === journey.touchpoints.find((t) => t.title === title)!.id)!.x;
    expect(xOf('Me llama un asesor comercial')).toBeLessThan(xOf('Pregunto en la tienda del barrio'));
    expect(xOf('Pido ayuda por chat')).toBeLessThan(xOf('Firmo con un código por SMS'));
  });
});

describe('averageEmotion', () => {
  it('averages the rated touchpoints only', () => {
    const journey = journeyWith(([first]) => [
      touchpoint('a', first, 0, 0, 2),
      touchpoint('b', first, 0, 200, -1),
      touchpoint('c', first, 0, 400, null),
    ]);
    expect(averageEmotion(journey)).toBe(0.5);
  });

  it('is null when no touchpoint has an emotion', () => {
    expect(averageEmotion(journeyWith(([first]) => [touchpoint('a', first, 0, 0, null)]))).toBeNull();
    expect(averageEmotion(journeyWith(() => []))).toBeNull();
  });

  it('averages the emotions of the persona shown, over the touchpoints it rated', () => {
    const journey = journeyWith(([first]) => [
      { ...touchpoint('a', first, 0, 0, 2), personaEmotions: { ana: -2 } },
      { ...touchpoint('b', first, 0, 200, -1), personaEmotions: { ana: 1 } },
      touchpoint('c', first, 0, 400, 2),
    ]);
    expect(averageEmotion(journey, (t) => shownEmotion(t, 'ana'))).toBe(-0.5);
    expect(averageEmotion(journey, (t) => shownEmotion(t, null))).toBe(1);
  });
});
