import { meanEmotion } from './emotionAverage';
import type { Emotion, Journey, Stage, Touchpoint } from './journey';
import { TOUCHPOINT_WIDTH } from './layout';

/** One touchpoint plotted on the emotion curve. */
export interface EmotionCurvePoint {
  touchpointId: string;
  /** Centre x of the touchpoint's card, in canvas units, so the point sits under the card. */
  x: number;
  emotion: Emotion;
  momentOfTruth: boolean;
  painPoint: boolean;
  stageId: string;
}

/** Touchpoints in the order the customer lives them: stage order, then top to bottom, then left to right. */
export function journeyOrder<T extends Pick<Touchpoint, 'stageId' | 'position'>>(journey: {
  stages: readonly Pick<Stage, 'id'>[];
  touchpoints: readonly T[];
}): T[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  // A touchpoint whose stage is gone sorts after every stage rather than vanishing from the curve.
  const rank = (t: T) => stageIndex.get(t.stageId) ?? journey.stages.length;
  return [...journey.touchpoints].sort(
    (a, b) => rank(a) - rank(b) || a.position.y - b.position.y || a.position.x - b.position.x,
  );
}

/**
 * The emotion curve: one point per touchpoint that has an emotion, in journey order. `emotionOf` picks which
 * score is plotted: the touchpoint's (main persona's) emotion unless told otherwise, e.g. another persona's
 * or the delivered experience.
 */
export function emotionCurvePoints(
  journey: Pick<Journey, 'stages' | 'touchpoints'>,
  emotionOf: (t: Touchpoint) => Emotion | null = (t) => t.emotion,
): EmotionCurvePoint[] {
  const points: EmotionCurvePoint[] = [];
  for (const t of journeyOrder(journey)) {
    const emotion = emotionOf(t);
    if (emotion === null) continue;
    points.push({
      touchpointId: t.id,
      x: t.position.x + TOUCHPOINT_WIDTH / 2,
      emotion,
      momentOfTruth: t.momentOfTruth,
      painPoint: t.painPoint,
      stageId: t.stageId,
    });
  }
  return points;
}

/** Mean emotion (-2..+2) over the journey's touchpoints that have one; null when none has (see emotionAverage.ts). */
export function averageEmotion(journey: Pick<Journey, 'touchpoints'>): number | null {
  return meanEmotion(journey.touchpoints);
}
