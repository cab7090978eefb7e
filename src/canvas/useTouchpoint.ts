import type { Touchpoint } from '../domain/journey';
import { useEditor } from '../store/services';

/** One index per touchpoints array: every card looks itself up in it, so N cards cost N, not N squared. */
const indexes = new WeakMap<readonly Touchpoint[], ReadonlyMap<string, Touchpoint>>();

/** The touchpoint with this id in a touchpoints array, or undefined; indexed once per array. */
export function touchpointById(touchpoints: readonly Touchpoint[], id: string): Touchpoint | undefined {
  let index = indexes.get(touchpoints);
  if (!index) {
    index = new Map(touchpoints.map((t) => [t.id, t]));
    indexes.set(touchpoints, index);
  }
  return index.get(id);
}

/**
 * The open journey's touchpoint with this id, or undefined once it is gone. A card reads its touchpoint
 * here rather than from its React Flow node, so a title change re-renders that one card and leaves every
 * node, and React Flow's work over them, untouched. The same object comes back while it is unchanged.
 */
export function useTouchpoint(id: string): Touchpoint | undefined {
  return useEditor((s) => (s.journey ? touchpointById(s.journey.touchpoints, id) : undefined));
}
