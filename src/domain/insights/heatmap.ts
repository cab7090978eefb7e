import { meanEmotion } from '../emotionAverage';
import { summarizeKpis, type KpiSummary } from '../kpiSummary';
import { BUILT_IN_CHANNELS, BUILT_IN_FUNCTIONS } from '../vocabulary';
import { NO_ENTRY, type FlatTouchpoint, type InsightTouchpoint, type VocabularyKey } from './touchpoints';

/** One cell of the heatmap: the touchpoints on one channel owned by one function, across journeys. */
export interface HeatmapCell {
  channel: VocabularyKey;
  function: VocabularyKey;
  /** How many touchpoints, pain points and moments of truth the cell holds. */
  touchpoints: number;
  painPoints: number;
  momentsOfTruth: number;
  /** Mean emotion (-2..+2) of its touchpoints that have one (emotionAverage.ts); null when none has. */
  averageEmotion: number | null;
  /** KPIs as the Measures dialog adds them up (kpiSummary.ts: CSAT, FCR, CES weighted by volume when known). */
  kpis: KpiSummary;
  /** The touchpoints behind the cell, journey by journey in journey order. */
  items: InsightTouchpoint[];
}

/** Channel x owning function over the journeys: rows and columns that have touchpoints, and the cells. */
export interface Heatmap {
  /** Channel keys in the app's channel order (built-in, then a team's own by name, then none). */
  channels: VocabularyKey[];
  functions: VocabularyKey[];
  /** Cells by `cellKey(channel, function)`; a combination nobody uses has no cell. */
  cells: Map<string, HeatmapCell>;
}

/** The key of a heatmap cell in `Heatmap.cells`. */
export function cellKey(channel: VocabularyKey, fn: VocabularyKey): string {
  return `${channel}\u0000${fn}`;
}

/** Orders keys: built-in entries in their built-in order, then a team's own by key, then `none`. */
export function vocabularyOrder(builtIn: readonly { id: string }[]): (a: VocabularyKey, b: VocabularyKey) => number {
  const rank = new Map(builtIn.map((e, i) => [e.id, i]));
  const place = (key: VocabularyKey) => (key === NO_ENTRY ? Infinity : (rank.get(key) ?? builtIn.length));
  return (a, b) => place(a) - place(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The heatmap's row order (channels) and column order (owning functions). */
export const channelOrder = vocabularyOrder(BUILT_IN_CHANNELS);
export const functionOrder = vocabularyOrder(BUILT_IN_FUNCTIONS);

/** Groups the touchpoints by channel and owning function and sums each group up (see HeatmapCell). */
export function buildHeatmap(touchpoints: readonly FlatTouchpoint[]): Heatmap {
  const groups = new Map<string, FlatTouchpoint[]>();
  const channels = new Set<VocabularyKey>();
  const functions = new Set<VocabularyKey>();
  for (const flat of touchpoints) {
    const key = cellKey(flat.item.channel, flat.item.function);
    const group = groups.get(key);
    if (group) group.push(flat);
    else groups.set(key, [flat]);
    channels.add(flat.item.channel);
    functions.add(flat.item.function);
  }
  const cells = new Map<string, HeatmapCell>();
  for (const [key, group] of groups) {
    const items = group.map((g) => g.item);
    const sources = group.map((g) => g.source);
    cells.set(key, {
      channel: items[0].channel,
      function: items[0].function,
      touchpoints: items.length,
      painPoints: items.filter((i) => i.painPoint).length,
      momentsOfTruth: items.filter((i) => i.momentOfTruth).length,
      averageEmotion: meanEmotion(items),
      kpis: summarizeKpis(sources),
      items,
    });
  }
  return {
    channels: [...channels].sort(channelOrder),
    functions: [...functions].sort(functionOrder),
    cells,
  };
}
