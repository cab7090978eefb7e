import { journeyOrder, type EmotionCurvePoint } from '../emotionCurve';
import { EMOTIONS, type Emotion, type Journey } from '../journey';
import type { Locale } from '../locale';
import { EMOTION_LABELS } from '../vocabulary';

/**
 * The layout of the as-is / to-be comparison chart, one definition for the dialog's SVG and the comparison
 * PDF. Both curves share one x axis: the stages of both versions side by side as bands, and in each band one
 * slot per touchpoint that either version has in that stage, matched by id (a to-be keeps its as-is'
 * touchpoint ids). So a touchpoint both versions keep in one stage sits at the same x on both curves, and
 * one only in the as-is (removed) leaves its slot empty on the to-be's curve. +2 is the box's top edge and
 * -2 its bottom edge. Units are whatever the caller's box is in (SVG user units, PDF points).
 */

/** The rectangle the points fall in (the curve's stroke may reach past it by half its width). */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A stage of the chart: a band across the box's full height, from `x` to `x + width`. */
export interface ChartStage {
  stageId: string;
  /** The to-be's name while the to-be has the stage, else the as-is one; as typed (maybe blank). */
  name: string;
  x: number;
  width: number;
}

/** One point of a compared curve, at its touchpoint's slot. */
export interface ChartPoint {
  touchpointId: string;
  x: number;
  y: number;
  emotion: Emotion;
  painPoint: boolean;
  momentOfTruth: boolean;
}

/** A grid line of the chart: one emotion step, its height and its scale word ("Lo odio" .. "¡Wow!"). */
export interface ChartLevel {
  emotion: Emotion;
  y: number;
  label: string;
}

/** Everything the chart draws, in the caller's units. */
export interface CompareChartLayout {
  box: ChartBox;
  /** From -2 (bottom) to +2 (top). */
  levels: ChartLevel[];
  /** Left to right, abutting: a divider goes between two neighbours. */
  stages: ChartStage[];
  /** Each curve's points, left to right. */
  before: ChartPoint[];
  after: ChartPoint[];
}

type Version = Pick<Journey, 'stages' | 'touchpoints'>;

/** The height in the box of an emotion (-2..+2): +2 on the top edge, -2 on the bottom edge. */
export function emotionY(emotion: number, box: ChartBox): number {
  return box.y + ((2 - emotion) / 4) * box.height;
}

/** The chart's level words, -2 to +2, in `locale`: the emotion scale's ("Lo odio" .. "¡Wow!"). */
export function levelLabels(locale: Locale): string[] {
  return EMOTIONS.map((emotion) => EMOTION_LABELS[emotion][locale]);
}

/**
 * `primary` with each id only in `secondary` put right after the id it follows there (at the front when
 * it comes first): the to-be's order with what only the as-is has where the as-is had it.
 */
export function mergeOrder(primary: readonly string[], secondary: readonly string[]): string[] {
  const merged = [...primary];
  const placed = new Set(primary);
  let after = -1;
  for (const id of secondary) {
    if (placed.has(id)) {
      after = merged.indexOf(id);
      continue;
    }
    merged.splice(++after, 0, id);
    placed.add(id);
  }
  return merged;
}

/** A version's touchpoint ids per stage id, each list in journey order. */
function idsByStage(version: Version): Map<string, string[]> {
  const byStage = new Map<string, string[]>();
  for (const t of journeyOrder(version)) {
    const ids = byStage.get(t.stageId);
    if (ids) ids.push(t.id);
    else byStage.set(t.stageId, [t.id]);
  }
  return byStage;
}

/**
 * Lays out the comparison chart in `box`. Stages: the to-be's in its order, a stage only the as-is has where
 * the as-is had it, then any stage a touchpoint names but neither version lists. A stage's slots: its
 * touchpoints in the to-be's journey order, those only the as-is has there merged in where the as-is had
 * them (mergeOrder); a touchpoint moved to another stage has a slot in each. Every slot is equally wide (an
 * empty stage takes one), each point in its slot's middle; rated or not, every touchpoint gets its slot, as
 * on the editor's curve. `curves` are each version's emotion curve (diff.curves: what is plotted, and in
 * which stage); level labels are the emotion scale's words in `locale`.
 */
export function compareChartLayout(
  asIs: Version,
  toBe: Version,
  curves: { before: readonly EmotionCurvePoint[]; after: readonly EmotionCurvePoint[] },
  box: ChartBox,
  locale: Locale,
): CompareChartLayout {
  const listed = mergeOrder(
    toBe.stages.map((s) => s.id),
    asIs.stages.map((s) => s.id),
  );
  const orphan = [...asIs.touchpoints, ...toBe.touchpoints].map((t) => t.stageId).filter((id) => !listed.includes(id));
  const stageIds = [...listed, ...new Set(orphan)];
  const names = new Map([...asIs.stages, ...toBe.stages].map((s) => [s.id, s.name]));
  const before = idsByStage(asIs);
  const after = idsByStage(toBe);
  const slotsOf = stageIds.map((id) => mergeOrder(after.get(id) ?? [], before.get(id) ?? []));

  const unit = box.width / slotsOf.reduce((sum, slots) => sum + Math.max(1, slots.length), 0);
  // Stage id -> touchpoint id -> x of its slot.
  const slotX = new Map<string, Map<string, number>>();
  const stages: ChartStage[] = [];
  let x = box.x;
  stageIds.forEach((stageId, i) => {
    const slots = slotsOf[i];
    const left = x;
    slotX.set(stageId, new Map(slots.map((id, j) => [id, left + (j + 0.5) * unit])));
    const width = Math.max(1, slots.length) * unit;
    stages.push({ stageId, name: names.get(stageId) ?? '', x, width });
    x += width;
  });

  const place = (curve: readonly EmotionCurvePoint[]): ChartPoint[] =>
    curve
      .flatMap((p) => {
        const at = slotX.get(p.stageId)?.get(p.touchpointId);
        if (at === undefined) return [];
        const { touchpointId, emotion, painPoint, momentOfTruth } = p;
        return [{ touchpointId, x: at, y: emotionY(emotion, box), emotion, painPoint, momentOfTruth }];
      })
      .sort((a, b) => a.x - b.x);

  const labels = levelLabels(locale);
  return {
    box,
    levels: EMOTIONS.map((emotion, i) => ({ emotion, y: emotionY(emotion, box), label: labels[i] })),
    stages,
    before: place(curves.before),
    after: place(curves.after),
  };
}
