import { isBlueprintLayout, type BlueprintLayoutKind } from '../domain/blueprintLayers';

const STORAGE_KEY = 'recorrido.blueprintLayout';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The blueprint layout this browser's user last chose ('functions' or 'layers'), remembered per user, not
 * per journey: the journey format has no field for it, and a team that draws layers draws them for every
 * journey. 'functions' when nothing (or nothing valid) is remembered.
 */
export function rememberedBlueprintLayout(
  storage: KeyValue | undefined = globalThis.localStorage,
): BlueprintLayoutKind {
  const value = storage?.getItem(STORAGE_KEY);
  return isBlueprintLayout(value) ? value : 'functions';
}

/** Remembers the chosen blueprint layout; a full or blocked localStorage only costs the memory of it. */
export function rememberBlueprintLayout(
  layout: BlueprintLayoutKind,
  storage: KeyValue | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(STORAGE_KEY, layout);
  } catch {
    // The choice still applies to this session.
  }
}
