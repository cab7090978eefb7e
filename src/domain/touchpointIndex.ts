import type { Touchpoint } from './journey';

/** Where each id sat in an array the index was built from (arrays are never mutated: each change makes a new one). */
type Places = ReadonlyMap<string, number>;

/** The places built, or checked complete, for each array. */
const complete = new WeakMap<readonly Touchpoint[], Places>();
/** The last places built: a title edit makes a new array with every id where it was, so they still answer. */
let recent: Places = new Map();

function build(touchpoints: readonly Touchpoint[]): Places {
  const places = new Map(touchpoints.map((t, i) => [t.id, i]));
  complete.set(touchpoints, places);
  recent = places;
  return places;
}

/**
 * The touchpoint with this id in a touchpoints array, or undefined. The array is indexed once, on the first
 * look-up, so N look-ups into one array (every card, the inspector's selection) cost N, not N squared; and an
 * array whose ids sit where they sat in the last one indexed (an edit of fields, as typing makes) is answered
 * from that index, each answer checked by its id, without indexing the new array at all.
 */
export function touchpointById(touchpoints: readonly Touchpoint[], id: string): Touchpoint | undefined {
  const own = complete.get(touchpoints);
  if (own) {
    const at = own.get(id);
    return at === undefined ? undefined : touchpoints[at];
  }
  const at = recent.get(id);
  if (at !== undefined && touchpoints[at]?.id === id) return touchpoints[at];
  // Not where it was: moved, added or absent, which only this array's own index can say.
  const places = build(touchpoints);
  const found = places.get(id);
  return found === undefined ? undefined : touchpoints[found];
}
