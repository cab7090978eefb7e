import { journeyOrder } from '../emotionCurve';
import type { Emotion } from '../journey';
import type { JourneyState } from '../fields';
import type { Locale } from '../locale';
import { emotionFor } from '../personas';
import { BUILT_IN_CHANNELS, BUILT_IN_FUNCTIONS, channelsOf, functionsOf } from '../vocabulary';
import { filteredPersonaId } from './filter';
import type { InsightsJourney, InsightsTouchpointSource } from './projection';

/**
 * The key a channel or owning function is aggregated under across journeys. A built-in entry keeps its id
 * ("web", "customer-care"): it means the same in every journey. A team's own entry has a different id in
 * each journey (it is created there), so it is keyed by its name instead, `custom:` + the name trimmed and
 * in lower case: "WhatsApp" added to three journeys is one row. A touchpoint with none chosen yet is `none`.
 */
export type VocabularyKey = string;

export const NO_ENTRY: VocabularyKey = 'none';

/** A channel or function as the insights show it: its key, label (in the asked language) and colour. */
export interface InsightsEntry {
  key: VocabularyKey;
  label: string;
  color: string;
  /** True for a built-in entry (its key is its id), false for a team's own or for `none`. */
  builtIn: boolean;
}

/** One touchpoint of one journey, flattened with what the insights group, sort and link by. */
export interface InsightTouchpoint {
  journeyId: string;
  journeyName: string;
  journeyState: JourneyState;
  touchpointId: string;
  title: string;
  stageName: string;
  /** 0-based place in its journey's order (stage, then top to bottom, then left to right). */
  order: number;
  channel: VocabularyKey;
  function: VocabularyKey;
  /** The main persona's emotion, or the filtered persona's when the filter names one (-2..+2). */
  emotion: Emotion | null;
  momentOfTruth: boolean;
  painPoint: boolean;
  painNote: string;
}

/** A flattened touchpoint and the touchpoint itself (the KPI summaries read its measures). */
export interface FlatTouchpoint {
  item: InsightTouchpoint;
  source: InsightsTouchpointSource;
}

const BUILT_IN_CHANNEL_IDS = new Set(BUILT_IN_CHANNELS.map((c) => c.id));
const BUILT_IN_FUNCTION_IDS = new Set(BUILT_IN_FUNCTIONS.map((f) => f.id));

function customKey(label: string, id: string): VocabularyKey {
  const name = label.trim().toLocaleLowerCase();
  return `custom:${name === '' ? id : name}`;
}

/** The channels and functions met so far, by key, with the first label seen for each. */
export class InsightsVocabulary {
  readonly channels = new Map<VocabularyKey, InsightsEntry>();
  readonly functions = new Map<VocabularyKey, InsightsEntry>();

  constructor(readonly noneLabel: string) {}

  /** The label of a key (the key itself when it was never met). */
  channelLabel(key: VocabularyKey): string {
    return this.channels.get(key)?.label ?? key;
  }

  /** The label of an owning function's key (the key itself when it was never met). */
  functionLabel(key: VocabularyKey): string {
    return this.functions.get(key)?.label ?? key;
  }
}

/**
 * Every touchpoint of the journeys in journey order, keyed for aggregation, and the vocabulary they use.
 * `noneLabel` names the `none` key (a touchpoint without channel or function) in the asked language.
 */
export function flattenJourneys(
  journeys: readonly InsightsJourney[],
  personaName: string | null,
  locale: Locale,
  noneLabel: string,
): { touchpoints: FlatTouchpoint[]; vocabulary: InsightsVocabulary } {
  const vocabulary = new InsightsVocabulary(noneLabel);
  const touchpoints: FlatTouchpoint[] = [];
  for (const journey of journeys) {
    const channelKey = keyer(channelsOf(journey, locale), BUILT_IN_CHANNEL_IDS, vocabulary.channels, noneLabel);
    const functionKey = keyer(functionsOf(journey, locale), BUILT_IN_FUNCTION_IDS, vocabulary.functions, noneLabel);
    const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
    const personaId = filteredPersonaId(journey, personaName);
    journeyOrder(journey).forEach((t, order) => {
      touchpoints.push({
        source: t,
        item: {
          journeyId: journey.id,
          journeyName: journey.name,
          journeyState: journey.state,
          touchpointId: t.id,
          title: t.title,
          stageName: stageName.get(t.stageId) ?? '',
          order,
          channel: channelKey(t.channelId),
          function: functionKey(t.functionId),
          emotion: personaId === undefined ? t.emotion : emotionFor(journey, t, personaId),
          momentOfTruth: t.momentOfTruth,
          painPoint: t.painPoint,
          painNote: t.painNote,
        },
      });
    });
  }
  return { touchpoints, vocabulary };
}

/** Turns one journey's channel (or function) ids into keys, noting each entry met in `seen`. */
function keyer(
  entries: readonly { id: string; label: string; color: string }[],
  builtIn: ReadonlySet<string>,
  seen: Map<VocabularyKey, InsightsEntry>,
  noneLabel: string,
): (id: string | null) => VocabularyKey {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const cache = new Map<string | null, VocabularyKey>();
  return (id) => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const entry = id === null ? undefined : byId.get(id);
    let key: VocabularyKey;
    if (!entry) {
      // No channel chosen, or an id the journey no longer defines: both read as "none".
      key = NO_ENTRY;
      if (!seen.has(key)) seen.set(key, { key, label: noneLabel, color: '#94a3b8', builtIn: false });
    } else {
      const isBuiltIn = builtIn.has(entry.id);
      key = isBuiltIn ? entry.id : customKey(entry.label, entry.id);
      if (!seen.has(key))
        seen.set(key, { key, label: entry.label.trim() || noneLabel, color: entry.color, builtIn: isBuiltIn });
    }
    cache.set(id, key);
    return key;
  };
}
