import { meanEmotion } from '../emotionAverage';
import type { Connection } from '../journey';
import type { FlatTouchpoint, InsightTouchpoint, VocabularyKey } from './touchpoints';

/**
 * A hand-off (traspaso, DOMAIN.md): a connection between two touchpoints whose owning functions differ, where
 * one function hands the customer to another and journeys tend to break. Counted per connection, so a
 * touchpoint that branches to two others of another function makes two hand-offs. Both ends need a function:
 * a touchpoint not yet owned hands nobody over. Connections within one function are not hand-offs.
 */
export interface Handoff {
  from: VocabularyKey;
  to: VocabularyKey;
  /** How many connections hand the customer from `from` to `to`, across the journeys. */
  count: number;
  /**
   * How it feels there: the mean emotion (-2..+2) of the touchpoints that receive the customer (each
   * connection's `to` end, counted once per connection), where a broken hand-off is felt; null if none has one.
   */
  averageEmotion: number | null;
  /** How many journeys have this hand-off. */
  journeys: number;
  /** Each hand-off's two touchpoints, in the order met. */
  pairs: { from: InsightTouchpoint; to: InsightTouchpoint }[];
}

/**
 * The hand-off map: every pair of functions the customer is handed between, the most frequent first (then by
 * the worst average emotion, then by the keys). `noFunction` is the key of touchpoints without one.
 */
export function handoffMap(
  journeys: readonly { id: string; connections: readonly Pick<Connection, 'from' | 'to'>[] }[],
  touchpoints: readonly FlatTouchpoint[],
  noFunction: VocabularyKey,
): Handoff[] {
  const byId = new Map<string, InsightTouchpoint>();
  for (const { item } of touchpoints) byId.set(`${item.journeyId}\u0000${item.touchpointId}`, item);
  const groups = new Map<string, { from: VocabularyKey; to: VocabularyKey; pairs: Handoff['pairs'] }>();
  for (const journey of journeys) {
    for (const connection of journey.connections) {
      const from = byId.get(`${journey.id}\u0000${connection.from}`);
      const to = byId.get(`${journey.id}\u0000${connection.to}`);
      if (!from || !to) continue;
      if (from.function === noFunction || to.function === noFunction || from.function === to.function) continue;
      const key = `${from.function}\u0000${to.function}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { from: from.function, to: to.function, pairs: [] }));
      group.pairs.push({ from, to });
    }
  }
  const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()]
    .map((g) => ({
      from: g.from,
      to: g.to,
      count: g.pairs.length,
      averageEmotion: meanEmotion(g.pairs.map((p) => p.to)),
      journeys: new Set(g.pairs.map((p) => p.from.journeyId)).size,
      pairs: g.pairs,
    }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (a.averageEmotion ?? Infinity) - (b.averageEmotion ?? Infinity) ||
        compareKeys(a.from, b.from) ||
        compareKeys(a.to, b.to),
    );
}
