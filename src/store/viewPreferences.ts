/**
 * How this user likes to look at maps, kept in this browser (localStorage) across reloads, not in any
 * journey: a view choice is nobody else's business and no change to the document. Some choices hold for
 * every journey (dimming the assumed, the blueprint's layout), others for one journey (JourneyView).
 */

import { isBlueprintLayout, type BlueprintLayoutKind } from '../domain/blueprintLayers';
import { isKpiField, type KpiField } from '../domain/fields';

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

const DIM_ASSUMED_KEY = 'recorrido.dimAssumed';
const BLUEPRINT_LAYOUT_KEY = 'recorrido.blueprintLayout';
const JOURNEY_VIEWS_KEY = 'recorrido.journeyViews';

/** How many journeys' views are kept, the latest chosen or opened; older ones are forgotten. */
export const JOURNEY_VIEWS_KEPT = 50;

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

/**
 * How one journey was last looked at here. Both are per journey: personas are the journey's own, and which
 * measures a journey has differs (one is surveyed for CSAT, another only counted in contacts), so a measure
 * chosen for one would often draw an empty overlay over the next.
 */
export interface JourneyView {
  /** The persona chosen in the toolbar; null: the main one. May name a persona removed since. */
  personaId: string | null;
  /** The KPI drawn over the emotion curve, or none. */
  curveOverlay: KpiField | null;
}

/** The view last chosen for journey `journeyId` in this browser, or null when none was (or none is kept). */
export function rememberedJourneyView(
  journeyId: string,
  storage: PreferenceStorage = defaultStorage(),
): JourneyView | null {
  const found = journeyViews(storage).find((v) => v.journeyId === journeyId);
  return found ? { personaId: found.personaId, curveOverlay: found.curveOverlay } : null;
}

/**
 * Remembers `choice` for journey `journeyId` (what it leaves out stays as remembered, `{}` changes nothing),
 * which becomes the latest of the JOURNEY_VIEWS_KEPT kept.
 */
export function rememberJourneyView(
  journeyId: string,
  choice: Partial<JourneyView>,
  storage: PreferenceStorage = defaultStorage(),
): void {
  if (!storage) return;
  const views = journeyViews(storage);
  const previous = views.find((v) => v.journeyId === journeyId);
  const view: StoredView = {
    journeyId,
    personaId: choice.personaId !== undefined ? choice.personaId : (previous?.personaId ?? null),
    curveOverlay: choice.curveOverlay !== undefined ? choice.curveOverlay : (previous?.curveOverlay ?? null),
  };
  const kept = [view, ...views.filter((v) => v.journeyId !== journeyId)].slice(0, JOURNEY_VIEWS_KEPT);
  remember(JOURNEY_VIEWS_KEY, JSON.stringify(kept), storage);
}

type StoredView = JourneyView & { journeyId: string };

/** The kept views, latest first; whatever is not one (an older format, a hand edit) is left out. */
function journeyViews(storage: PreferenceStorage): StoredView[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(JOURNEY_VIEWS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown): StoredView[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { journeyId, personaId, curveOverlay } = entry as Record<string, unknown>;
    if (typeof journeyId !== 'string' || journeyId === '') return [];
    return [
      {
        journeyId,
        personaId: typeof personaId === 'string' && personaId !== '' ? personaId : null,
        curveOverlay: isKpiField(curveOverlay) ? curveOverlay : null,
      },
    ];
  });
}

function remember(key: string, value: string, storage: PreferenceStorage): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // A full or refused storage only costs remembering the choice; the view still changes.
  }
}
