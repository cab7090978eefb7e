import { blankPersona, blankTouchpoint } from '../blank';
import { journeyOrder } from '../emotionCurve';
import { createEmptyJourney } from '../factory';
import { toJourneyFile } from '../format';
import { createId } from '../ids';
import type { CustomVocabularyEntry, Emotion, Touchpoint } from '../journey';
import { KPI_FIELDS, type EvidenceLevel, type KpiField } from '../fields';
import { slotInStage } from '../layout';
import { cutText, LIMITS, TOUCHPOINT_TEXT_LIMITS } from '../limits';
import { restoreJourney } from '../restore';
import { refuse, type ImportRefusal, type ImportResult, type ImportWarning } from './importResult';

/** A touchpoint as an importer reads it, before it has an id or a place on the canvas. */
export interface DraftTouchpoint {
  /** Index into JourneyDraft.stages. */
  stage: number;
  title: string;
  description?: string;
  channelId?: string | null;
  functionId?: string | null;
  emotion?: Emotion | null;
  momentOfTruth?: boolean;
  painPoint?: boolean;
  painNote?: string;
  notes?: string;
  delivered?: Emotion | null;
  evidence?: EvidenceLevel;
  backstage?: string;
  support?: string;
  /** KPI values within KPI_LIMITS (the importer refuses the others, with a warning). */
  kpis?: Partial<Record<KpiField, number>>;
  /** The emotion of each persona but the main one, keyed by index into JourneyDraft.personas (1..). */
  personaEmotions?: Record<number, Emotion>;
}

/** A connection as an importer reads it: touchpoints by index into JourneyDraft.touchpoints. */
export interface DraftConnection {
  from: number;
  to: number;
  label?: string;
}

/** What an importer read, in the order it read it. */
export interface JourneyDraft {
  name: string;
  description?: string;
  persona?: string;
  /**
   * The journey's personas by name, the main one first (its emotion is each touchpoint's `emotion`); at
   * most LIMITS.personas. Without it the journey has one unnamed persona.
   */
  personas?: string[];
  /** ISO 4217 code of the currency of costs per contact, e.g. "EUR". */
  currency?: string;
  /** Stage names, in journey order; names may repeat (each is its own stage). */
  stages: string[];
  touchpoints: DraftTouchpoint[];
  /**
   * The connections between touchpoints, when the input says them (a flowchart's links); without it each
   * touchpoint is connected to the next in journey order.
   */
  connections?: DraftConnection[];
  customChannels?: CustomVocabularyEntry[];
  customFunctions?: CustomVocabularyEntry[];
}

/**
 * `text` as a journey keeps it: when longer than `limit` (a LIMITS length), cut to it (cutText) and reported
 * as `text-cut` where it was read (`at`: row or line, and the field), so no import shortens text unsaid.
 */
export function keepText(
  text: string,
  limit: number,
  at: Pick<ImportWarning, 'row' | 'line' | 'field'>,
  warnings: ImportWarning[],
): string {
  if (text.length <= limit) return text;
  warnings.push({ code: 'text-cut', ...at, length: text.length, limit });
  return cutText(text, limit);
}

/** A draft touchpoint with each of its texts cut to what a journey keeps (keepText), each cut reported at `at`. */
export function keepTouchpointTexts(
  touchpoint: DraftTouchpoint,
  at: Pick<ImportWarning, 'row' | 'line'>,
  warnings: ImportWarning[],
): DraftTouchpoint {
  const kept = { ...touchpoint };
  for (const field of Object.keys(TOUCHPOINT_TEXT_LIMITS) as (keyof typeof TOUCHPOINT_TEXT_LIMITS)[]) {
    const text = kept[field];
    if (text !== undefined) kept[field] = keepText(text, TOUCHPOINT_TEXT_LIMITS[field], { ...at, field }, warnings);
  }
  return kept;
}

/**
 * The refusal of an input that would make `count` touchpoints, more than a journey holds
 * (LIMITS.touchpoints), or null when they fit. Importers ask before building anything.
 */
export function touchpointLimitRefusal(count: number, line?: number): { ok: false; refusal: ImportRefusal } | null {
  const limit = LIMITS.touchpoints;
  if (count <= limit) return null;
  return refuse('too-many-touchpoints', { count, limit, line, detail: `${count} touchpoints; the limit is ${limit}` });
}

/**
 * Builds the journey a draft describes and passes it through restoreJourney, the one way into the app, so
 * ids, defaults and integrity are repaired as for any other document. Touchpoints are stacked in their
 * stage's column in draft order (layout.ts slotInStage) and connected as the draft says, else in journey
 * order, one connection from each to the next. Importers cut what they read where they read it (keepText), naming its row or
 * line; any text still too long (the journey's name and description, say) is cut here and reported without
 * one, so restore never shortens an import unsaid. Refuses `too-many-touchpoints` over LIMITS.touchpoints
 * (before building anything), and `invalid-journey` only if restore does (which would be a bug here).
 */
export function assembleJourney(draft: JourneyDraft, warnings: ImportWarning[], now: Date = new Date()): ImportResult {
  const tooMany = touchpointLimitRefusal(draft.touchpoints.length);
  if (tooMany) return tooMany;
  const keep = (text: string, limit: number, field: string) => keepText(text, limit, { field }, warnings);
  const stages = draft.stages.map((name) => keep(name, LIMITS.stageName, 'stage'));
  const journey = createEmptyJourney(keep(draft.name, LIMITS.journeyName, 'journeyName'), stages, now);
  journey.description = keep(draft.description ?? '', LIMITS.longText, 'journeyDescription');
  if (draft.personas?.length)
    journey.personas = draft.personas.map((name) =>
      blankPersona({ name: keep(name, LIMITS.personaName, 'personaName') }),
    );
  if (draft.persona)
    journey.personas = [{ ...journey.personas[0], description: draft.persona }, ...journey.personas.slice(1)];
  if (draft.currency) journey.currency = draft.currency;
  const personaIds = journey.personas.map((p) => p.id);
  const labelsKept = (entries: CustomVocabularyEntry[] = [], field: string) =>
    entries.map((entry) => ({ ...entry, label: keep(entry.label, LIMITS.vocabularyLabel, field) }));
  journey.customChannels = labelsKept(draft.customChannels, 'channel');
  journey.customFunctions = labelsKept(draft.customFunctions, 'function');
  const rows = new Map<number, number>();
  journey.touchpoints = draft.touchpoints.map((drafted): Touchpoint => {
    const t = keepTouchpointTexts(drafted, {}, warnings);
    const stageId = journey.stages[t.stage].id;
    const row = rows.get(t.stage) ?? 0;
    rows.set(t.stage, row + 1);
    // Spread over a blank one, not validated here: restore below repairs what is still wrong.
    return {
      ...blankTouchpoint({ stageId }),
      title: t.title,
      description: t.description ?? '',
      stageId,
      channelId: t.channelId ?? null,
      functionId: t.functionId ?? null,
      emotion: t.emotion ?? null,
      momentOfTruth: t.momentOfTruth ?? false,
      painPoint: t.painPoint ?? false,
      painNote: t.painNote ?? '',
      notes: t.notes ?? '',
      delivered: t.delivered ?? null,
      evidence: t.evidence ?? 'assumed',
      backstage: t.backstage ?? '',
      support: t.support ?? '',
      ...Object.fromEntries(KPI_FIELDS.map((field) => [field, t.kpis?.[field] ?? null])),
      personaEmotions: Object.fromEntries(
        Object.entries(t.personaEmotions ?? {}).flatMap(([index, emotion]) => {
          const id = Number(index) > 0 ? personaIds[Number(index)] : undefined;
          return id === undefined ? [] : [[id, emotion]];
        }),
      ),
      position: slotInStage(journey.stages, stageId, row),
    };
  });
  if (draft.connections) {
    const ids = journey.touchpoints.map((t) => t.id);
    journey.connections = draft.connections.map((c) => ({
      id: createId(),
      from: ids[c.from],
      to: ids[c.to],
      label: keep(c.label ?? '', LIMITS.connectionLabel, 'connectionLabel'),
    }));
  } else {
    const ordered = journeyOrder(journey);
    journey.connections = ordered
      .slice(1)
      .map((t, i) => ({ id: createId(), from: ordered[i].id, to: t.id, label: '' }));
  }

  const restored = restoreJourney(toJourneyFile(journey));
  if (!restored.ok) return refuse('invalid-journey', { detail: `${restored.error.code} at ${restored.error.path}` });
  return { ok: true, journey: restored.journey, warnings, repairs: restored.repairs };
}
