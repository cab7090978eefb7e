/**
 * How this user likes to look at maps, kept in this browser (localStorage) across journeys and reloads, not
 * in any journey: a view choice is nobody else's business and no change to the document.
 */

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

const DIM_ASSUMED_KEY = 'recorrido.dimAssumed';

const defaultStorage = (): PreferenceStorage => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be refused (privacy settings); the choice then lasts for the session only.
    return null;
  }
};

/** Whether the canvas dims touchpoints whose data is assumed, as last chosen here; false until chosen. */
export function rememberedDimAssumed(storage: PreferenceStorage = defaultStorage()): boolean {
  return storage?.getItem(DIM_ASSUMED_KEY) === 'true';
}

/** Remembers the dim-assumed choice for the next journey and the next visit. */
export function rememberDimAssumed(dim: boolean, storage: PreferenceStorage = defaultStorage()): void {
  try {
    storage?.setItem(DIM_ASSUMED_KEY, String(dim));
  } catch {
    // A full or refused storage only costs remembering the choice; the view still changes.
  }
}
