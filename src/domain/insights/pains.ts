import type { InsightTouchpoint, VocabularyKey } from './touchpoints';

/**
 * How many journeys a channel must hurt in for its pain to count as universal: DOMAIN.md's "some pain points
 * are universal to a channel, across journeys". Two is the least that is "across".
 */
export const UNIVERSAL_MIN_JOURNEYS = 2;

/** A channel with pain points in several journeys. */
export interface UniversalPain {
  channel: VocabularyKey;
  /** The journeys where it hurts (ids, in the order first met). */
  journeyIds: string[];
  /** Every pain point on the channel across those journeys. */
  items: InsightTouchpoint[];
}

/**
 * The channels that hurt in UNIVERSAL_MIN_JOURNEYS journeys or more, the most widespread first (then the
 * most pain points, then the channel key). A touchpoint without a channel is never universal to a channel.
 */
export function universalPains(items: readonly InsightTouchpoint[], noChannel: VocabularyKey): UniversalPain[] {
  const byChannel = new Map<VocabularyKey, { journeys: Set<string>; items: InsightTouchpoint[] }>();
  for (const item of items) {
    if (!item.painPoint || item.channel === noChannel) continue;
    let group = byChannel.get(item.channel);
    if (!group) byChannel.set(item.channel, (group = { journeys: new Set(), items: [] }));
    group.journeys.add(item.journeyId);
    group.items.push(item);
  }
  return [...byChannel]
    .filter(([, g]) => g.journeys.size >= UNIVERSAL_MIN_JOURNEYS)
    .map(([channel, g]) => ({ channel, journeyIds: [...g.journeys], items: g.items }))
    .sort(
      (a, b) =>
        b.journeyIds.length - a.journeyIds.length ||
        b.items.length - a.items.length ||
        (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0),
    );
}

/** What the lists of moments of truth and pain points sort by. */
export const INSIGHT_SORT_KEYS = ['journey', 'emotion', 'channel', 'function', 'title'] as const;
export type InsightSortKey = (typeof INSIGHT_SORT_KEYS)[number];

/**
 * Sorts touchpoints for a list: by journey (name, then journey order), by emotion (worst first; unrated
 * last), or by channel, function or title label, each tie broken by journey and journey order. `label`
 * turns a channel or function key into the words shown, so the order is the one the reader sees.
 * `descending` reverses the primary order only. Returns a new array.
 */
export function sortInsightItems(
  items: readonly InsightTouchpoint[],
  by: InsightSortKey,
  descending: boolean,
  labels: { channel: (key: VocabularyKey) => string; function: (key: VocabularyKey) => string },
  locale: string,
): InsightTouchpoint[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byJourney = (a: InsightTouchpoint, b: InsightTouchpoint) =>
    collator.compare(a.journeyName, b.journeyName) ||
    (a.journeyId < b.journeyId ? -1 : a.journeyId > b.journeyId ? 1 : 0) ||
    a.order - b.order;
  const primary = (a: InsightTouchpoint, b: InsightTouchpoint): number => {
    switch (by) {
      case 'journey':
        return 0;
      case 'emotion':
        // Unrated sorts last whichever way the rest goes.
        if (a.emotion === null || b.emotion === null) return 0;
        return a.emotion - b.emotion;
      case 'channel':
        return collator.compare(labels.channel(a.channel), labels.channel(b.channel));
      case 'function':
        return collator.compare(labels.function(a.function), labels.function(b.function));
      case 'title':
        return collator.compare(a.title, b.title);
    }
  };
  const sign = descending ? -1 : 1;
  return [...items].sort((a, b) => {
    if (by === 'emotion' && (a.emotion === null) !== (b.emotion === null)) return a.emotion === null ? 1 : -1;
    if (by === 'journey') return sign * byJourney(a, b);
    return sign * primary(a, b) || byJourney(a, b);
  });
}
