/**
 * Insights across journeys (issue 16): what all the journeys of the library say together, computed from
 * the journeys alone, pure and synchronous. Definitions (DOMAIN.md's words):
 * - heatmap: channel x owning function; per cell the touchpoints, pain points, moments of truth, mean emotion
 *   (emotionAverage.ts) and KPIs (kpiSummary.ts, volume-weighted where that file weights) - heatmap.ts;
 * - universal pain points: a channel that hurts in two journeys or more - pains.ts;
 * - every moment of truth and pain point, sortable - pains.ts;
 * - the hand-off map: connections between touchpoints of different owning functions - handoffs.ts.
 * Channels and functions are grouped by key across journeys (touchpoints.ts: built-in by id, a team's own
 * by name).
 */
import type { Locale } from '../locale';
import { filterJourneys, type InsightsFilter } from './filter';
import { handoffMap, type Handoff } from './handoffs';
import type { InsightsJourney } from './projection';
import { buildHeatmap, type Heatmap } from './heatmap';
import { universalPains, type UniversalPain } from './pains';
import { flattenJourneys, NO_ENTRY, type InsightsVocabulary, type InsightTouchpoint } from './touchpoints';

export * from './filter';
export * from './handoffs';
export * from './heatmap';
export * from './pains';
export * from './projection';
export * from './touchpoints';

/** Everything the insights page shows, for the journeys a filter keeps. */
export interface Insights {
  /** How many journeys and touchpoints were read after filtering. */
  journeyCount: number;
  touchpointCount: number;
  vocabulary: InsightsVocabulary;
  heatmap: Heatmap;
  universalPains: UniversalPain[];
  /** Every moment of truth and every pain point, journey by journey in journey order. */
  moments: InsightTouchpoint[];
  pains: InsightTouchpoint[];
  handoffs: Handoff[];
}

/**
 * Computes the insights of the journeys the filter keeps. Labels are in `locale`; `noneLabel` names a
 * touchpoint's missing channel or function. Linear in the number of touchpoints and connections.
 */
export function computeInsights(
  journeys: readonly InsightsJourney[],
  filter: InsightsFilter,
  locale: Locale,
  noneLabel: string,
): Insights {
  const kept = filterJourneys(journeys, filter);
  const { touchpoints, vocabulary } = flattenJourneys(kept, filter.personaName, locale, noneLabel);
  const items = touchpoints.map((t) => t.item);
  return {
    journeyCount: kept.length,
    touchpointCount: items.length,
    vocabulary,
    heatmap: buildHeatmap(touchpoints),
    universalPains: universalPains(items, NO_ENTRY),
    moments: items.filter((i) => i.momentOfTruth),
    pains: items.filter((i) => i.painPoint),
    handoffs: handoffMap(kept, touchpoints, NO_ENTRY),
  };
}
