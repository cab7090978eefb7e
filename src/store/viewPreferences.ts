/**
 * How this user likes to look at maps, kept in this browser (localStorage) across journeys and reloads, not
 * in any journey: a view choice is nobody else's business and no change to the document.
 */

import { isBlueprintLayout, type BlueprintLayoutKind } from '../domain/blueprintLayers';

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

const DIM_ASSUMED_KEY = 'recorrido.dimAssumed';
const BLUEPRINT_LAYOUT_KEY = 'recorrido.blueprintLayout';

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
  remember(DIM_ASSUMED_KEY, String(dim), storage);
}

/**
 * The blueprint layout this user last chose ('functions' or 'layers'), per user, not per journey: a team that
 * draws layers draws them for every journey. 'functions' when nothing (or nothing valid) is remembered.
 */
export function rememberedBlueprintLayout(storage: PreferenceStorage = defaultStorage()): BlueprintLayoutKind {
  const value = storage?.getItem(BLUEPRINT_LAYOUT_KEY);
  return isBlueprintLayout(value) ? value : 'functions';
}

/** Remembers the chosen blueprint layout for the next journey and the next visit. */
export function rememberBlueprintLayout(layout: BlueprintLayoutKind, storage: PreferenceStorage = defaultStorage()) {
  remember(BLUEPRINT_LAYOUT_KEY, layout, storage);
}

function remember(key: string, value: string, storage: PreferenceStorage): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // A full or refused storage only costs remembering the choice; the view still changes.
  }
}
