import type { Journey, Touchpoint } from '../../domain/journey';
import { formatKpi } from '../../domain/kpiFormat';
import type { Locale } from '../../domain/locale';
import { channelsOf, EMOTION_LABELS, findEntry, functionsOf } from '../../domain/vocabulary';
import { stageLabel } from '../../domain/stageLabel';
import type { ComparedField, StageChange, VersionDiff } from '../../domain/versions/diff';
import { COMPARED_FIELD_KEYS } from '../../i18n/comparedFields';
import { fixedT, type CatalogKey, type Translate } from '../../i18n/fixedT';
import { meanNote } from '../../i18n/meanNote';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field of a changed touchpoint, in words: "Emotion: I hate it → I like it". */
export interface FieldChangeText {
  field: ComparedField;
  label: string;
  before: string;
  after: string;
}

/** One touchpoint of a comparison in words, as the dialog, the CSV and the PDF show it. */
export interface ChangeText {
  kind: ChangeKind;
  touchpointId: string;
  /** The stage it is in (the to-be's, except for a removed one), and that stage's name (the to-be's while the
   * to-be has the stage, "Unnamed stage" for a blank one). */
  stageId: string;
  stageName: string;
  /** Its title in the to-be (in the as-is when removed); the untitled word when it has none. */
  title: string;
  /** For a changed one, each field that differs; empty otherwise. */
  fields: FieldChangeText[];
}

/** How one version writes a touchpoint's field: names for ids, words for the scale and the flags. */
function valueText(field: ComparedField, t: Touchpoint, journey: Journey, locale: Locale, words: Translate): string {
  const yesNo = (value: boolean) => words(value ? 'versions.diff.yes' : 'versions.diff.no');
  switch (field) {
    case 'stageId':
      return journey.stages.find((s) => s.id === t.stageId)?.name ?? '';
    case 'channelId':
      return findEntry(channelsOf(journey, locale), t.channelId)?.label ?? '';
    case 'functionId':
      return findEntry(functionsOf(journey, locale), t.functionId)?.label ?? '';
    case 'emotion':
    case 'delivered':
      return t[field] === null ? '' : `${EMOTION_LABELS[t[field]][locale]} (${t[field]})`;
    case 'personaEmotions':
      return journey.personas
        .filter((p) => t.personaEmotions[p.id] !== undefined)
        .map((p) => `${p.name}: ${t.personaEmotions[p.id]}`)
        .join(', ');
    case 'momentOfTruth':
    case 'painPoint':
      return yesNo(t[field]);
    case 'evidence':
      return words(`exported.csv.evidenceLevels.${t.evidence}`);
    case 'kpiNps':
    case 'kpiCsat':
    case 'kpiCes':
    case 'kpiFcr':
    case 'kpiVolume':
    case 'kpiCost':
      return formatKpi(field, t[field], locale, journey.currency);
    default:
      return t[field];
  }
}

/** A stage by the to-be's name while the to-be has it (renamed or not), else the as-is one; blank: "Unnamed". */
function stageNamer(asIs: Journey, toBe: Journey, words: Translate): (stageId: string) => string {
  return (id) =>
    stageLabel(
      (toBe.stages.find((s) => s.id === id) ?? asIs.stages.find((s) => s.id === id))?.name ?? '',
      words('stage.unnamed'),
    );
}

/**
 * How many touchpoints the comparison added, removed and changed, in one language, each word agreeing with
 * its number: "1 añadido, 2 eliminados, 0 cambiados". The dialog's and the PDF's summary line.
 */
export function comparisonSummary(diff: VersionDiff, locale: Locale): string {
  const words = fixedT(locale);
  const counted = (kind: ChangeKind) => words(`versions.diff.counted.${kind}`, { count: diff[kind].length });
  return words('versions.diff.summary', {
    added: counted('added'),
    removed: counted('removed'),
    changed: counted('changed'),
  });
}

/**
 * The comparison's touchpoints in words, in the diff's order (added, removed, changed), in one language.
 * Empty values read "(empty)", so a cleared note still shows as a change.
 */
export function comparisonTexts(asIs: Journey, toBe: Journey, diff: VersionDiff, locale: Locale): ChangeText[] {
  const words = fixedT(locale);
  const untitled = words('touchpoint.untitled');
  const named = stageNamer(asIs, toBe, words);
  const shown = (text: string) => (text.trim() === '' ? words('versions.diff.empty') : text);
  const texts: ChangeText[] = [];
  for (const { touchpoint, stageId } of diff.added) {
    const base = { touchpointId: touchpoint.id, stageId, stageName: named(stageId) };
    texts.push({ kind: 'added', ...base, title: touchpoint.title || untitled, fields: [] });
  }
  for (const { touchpoint, stageId } of diff.removed) {
    const base = { touchpointId: touchpoint.id, stageId, stageName: named(stageId) };
    texts.push({ kind: 'removed', ...base, title: touchpoint.title || untitled, fields: [] });
  }
  for (const { before, after, stageId, fields } of diff.changed) {
    texts.push({
      kind: 'changed',
      touchpointId: after.id,
      stageId,
      stageName: named(stageId),
      title: after.title || untitled,
      fields: fields.map((field) => ({
        field,
        label: words(COMPARED_FIELD_KEYS[field], { currency: toBe.currency }),
        before: shown(valueText(field, before, asIs, locale, words)),
        after: shown(valueText(field, after, toBe, locale, words)),
      })),
    });
  }
  return texts;
}

/** A stage the to-be added, removed or renamed, in words. */
export interface StageChangeText {
  kind: StageChange['kind'];
  stageId: string;
  /** Its name as the comparison's stage column shows it: the to-be's, or the as-is one when removed. */
  name: string;
  /** Its names before and after ('' on the side without it); a blank name reads "Unnamed stage". */
  before: string;
  after: string;
  /** The whole line: "Renamed: “Reclamo” → “Pido ayuda”". */
  text: string;
}

/** The stages a comparison added, renamed and removed (diff.stages, in its order), in one language. */
export function stageChangeTexts(diff: VersionDiff, locale: Locale): StageChangeText[] {
  const words = fixedT(locale);
  const named = (name: string) => stageLabel(name, words('stage.unnamed'));
  return diff.stages.map(({ kind, stageId, before, after }) => {
    const names = { before: kind === 'added' ? '' : named(before), after: kind === 'removed' ? '' : named(after) };
    const text = words(`versions.diff.stageChange.${kind}`, names);
    return { kind, stageId, name: names.after || names.before, ...names, text };
  });
}

/** The kinds of pain point and moment of truth a comparison lists, in the order it lists them. */
export const MARKER_KINDS = ['painResolved', 'painRemoved', 'painNew', 'truthNew', 'truthLost'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** One kind of pain point or moment of truth of a comparison, in words, as the dialog, the PDF and the CSV say it. */
export interface MarkerText {
  kind: MarkerKind;
  /** The kind with its count: "Pain points resolved (1):". */
  label: string;
  /** The titles, "A · B", or "None.". */
  list: string;
  /** Each touchpoint: its title (the to-be's while the to-be has it) and its stage's name (as comparisonTexts). */
  items: { touchpointId: string; title: string; stageId: string; stageName: string }[];
}

/**
 * The pain points resolved, removed with their touchpoint and new, and the moments of truth new and lost
 * (diff.painResolved ... diff.truthLost), each kind in words in one language, in MARKER_KINDS order.
 */
export function markerTexts(asIs: Journey, toBe: Journey, diff: VersionDiff, locale: Locale): MarkerText[] {
  const words = fixedT(locale);
  const named = stageNamer(asIs, toBe, words);
  const byId = new Map([...asIs.touchpoints, ...toBe.touchpoints].map((t) => [t.id, t]));
  return MARKER_KINDS.map((kind) => {
    const items = diff[kind].flatMap((id) => {
      const touchpoint = byId.get(id);
      if (!touchpoint) return [];
      const title = touchpoint.title || words('touchpoint.untitled');
      return [{ touchpointId: id, title, stageId: touchpoint.stageId, stageName: named(touchpoint.stageId) }];
    });
    return {
      kind,
      label: `${words(`versions.diff.${kind}`)} (${items.length}):`,
      list: items.map((item) => item.title).join(' · ') || words('versions.diff.none'),
      items,
    };
  });
}

/**
 * The footnotes of the comparison's KPI table in one language, in the Measures dialog's words: what "*"
 * means when some stage's mean before or after carries it (weighted by contacts a month), and what "†"
 * means when some monthly cost does (formatKpiSummary puts both marks). Empty when neither shows.
 */
export function kpiFootnotes(diff: VersionDiff, locale: Locale): string[] {
  const words = fixedT(locale);
  const summaries = diff.kpis.flatMap((stage) => [stage.before, stage.after]);
  const notes: string[] = [];
  // The Measures dialog's note, made by the same function: weighted means and why plain ones are plain.
  const means = meanNote((key) => words(key as CatalogKey), summaries);
  if (means) notes.push(means);
  if (summaries.some((s) => s.monthlyCost !== null && s.monthlyCostPartial))
    notes.push(words('panels.summary.partialCost'));
  return notes;
}
