import { toJourneyFile } from '../domain/format';
import type { Journey } from '../domain/journey';
import { restoreJourney } from '../domain/restore';
import type { JourneyRepository } from './journeyRepository';

const PREFIX = 'recorrido.pending.';

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * A synchronous safety copy of edits not yet committed to IndexedDB, written when the page hides.
 * IndexedDB writes are asynchronous and a reload can cut them short; localStorage writes are not.
 * On the next start, recoverPendingEdits() puts any newer copy back into IndexedDB through restore.
 */
export function writePendingEdits(
  journey: Journey,
  storage: SyncStorage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(PREFIX + journey.id, JSON.stringify(toJourneyFile(journey)));
    return true;
  } catch {
    return false; // Out of space: the IndexedDB write started alongside is all we have.
  }
}

/** Forgets the safety copy once IndexedDB holds the journey. */
export function clearPendingEdits(journeyId: string, storage: SyncStorage | undefined = globalThis.localStorage) {
  storage?.removeItem(PREFIX + journeyId);
}

/**
 * Writes back every safety copy that is newer than what IndexedDB holds, then forgets them all.
 * Returns the ids of the journeys recovered.
 */
export async function recoverPendingEdits(
  repository: JourneyRepository,
  storage: SyncStorage | undefined = globalThis.localStorage,
): Promise<string[]> {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  const recovered: string[] = [];
  for (const key of keys) {
    const restored = restoreJourney(storage.getItem(key) ?? '');
    if (restored.ok) {
      const copy = restored.journey;
      const stored = await repository.load(copy.id);
      if (stored?.ok && copy.updatedAt > stored.journey.updatedAt) {
        await repository.save(copy, stored.revision);
        recovered.push(copy.id);
      }
    }
    storage.removeItem(key);
  }
  return recovered;
}
