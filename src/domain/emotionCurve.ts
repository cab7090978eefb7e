import { meanEmotion } from './emotionAverage';
import type { Emotion, Journey, Stage, Touchpoint } from './journey';
import { TOUCHPOINT_WIDTH, stageColumns } from './layout';

/** One touchpoint plotted on the emotion curve. */
export interface EmotionCurvePoint {
  touchpointId: string;
  /** Where the point sits, in canvas units: its own place in its stage's column (curvePlaces). */
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
 * Column positions for items already in journey order: each item's stage index (`stageOf`, below 0 for none)
 * plus a fraction in (0, 1), a stage's items spread evenly across its column in the order given. So no two
 * items share a place and the positions rise in that order. One number per item, or null where it has no stage.
 */
export function columnPositions<T>(ordered: readonly T[], stageOf: (item: T) => number): (number | null)[] {
  const stages = ordered.map(stageOf);
  const counts = new Map<number, number>();
  for (const stage of stages) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  const seen = new Map<number, number>();
  return stages.map((stage) => {
    if (stage < 0) return null;
    const index = seen.get(stage) ?? 0;
    seen.set(stage, index + 1);
    return stage + (index + 0.5) / counts.get(stage)!;
  });
}

/**
 * Every touchpoint in journey order with the x of its place on the curve, in canvas units: its own slot in its
 * stage's column (columnPositions), or its card's centre when its stage is gone. Every touchpoint gets its
 * slot whether a curve plots it or not, so it sits at the same x on every curve and under its KPI bar.
 */
export function curvePlaces<T extends Pick<Touchpoint, 'stageId' | 'position'>>(journey: {
  stages: readonly Stage[];
  touchpoints: readonly T[];
}): { touchpoint: T; x: number }[] {
  const columns = stageColumns(journey.stages);
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const ordered = journeyOrder(journey);
  const positions = columnPositions(ordered, (t) => stageIndex.get(t.stageId) ?? -1);
  return ordered.map((touchpoint, i) => {
    const at = positions[i];
    if (at === null) return { touchpoint, x: touchpoint.position.x + TOUCHPOINT_WIDTH / 2 };
    const column = columns[Math.floor(at)];
    return { touchpoint, x: column.x + column.width * (at - column.index) };
  });
}

/**
 * The emotion curve: one point per touchpoint that has an emotion, in journey order, each at its own place
 * (curvePlaces). `emotionOf` picks which score is plotted: the touchpoint's (main persona's) emotion unless
 * told otherwise, e.g. another persona's or the delivered experience.
 */
export function emotionCurvePoints(
  journey: Pick<Journey, 'stages' | 'touchpoints'>,
  emotionOf: (t: Touchpoint) => Emotion | null = (t) => t.emotion,
): EmotionCurvePoint[] {
  const points: EmotionCurvePoint[] = [];
  for (const { touchpoint: t, x } of curvePlaces(journey)) {
    const emotion = emotionOf(t);
    if (emotion === null) continue;
    points.push({
      touchpointId: t.id,
      x,
      emotion,
      momentOfTruth: t.momentOfTruth,
      painPoint: t.painPoint,
      stageId: t.stageId,
    });
  }
  return points;
}

/**
 * Mean emotion (-2..+2) over the journey's touchpoints that have one; null when none has (see emotionAverage.ts).
 * `emotionOf` picks whose emotion: the touchpoint's (main persona's) unless told, e.g. the shown persona's
 * (shownEmotion), as the cards show it.
 */
export function averageEmotion(
  journey: Pick<Journey, 'touchpoints'>,
  emotionOf: (t: Touchpoint) => Emotion | null = (t) => t.emotion,
): number | null {
  return meanEmotion(journey.touchpoints.map((t) => ({ emotion: emotionOf(t) })));
}
