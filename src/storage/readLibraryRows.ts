import type { JourneyMetaRow, StoredJourneyMetaRow } from './database';
import { hasCurve, withState } from './libraryRows';
import { JOURNEYS_BY_UPDATE, JOURNEYS_TABLE, NATIVE_VERSION } from './schema';

/**
 * Reads every journey's library row, newest edit first, with IndexedDB itself rather than Dexie, so the
 * start page lists the library before Dexie (about 30 kB gzip) has loaded. Answers only what it can answer
 * alone, the same rows JourneyRepository.list() would give:
 * - the database does not exist: nothing was ever stored, so no rows (the database is not created here;
 *   Dexie creates it on the first write);
 * - it exists at this build's schema version or later, and every row is complete: those rows.
 * Otherwise (an older schema to upgrade, rows of an earlier build whose summary must be completed from the
 * journey, any IndexedDB error) it resolves undefined, and the caller reads through the repository.
 */
export async function readLibraryRows(
  name: string,
  indexedDB: IDBFactory | undefined = globalThis.indexedDB,
): Promise<JourneyMetaRow[] | undefined> {
  if (!indexedDB) return undefined;
  try {
    const db = await openExisting(indexedDB, name);
    if (db === null) return [];
    try {
      if (db.version < NATIVE_VERSION || !db.objectStoreNames.contains(JOURNEYS_TABLE)) return undefined;
      const store = db.transaction(JOURNEYS_TABLE, 'readonly').objectStore(JOURNEYS_TABLE);
      if (!store.indexNames.contains(JOURNEYS_BY_UPDATE)) return undefined;
      const rows = await requested<StoredJourneyMetaRow[]>(store.index(JOURNEYS_BY_UPDATE).getAll());
      // Ascending by (updatedAt, id); Dexie's reverse order is both descending.
      rows.reverse();
      return rows.every(hasCurve) ? rows.map(withState) : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/** Opens the database at whatever version it is, or resolves null without creating it when it is absent. */
function openExisting(indexedDB: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    // Only a database that does not exist yet asks for an upgrade when opened without a version: abort it,
    // which leaves no database behind.
    request.onupgradeneeded = () => {
      absent = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading must not wait for this short read.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      if (absent) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error);
    };
  });
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
