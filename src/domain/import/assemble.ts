import { blankTouchpoint } from '../blank';
import { journeyOrder } from '../emotionCurve';
import { createEmptyJourney } from '../factory';
import { toJourneyFile } from '../format';
import { createId } from '../ids';
import type { CustomVocabularyEntry, Emotion, Touchpoint } from '../journey';
import { slotInStage } from '../layout';
import { restoreJourney } from '../restore';
import { refuse, type ImportResult, type ImportWarning } from './importResult';

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
}

/** What an importer read, in the order it read it. */
export interface JourneyDraft {
  name: string;
  description?: string;
  persona?: string;
  /** Stage names, in journey order; names may repeat (each is its own stage). */
  stages: string[];
  touchpoints: DraftTouchpoint[];
  customChannels?: CustomVocabularyEntry[];
  customFunctions?: CustomVocabularyEntry[];
}

/**
 * Builds the journey a draft describes and passes it through restoreJourney, the one way into the app, so
 * ids, defaults and integrity are repaired as for any other document. Touchpoints are stacked in their
 * stage's column in draft order (layout.ts slotInStage) and connected in journey order, one connection
 * from each to the next. Refuses with `invalid-journey` only if restore does (which would be a bug here).
 */
export function assembleJourney(draft: JourneyDraft, warnings: ImportWarning[], now: Date = new Date()): ImportResult {
  const journey = createEmptyJourney(draft.name, draft.stages, now);
  journey.description = draft.description ?? '';
  if (draft.persona) journey.personas = [{ ...journey.personas[0], description: draft.persona }];
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
      position: slotInStage(journey.stages, stageId, row),
    };
  });
  const ordered = journeyOrder(journey);
  journey.connections = ordered.slice(1).map((t, i) => ({ id: createId(), from: ordered[i].id, to: t.id, label: '' }));

  const restored = restoreJourney(toJourneyFile(journey));
  if (!restored.ok) return refuse('invalid-journey', { detail: `${restored.error.code} at ${restored.error.path}` });
  return { ok: true, journey: restored.journey, warnings, repairs: restored.repairs };
}
