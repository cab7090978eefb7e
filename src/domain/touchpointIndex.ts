import type { Touchpoint } from './journey';

/** One index per touchpoints array (arrays are never mutated: each change makes a new one). */
const indexes = new WeakMap<readonly Touchpoint[], ReadonlyMap<string, Touchpoint>>();

/**
 * The touchpoint with this id in a touchpoints array, or undefined. The array is indexed once, on the first
 * look-up, so N look-ups into one array (every card, the inspector's selection) cost N, not N squared.
 */
export function touchpointById(touchpoints: readonly Touchpoint[], id: string): Touchpoint | undefined {
  let index = indexes.get(touchpoints);
  if (!index) {
    index = new Map(touchpoints.map((t) => [t.id, t]));
    indexes.set(touchpoints, index);
  }
  return index.get(id);
}
