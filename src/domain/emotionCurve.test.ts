import { describe, expect, it } from 'vitest';
import { averageEmotion, emotionCurvePoints } from './emotionCurve';
import { createEmptyJourney } from './factory';
import type { Emotion, Journey, Touchpoint } from './journey';
import { TOUCHPOINT_WIDTH } from './layout';
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

  it('skips touchpoints without an emotion and carries markers and card centre', () => {
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

  it('puts touchpoints of an unknown stage after every stage', () => {
    const journey = journeyWith(([first]) => [
      touchpoint('orphan', 'gone', 0, 0, 1),
      touchpoint('a', first, 30, 500, 0),
    ]);
    expect(emotionCurvePoints(journey).map((p) => p.touchpointId)).toEqual(['a', 'orphan']);
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
});
