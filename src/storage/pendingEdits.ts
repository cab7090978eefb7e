import { loadRestoreModule } from '../domain/lazyRestore';
import type { JourneyRepository } from './journeyRepository';

const PREFIX = 'recorrido.pending.';

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A synchronous safety copy of edits not yet committed to IndexedDB, written when the page hides:
 * IndexedDB writes are asynchronous and a reload can cut them short; localStorage writes are not. The copy
 * is the journey's unsaved Yjs update (base64), so on the next start recoverPendingEdits() merges it into
 * what IndexedDB holds, whatever else was saved meanwhile. Returns false when there was no room.
 */
export function writePendingEdits(
  journeyId: string,
  update: Uint8Array,
  storage: SyncStorage | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(PREFIX + journeyId, `u:${toBase64(update)}`);
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
 * Merges every safety copy into the journey IndexedDB holds, then forgets them all. A copy written by an
 * earlier build (a whole journey file) is taken when it is newer than what is stored. Returns the ids of
 * the journeys recovered.
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
    const id = key.slice(PREFIX.length);
    const value = storage.getItem(key) ?? '';
    if (value.startsWith('u:')) {
      if ((await repository.mergeUpdate(id, fromBase64(value.slice(2)))) !== undefined) recovered.push(id);
    } else {
      const { restoreJourney } = await loadRestoreModule();
      const restored = restoreJourney(value);
      const stored = restored.ok ? await repository.load(restored.journey.id) : undefined;
      if (restored.ok && stored?.ok && restored.journey.updatedAt > stored.journey.updatedAt) {
        await repository.update(restored.journey.id, () => restored.journey);
        recovered.push(restored.journey.id);
      }
    }
    storage.removeItem(key);
  }
  return recovered;
}

/** Whether a safety copy waits to be merged (recoverPendingEdits), read without opening IndexedDB. */
export function hasPendingEdits(storage: SyncStorage | undefined = globalThis.localStorage): boolean {
  if (!storage) return false;
  for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(PREFIX)) return true;
  return false;
}
