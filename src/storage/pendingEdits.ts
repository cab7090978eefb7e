import { createId } from '../domain/ids';
import { loadRestoreModule } from '../domain/lazyRestore';
import { loadDocModule } from '../doc/lazy';
import type { JourneyRepository } from './journeyRepository';

const PREFIX = 'recorrido.pending.';

type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The page's localStorage, or undefined where reading it throws (storage refused by privacy settings). */
function pageStorage(): SyncStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

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

/** This page's own part of the safety copies: each tab (each load of the page) writes and clears its own. */
export const TAB_COPY = createId();

/** The key of one tab's copy of one journey's unsaved edits. */
const keyOf = (journeyId: string, tab: string) => `${PREFIX}${journeyId}@${tab}`;

/**
 * The journey a safety copy's key is for: `recorrido.pending.<journey id>@<tab>`, or (written by builds before
 * copies were per tab) `recorrido.pending.<journey id>`. A tab part is a UUID, so an id holding "@" still reads.
 */
function journeyOfKey(key: string): string {
  const rest = key.slice(PREFIX.length);
  const at = rest.lastIndexOf('@');
  return at > 0 && /^[0-9a-f-]{36}$/i.test(rest.slice(at + 1)) ? rest.slice(0, at) : rest;
}

/**
 * A synchronous safety copy of edits not yet committed to IndexedDB, written when the page hides or a write
 * fails: IndexedDB writes are asynchronous and a reload can cut them short; localStorage writes are not. The
 * copy is the journey's unsaved Yjs update (base64), so the next start, or the next time the journey opens,
 * merges it into what IndexedDB holds, whatever else was saved meanwhile (recoverPendingEdits). Each tab has
 * its own copy of a journey (`tab`, this page's TAB_COPY unless given), which it replaces and clears alone:
 * two tabs closing together, or one saving while another's copy waits, never lose each other's edits.
 * Returns false when there was no room.
 */
export function writePendingEdits(
  journeyId: string,
  update: Uint8Array,
  storage: SyncStorage | undefined = pageStorage(),
  tab: string = TAB_COPY,
): boolean {
  try {
    storage?.setItem(keyOf(journeyId, tab), `u:${toBase64(update)}`);
    return true;
  } catch {
    return false; // Out of space: the IndexedDB write started alongside is all we have.
  }
}

/** Forgets this tab's safety copy of a journey once IndexedDB holds all this tab had of it. */
export function clearPendingEdits(
  journeyId: string,
  storage: SyncStorage | undefined = pageStorage(),
  tab: string = TAB_COPY,
) {
  storage?.removeItem(keyOf(journeyId, tab));
}

/** What recoverPendingEdits did: the journeys it merged copies into, and the copies it could not merge. */
export interface Recovery {
  recovered: string[];
  /** Copies storage refused (out of space, say): left in localStorage for the next try, and given here. */
  left: { journeyId: string; update: Uint8Array }[];
}

/**
 * Merges the safety copies (of every journey, or of `journeyId` alone) into the journeys IndexedDB holds,
 * forgetting each once merged. A copy written by an earlier build (a whole journey file) is taken when it is
 * newer than what is stored. A copy whose merge fails (storage out of space, say) stays in localStorage and,
 * if it is an update, is listed in `left`, so the editor can hold its edits in memory and save them when
 * storage takes them; a copy that does not decode is dropped. Never throws for a copy.
 */
export async function recoverPendingEdits(
  repository: JourneyRepository,
  storage: SyncStorage | undefined = pageStorage(),
  journeyId?: string,
): Promise<Recovery> {
  const result: Recovery = { recovered: [], left: [] };
  if (!storage) return result;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX) && (journeyId === undefined || journeyOfKey(key) === journeyId)) keys.push(key);
  }
  for (const key of keys) {
    const id = journeyOfKey(key);
    const value = storage.getItem(key) ?? '';
    const update = value.startsWith('u:') ? await readableUpdate(value.slice(2)) : null;
    // A copy that cannot be read would fail the same way every time: dropped, not left to stop its
    // journey from opening.
    if (update !== undefined) {
      try {
        const merged = update
          ? (await repository.mergeUpdate(id, update)) !== undefined
          : await mergeFileCopy(repository, value);
        if (merged && !result.recovered.includes(id)) result.recovered.push(id);
      } catch (error) {
        // Storage refused it (out of space, say): kept for the next try, and held in memory meanwhile.
        console.error(error);
        if (update) result.left.push({ journeyId: id, update });
        continue;
      }
    }
    // Only the copy that was merged: a live tab may have written a newer one meanwhile.
    if (storage.getItem(key) === value) storage.removeItem(key);
  }
  return result;
}

/** A copy's update (base64) if it decodes as a Yjs update, else undefined. */
async function readableUpdate(base64: string): Promise<Uint8Array | undefined> {
  try {
    const update = fromBase64(base64);
    (await loadDocModule()).Y.decodeUpdate(update);
    return update;
  } catch (error) {
    console.error('An unreadable safety copy was dropped', error);
    return undefined;
  }
}

/** A whole-journey copy of an earlier build, stored when newer than the journey stored; whether it was. */
async function mergeFileCopy(repository: JourneyRepository, file: string): Promise<boolean> {
  const { restoreJourney } = await loadRestoreModule();
  const restored = restoreJourney(file);
  const stored = restored.ok ? await repository.load(restored.journey.id) : undefined;
  if (!restored.ok || !stored?.ok || restored.journey.updatedAt <= stored.journey.updatedAt) return false;
  await repository.update(restored.journey.id, () => restored.journey);
  return true;
}

/** Whether a safety copy waits to be merged (recoverPendingEdits), read without opening IndexedDB. */
export function hasPendingEdits(storage: SyncStorage | undefined = pageStorage()): boolean {
  if (!storage) return false;
  for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(PREFIX)) return true;
  return false;
}
