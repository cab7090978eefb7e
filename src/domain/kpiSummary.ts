import type { Emotion, Journey, Touchpoint } from './journey';
import type { KpiField } from './fields';
import { shownEmotion } from './personas';

/** What the KPI sums read of a touchpoint: its measures. */
export type KpiSource = Pick<Touchpoint, KpiField>;

/** A mean of one measure over a group of touchpoints. */
export interface KpiMean {
  value: number;
  /** How many touchpoints had the measure. */
  count: number;
  /**
   * True when weighted by contacts a month: every touchpoint with the measure knows its volume and they add
   * up to more than 0, so busy touchpoints count for more, as they do for customers (one with 0 contacts a
   * month counts for nothing). Otherwise a plain mean, for `plainBecause`.
   */
  weighted: boolean;
  /**
   * Why a mean is plain: `volume-unknown` when some touchpoint with the measure has no contacts a month,
   * `no-contacts` when all have one and every one is 0 (nothing to weight by); null when weighted.
   */
  plainBecause: PlainMeanReason | null;
}

/** Why a KPI mean could not be weighted by contacts a month (see KpiMean.plainBecause). */
export type PlainMeanReason = 'volume-unknown' | 'no-contacts';

/** NPS over a group: the plain mean of the touchpoints' scores and their range (scores do not add up). */
export interface NpsSummary {
  mean: number;
  min: number;
  max: number;
  count: number;
}

/** The measures of a group of touchpoints (a stage, a function, the whole journey). */
export interface KpiSummary {
  touchpoints: number;
  /** Contacts a month, summed over the touchpoints that know theirs; null when none does. */
  volume: number | null;
  /** Monthly cost (volume × cost per contact, in the journey's currency) where both are known; null if nowhere. */
  monthlyCost: number | null;
  /**
   * True when the monthly cost leaves out touchpoints that know only one of the two (a volume without a
   * cost per contact, or the reverse): the sum is then a part of what the group costs.
   */
  monthlyCostPartial: boolean;
  nps: NpsSummary | null;
  /** CSAT (%), first-contact resolution (%) and customer effort (1..7). */
  csat: KpiMean | null;
  fcr: KpiMean | null;
  ces: KpiMean | null;
}

type MeanField = 'kpiCsat' | 'kpiFcr' | 'kpiCes';

function mean(touchpoints: readonly KpiSource[], field: MeanField): KpiMean | null {
  const measured = touchpoints.filter((t) => t[field] !== null);
  if (measured.length === 0) return null;
  const known = measured.every((t) => t.kpiVolume !== null);
  const contacts = known ? measured.reduce((total, t) => total + t.kpiVolume!, 0) : 0;
  const weighted = contacts > 0;
  let sum = 0;
  let weight = 0;
  for (const t of measured) {
    const w = weighted ? t.kpiVolume! : 1;
    sum += t[field]! * w;
    weight += w;
  }
  const plainBecause = weighted ? null : known ? 'no-contacts' : 'volume-unknown';
  return { value: sum / weight, count: measured.length, weighted, plainBecause };
}

function nps(touchpoints: readonly KpiSource[]): NpsSummary | null {
  const scores = touchpoints.flatMap((t) => (t.kpiNps === null ? [] : [t.kpiNps]));
  if (scores.length === 0) return null;
  return {
    mean: scores.reduce((a, b) => a + b, 0) / scores.length,
    min: Math.min(...scores),
    max: Math.max(...scores),
    count: scores.length,
  };
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** Sums and averages the KPIs of a group of touchpoints (see KpiSummary for each figure's rule). */
export function summarizeKpis(touchpoints: readonly KpiSource[]): KpiSummary {
  const monthlyCost = sumOrNull(
    touchpoints.map((t) => (t.kpiVolume !== null && t.kpiCost !== null ? t.kpiVolume * t.kpiCost : null)),
  );
  return {
    touchpoints: touchpoints.length,
    volume: sumOrNull(touchpoints.map((t) => t.kpiVolume)),
    monthlyCost,
    monthlyCostPartial:
      monthlyCost !== null && touchpoints.some((t) => (t.kpiVolume === null) !== (t.kpiCost === null)),
    nps: nps(touchpoints),
    csat: mean(touchpoints, 'kpiCsat'),
    fcr: mean(touchpoints, 'kpiFcr'),
    ces: mean(touchpoints, 'kpiCes'),
  };
}

/**
 * What the means of some groups (the rows of one table) need said under them: whether any is weighted, so
 * "*" needs explaining, and why those that are plain are plain, each reason once, in KpiMean's order.
 */
export function meanNotes(summaries: readonly KpiSummary[]): { weighted: boolean; plainBecause: PlainMeanReason[] } {
  const means = summaries.flatMap((s) => [s.csat, s.fcr, s.ces]).filter((m): m is KpiMean => m !== null);
  const reasons = new Set(means.map((m) => m.plainBecause));
  return {
    weighted: means.some((m) => m.weighted),
    plainBecause: (['volume-unknown', 'no-contacts'] as const).filter((reason) => reasons.has(reason)),
  };
}

/** Whether a group has any measure at all (a row worth showing). */
export function hasKpis(summary: KpiSummary): boolean {
  return (
    summary.volume !== null ||
    summary.monthlyCost !== null ||
    summary.nps !== null ||
    summary.csat !== null ||
    summary.fcr !== null ||
    summary.ces !== null
  );
}

/** The KPI summary of each stage, in stage order (touchpoints of a missing stage are left out). */
export function kpisByStage(
  journey: Pick<Journey, 'stages' | 'touchpoints'>,
): { stageId: string; summary: KpiSummary }[] {
  return journey.stages.map((stage) => ({
    stageId: stage.id,
    summary: summarizeKpis(journey.touchpoints.filter((t) => t.stageId === stage.id)),
  }));
}

/**
 * The KPI summary of each owning function that has touchpoints, in order of first appearance; touchpoints
 * without a function are grouped under null, last.
 */
export function kpisByFunction(
  journey: Pick<Journey, 'touchpoints'>,
): { functionId: string | null; summary: KpiSummary }[] {
  const groups = new Map<string | null, Touchpoint[]>();
  for (const t of journey.touchpoints) {
    if (t.functionId === null) continue;
    groups.set(t.functionId, [...(groups.get(t.functionId) ?? []), t]);
  }
  const none = journey.touchpoints.filter((t) => t.functionId === null);
  if (none.length > 0) groups.set(null, none);
  return [...groups].map(([functionId, touchpoints]) => ({ functionId, summary: summarizeKpis(touchpoints) }));
}

/** How far apart the experience perceived (emotion) and delivered must be (in points of -2..+2) to be a gap. */
export const GAP_THRESHOLD = 2;

/** A touchpoint whose perceived and delivered experience differ by GAP_THRESHOLD or more. */
export interface ExperienceGap {
  touchpointId: string;
  perceived: Emotion;
  delivered: Emotion;
  /**
   * `perceived-worse`: delivered well, perceived badly (a perception or expectation problem);
   * `delivered-worse`: perceived better than delivered (the customer does not see a failing yet).
   */
  kind: 'perceived-worse' | 'delivered-worse';
}

/**
 * The gaps between perceived and delivered experience, widest first, then in the journey's touchpoint order:
 * perceived is the emotion of `shown` (shownPersonaId: null for the main persona, each touchpoint's own).
 */
export function experienceGaps(journey: Pick<Journey, 'touchpoints'>, shown: string | null = null): ExperienceGap[] {
  const gaps: (ExperienceGap & { size: number; index: number })[] = [];
  journey.touchpoints.forEach((t, index) => {
    const perceived = shownEmotion(t, shown);
    if (perceived === null || t.delivered === null) return;
    const size = t.delivered - perceived;
    if (Math.abs(size) < GAP_THRESHOLD) return;
    gaps.push({
      touchpointId: t.id,
      perceived,
      delivered: t.delivered,
      kind: size > 0 ? 'perceived-worse' : 'delivered-worse',
      size: Math.abs(size),
      index,
    });
  });
  return gaps.sort((a, b) => b.size - a.size || a.index - b.index).map(({ size: _s, index: _i, ...gap }) => gap);
}
