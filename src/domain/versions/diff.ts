import { newAsIsTouchpoints } from './rebase';
import { emotionCurvePoints, journeyOrder, type EmotionCurvePoint } from '../emotionCurve';
import { meanEmotion } from '../emotionAverage';
import type { Journey, Touchpoint } from '../journey';
import { KPI_FIELDS } from '../fields';
import { jsonEqual } from '../jsonEqual';
import { summarizeKpis, type KpiSummary } from '../kpiSummary';

/**
 * The touchpoint fields a comparison looks at, in the order it lists them. The card's position is left
 * out: where a card sits on the canvas is layout, not the experience; a move to another stage is a change
 * of `stageId` (shown as "stage").
 */
export const COMPARED_FIELDS = [
  'title',
  'description',
  'stageId',
  'channelId',
  'functionId',
  'emotion',
  'personaEmotions',
  'momentOfTruth',
  'painPoint',
  'painNote',
  'notes',
  'delivered',
  'evidence',
  'backstage',
  'support',
  ...KPI_FIELDS,
] as const satisfies readonly (keyof Touchpoint)[];
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** A touchpoint only in the to-be (added) or only in the as-is (removed). */
export interface TouchpointOnOneSide {
  touchpoint: Touchpoint;
  /** The stage it sits in, on its side. */
  stageId: string;
}

/** A touchpoint in both versions whose compared fields differ. */
export interface ChangedTouchpoint {
  before: Touchpoint;
  after: Touchpoint;
  /** The to-be's stage (the as-is one is `before.stageId`). */
  stageId: string;
  /** The fields that differ, in COMPARED_FIELDS order. */
  fields: ComparedField[];
}

/**
 * A stage the to-be added, dropped or renamed, matched by id as touchpoints are (a to-be's copy of an as-is
 * stage keeps its id). `before` is the as-is name ('' for an added stage), `after` the to-be name ('' for a
 * removed one); names are compared as typed, so a stage renamed to blank counts.
 */
export interface StageChange {
  kind: 'added' | 'removed' | 'renamed';
  stageId: string;
  before: string;
  after: string;
}

/** The KPIs of one stage before (as-is) and after (to-be); a side without the stage counts no touchpoints. */
export interface StageKpis {
  stageId: string;
  /** The to-be's name of the stage, or the as-is one for a stage the to-be dropped. */
  name: string;
  before: KpiSummary;
  after: KpiSummary;
}

/** What the redesign changes, as `diffVersions` computes it. Touchpoint lists are in journey order. */
export interface VersionDiff {
  added: TouchpointOnOneSide[];
  /** As-is touchpoints the to-be took into account and no longer has. */
  removed: TouchpointOnOneSide[];
  /**
   * As-is touchpoints added since the to-be was made or last re-based, which it has not taken into account
   * yet (newAsIsTouchpoints: its editor offers them): not removed by the redesign, so compared apart.
   */
  pending: TouchpointOnOneSide[];
  changed: ChangedTouchpoint[];
  /** Pain points of the as-is whose touchpoint the to-be keeps, no longer a pain: fixed. By touchpoint id. */
  painResolved: string[];
  /**
   * Pain points of the as-is whose touchpoint the to-be no longer has: gone with it, not fixed (a CX lead
   * reads "resolved" as fixed). By touchpoint id.
   */
  painRemoved: string[];
  /** Pain points of the to-be that the as-is did not have (added, or now a pain), by touchpoint id. */
  painNew: string[];
  /** Moments of truth of the to-be that the as-is did not have, by touchpoint id. */
  truthNew: string[];
  /** Moments of truth of the as-is the to-be no longer has, by touchpoint id. */
  truthLost: string[];
  /** Each version's emotion curve (main persona), as the editor plots it. */
  curves: { before: EmotionCurvePoint[]; after: EmotionCurvePoint[] };
  /** Mean emotion (-2..+2) of each version, null when nothing is rated. */
  averageEmotion: { before: number | null; after: number | null };
  /** Per stage, in the to-be's stage order, then the as-is stages the to-be dropped. */
  kpis: StageKpis[];
  /** Stages (ids, same order as `kpis`) where a touchpoint was added, removed or changed. */
  stagesWithChanges: string[];
  /** Stages added, renamed (in the to-be's order), then removed (in the as-is order). */
  stages: StageChange[];
}

/** The compared fields in which two versions of one touchpoint differ. */
export function changedFields(before: Touchpoint, after: Touchpoint): ComparedField[] {
  return COMPARED_FIELDS.filter((field) => !jsonEqual(before[field], after[field]));
}

/**
 * Compares an as-is journey with its to-be. Touchpoints are matched by id (a to-be's copy of an as-is
 * touchpoint keeps its id): one only in the to-be is added, one only in the as-is removed (or pending, when
 * added to the as-is since the to-be last took it into account), one in both whose
 * COMPARED_FIELDS differ is changed (a move to another stage is the field `stageId`; position alone is no
 * change). Stages are matched by id too: added, removed or renamed. Pain points and moments of truth are
 * compared by id the same way (a pain point gone with its touchpoint is not resolved); KPIs are summed per
 * stage id (kpiSummary.ts rules). Pure: reads both journeys, changes neither.
 */
export function diffVersions(asIs: Journey, toBe: Journey): VersionDiff {
  const beforeById = new Map(asIs.touchpoints.map((t) => [t.id, t]));
  const afterById = new Map(toBe.touchpoints.map((t) => [t.id, t]));
  const beforeOrder = journeyOrder(asIs);
  const afterOrder = journeyOrder(toBe);

  const added = afterOrder.filter((t) => !beforeById.has(t.id)).map((t) => ({ touchpoint: t, stageId: t.stageId }));
  const pendingIds = new Set(newAsIsTouchpoints(toBe, asIs).map((t) => t.id));
  const onOneSide = (t: Touchpoint) => ({ touchpoint: t, stageId: t.stageId });
  const removed = beforeOrder.filter((t) => !afterById.has(t.id) && !pendingIds.has(t.id)).map(onOneSide);
  const pending = beforeOrder.filter((t) => pendingIds.has(t.id)).map(onOneSide);
  const changed: ChangedTouchpoint[] = [];
  for (const after of afterOrder) {
    const before = beforeById.get(after.id);
    if (!before) continue;
    const fields = changedFields(before, after);
    if (fields.length > 0) changed.push({ before, after, stageId: after.stageId, fields });
  }

  const flagged = (order: Touchpoint[], flag: 'painPoint' | 'momentOfTruth') =>
    order.filter((t) => t[flag]).map((t) => t.id);
  // A pending touchpoint's pain point or moment of truth is not lost by the redesign: it is not in it yet.
  const considered = beforeOrder.filter((t) => !pendingIds.has(t.id));
  const painBefore = flagged(considered, 'painPoint');
  const painAfter = flagged(afterOrder, 'painPoint');
  const truthBefore = flagged(considered, 'momentOfTruth');
  const truthAfter = flagged(afterOrder, 'momentOfTruth');
  const missingFrom = (ids: string[], other: string[]) => ids.filter((id) => !other.includes(id));

  // The to-be's names win: the KPI table speaks of the redesign's stages, the stage list of their old names.
  const stageNames = new Map([...asIs.stages, ...toBe.stages].map((s) => [s.id, s.name]));
  const stageIds = [
    ...toBe.stages.map((s) => s.id),
    ...asIs.stages.map((s) => s.id).filter((id) => !toBe.stages.some((s) => s.id === id)),
  ];
  const kpis = stageIds.map((stageId) => ({
    stageId,
    name: stageNames.get(stageId) ?? '',
    before: summarizeKpis(asIs.touchpoints.filter((t) => t.stageId === stageId)),
    after: summarizeKpis(toBe.touchpoints.filter((t) => t.stageId === stageId)),
  }));
  const touched = new Set([
    ...added.map((a) => a.stageId),
    ...removed.map((r) => r.stageId),
    ...changed.flatMap((c) => [c.stageId, c.before.stageId]),
  ]);

  return {
    added,
    removed,
    pending,
    changed,
    painResolved: missingFrom(painBefore, painAfter).filter((id) => afterById.has(id)),
    painRemoved: missingFrom(painBefore, painAfter).filter((id) => !afterById.has(id)),
    painNew: missingFrom(painAfter, painBefore),
    truthNew: missingFrom(truthAfter, truthBefore),
    truthLost: missingFrom(truthBefore, truthAfter),
    curves: { before: emotionCurvePoints(asIs), after: emotionCurvePoints(toBe) },
    averageEmotion: { before: meanEmotion(asIs.touchpoints), after: meanEmotion(toBe.touchpoints) },
    kpis,
    stagesWithChanges: stageIds.filter((id) => touched.has(id)),
    stages: stageChanges(asIs, toBe),
  };
}

/** The stages the to-be added or renamed, in its order, then those it dropped, in the as-is order. */
function stageChanges(asIs: Journey, toBe: Journey): StageChange[] {
  const before = new Map(asIs.stages.map((s) => [s.id, s.name]));
  const after = new Set(toBe.stages.map((s) => s.id));
  const changes: StageChange[] = [];
  for (const stage of toBe.stages) {
    const old = before.get(stage.id);
    if (old === undefined) changes.push({ kind: 'added', stageId: stage.id, before: '', after: stage.name });
    else if (old !== stage.name) changes.push({ kind: 'renamed', stageId: stage.id, before: old, after: stage.name });
  }
  for (const stage of asIs.stages)
    if (!after.has(stage.id)) changes.push({ kind: 'removed', stageId: stage.id, before: stage.name, after: '' });
  return changes;
}

/** Whether the two versions differ in any touchpoint or stage. */
export function hasChanges(diff: VersionDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.stages.length > 0;
}
