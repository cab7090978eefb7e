/**
 * The app's IndexedDB schema, as Dexie declares it (`db.version(n).stores(...)`), in a module without Dexie:
 * database.ts declares it to Dexie, and the first screen's plain read of the library rows
 * (readLibraryRows.ts) checks the stored database against it, so the schema is written once.
 */

export const DATABASE_NAME = 'recorrido';

/** The library rows' table and its index by last edit. */
export const JOURNEYS_TABLE = 'journeys';
export const JOURNEYS_BY_UPDATE = 'updatedAt';

/** Each schema version's tables (Dexie's syntax: primary key first, then indexes); only ever added to. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { journeys: 'id, updatedAt', documents: 'id' } },
  // Version history: existing journeys and documents are kept as they are; the new tables start empty.
  {
    version: 2,
    stores: {
      journeys: 'id, updatedAt',
      documents: 'id',
      snapshots: '++id, journeyId, [journeyId+createdAt]',
      snapshotFiles: 'id',
    },
  },
  // Journeys as Yjs documents: each is the merge of its update rows. Documents written by earlier builds
  // stay where they are and are converted when first opened (JourneyRepository.load). Shared journeys
  // keep how to reach their room.
  {
    version: 3,
    stores: {
      journeys: 'id, updatedAt',
      documents: 'id',
      snapshots: '++id, journeyId, [journeyId+createdAt]',
      snapshotFiles: 'id',
      updates: '++seq, journeyId',
      shares: 'journeyId, room',
    },
  },
  // The insights projection of each journey. Existing journeys get theirs when the insights page first
  // reads them (readJourneys), not here: an upgrade must not decode every document before the app opens.
  {
    version: 4,
    stores: {
      journeys: 'id, updatedAt',
      documents: 'id',
      snapshots: '++id, journeyId, [journeyId+createdAt]',
      snapshotFiles: 'id',
      updates: '++seq, journeyId',
      shares: 'journeyId, room',
      insights: 'id',
    },
  },
];

/** The newest schema version this build declares. */
export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/**
 * The IndexedDB version number Dexie gives a schema version: Dexie multiplies by 10 (and may add one when
 * it patches a schema in place), so a database at this number or above has every table of SCHEMA_VERSION.
 */
export const NATIVE_VERSION = SCHEMA_VERSION * 10;
