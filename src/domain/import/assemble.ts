import { blankPersona, blankTouchpoint } from '../blank';
import { journeyOrder } from '../emotionCurve';
import { createEmptyJourney } from '../factory';
import { toJourneyFile } from '../format';
import { createId } from '../ids';
import type { CustomVocabularyEntry, Emotion, Touchpoint } from '../journey';
import { KPI_FIELDS, type EvidenceLevel, type KpiField } from '../fields';
import { slotInStage } from '../layout';
import { cutText, LIMITS } from '../limits';
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
  customChannels?: CustomVocabularyEntry[];
  customFunctions?: CustomVocabularyEntry[];
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
 * stage's column in draft order (layout.ts slotInStage) and connected in journey order, one connection
 * from each to the next. Refuses `too-many-touchpoints` over LIMITS.touchpoints (before building anything),
 * and `invalid-journey` only if restore does (which would be a bug here).
 */
export function assembleJourney(draft: JourneyDraft, warnings: ImportWarning[], now: Date = new Date()): ImportResult {
  const tooMany = touchpointLimitRefusal(draft.touchpoints.length);
  if (tooMany) return tooMany;
  const journey = createEmptyJourney(draft.name, draft.stages, now);
  journey.description = draft.description ?? '';
  if (draft.personas?.length)
    journey.personas = draft.personas.map((name) => blankPersona({ name: cutText(name, LIMITS.personaName) }));
  if (draft.persona)
    journey.personas = [{ ...journey.personas[0], description: draft.persona }, ...journey.personas.slice(1)];
  if (draft.currency) journey.currency = draft.currency;
  const personaIds = journey.personas.map((p) => p.id);
  journey.customChannels = draft.customChannels ?? [];
  journey.customFunctions = draft.customFunctions ?? [];
  const rows = new Map<number, number>();
  journey.touchpoints = draft.touchpoints.map((t): Touchpoint => {
    const stageId = journey.stages[t.stage].id;
    const row = rows.get(t.stage) ?? 0;
    rows.set(t.stage, row + 1);
    // Spread over a blank one, not validated here: restore below cuts what is too long and reports it.
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
  const ordered = journeyOrder(journey);
  journey.connections = ordered.slice(1).map((t, i) => ({ id: createId(), from: ordered[i].id, to: t.id, label: '' }));

  const restored = restoreJourney(toJourneyFile(journey));
  if (!restored.ok) return refuse('invalid-journey', { detail: `${restored.error.code} at ${restored.error.path}` });
  return { ok: true, journey: restored.journey, warnings, repairs: restored.repairs };
}
