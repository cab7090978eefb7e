import Dexie, { type EntityTable } from 'dexie';
import type { JourneyFile } from '../domain/format';
import type { InsightsJourney } from '../domain/insights/projection';
import type { JourneySummary } from '../domain/summary';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';

/** What the library lists: small, so the start page never loads whole journeys. */
export interface JourneyMetaRow {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** ISO time it was moved to the trash, or null while it is in the library. */
  deletedAt: string | null;
  /** Bumped by every save; a save based on an older revision is refused. */
  revision: number;
  summary: JourneySummary;
}

/**
 * A summary as IndexedDB may hold it: rows written by builds from before the library drew emotion curves
 * lack `curve`, before opportunities `openOpportunityCount`, before as-is/to-be `state` and `asIsId`.
 * JourneyRepository.list() completes them, so a JourneyMetaRow always has all four.
 */
export type StoredJourneySummary = Omit<JourneySummary, 'curve' | 'openOpportunityCount' | 'state' | 'asIsId'> &
  Partial<Pick<JourneySummary, 'curve' | 'openOpportunityCount' | 'state' | 'asIsId'>>;

/** A library row as stored, possibly written by an earlier build. */
export type StoredJourneyMetaRow = Omit<JourneyMetaRow, 'summary'> & { summary: StoredJourneySummary };

/**
 * The whole journey as earlier builds stored it, in the same envelope as an exported file. Read once and
 * converted into updates (see JourneyRepository.load); no new row is written.
 */
export interface JourneyDocumentRow {
  id: string;
  revision: number;
  /**
   * The journey file as JSON text, as every save writes it: IndexedDB copies one string far faster than an
   * object graph of thousands of touchpoints, and the copy happens on the main thread.
   */
  json?: string;
  /** The journey file as an object, as rows written by earlier builds hold it; still read. */
  file?: JourneyFile;
}

/**
 * One Yjs update of a journey's document: a burst of edits, a remote change, or the whole state after a
 * compaction. A journey is the merge of all its rows, in any order (updates commute).
 */
export interface JourneyUpdateRow {
  /** Auto-incremented by Dexie. */
  seq: number;
  journeyId: string;
  update: Uint8Array;
}

/**
 * What the insights page reads of a journey (domain/insights/projection.ts), so it never decodes whole
 * documents: written in the same transaction as the journey's library row by every save, deleted with the
 * journey. Rows from builds before it have none; the insights page builds theirs once (readJourneys).
 */
export interface InsightsRow {
  /** The journey's id. */
  id: string;
  /** The library row's revision it was made from: another revision means it is stale and is rebuilt. */
  revision: number;
  /** INSIGHTS_PROJECTION_VERSION when written: another version is rebuilt too. */
  version: number;
  journey: InsightsJourney;
}

/** What a link to a shared journey lets this browser do. */
export type ShareCapability = 'edit' | 'view';

/**
 * How this browser reaches a shared journey: the sync server, the room and the keys it holds. The sharer
 * keeps the keys of both links and the manage key (rotate, stop sharing); someone who joined by a link
 * keeps only that link's key. Keys never leave this browser but in the token of its own connection.
 */
export interface ShareRow {
  journeyId: string;
  /** The sync server's WebSocket URL, e.g. ws://192.168.1.20:8080. */
  server: string;
  room: string;
  capability: ShareCapability;
  /** `contribute` opens the room's contributions document only: the workshop participants' link. */
  keys: { edit?: string; view?: string; contribute?: string; manage?: string };
}

export type SnapshotKind = 'auto' | 'named' | 'before-restore';

/** A saved version of a journey, listed in the history without loading its document. */
export interface SnapshotRow {
  /** Auto-incremented by Dexie. */
  id: number;
  journeyId: string;
  /** ISO time the snapshot was taken. */
  createdAt: string;
  kind: SnapshotKind;
  /** The user's name for a named snapshot; empty otherwise. */
  name: string;
  /** The journey's own name at the time. */
  journeyName: string;
  summary: StoredJourneySummary;
}

/** A snapshot's whole journey, in the same envelope as documents and exported files. */
export interface SnapshotFileRow {
  id: number;
  file: JourneyFile;
}

export type RecorridoDatabase = Dexie & {
  journeys: EntityTable<StoredJourneyMetaRow, 'id'>;
  documents: EntityTable<JourneyDocumentRow, 'id'>;
  snapshots: EntityTable<SnapshotRow, 'id'>;
  snapshotFiles: EntityTable<SnapshotFileRow, 'id'>;
  updates: EntityTable<JourneyUpdateRow, 'seq'>;
  shares: EntityTable<ShareRow, 'journeyId'>;
  insights: EntityTable<InsightsRow, 'id'>;
};

/**
 * Opens (or creates) the app's one IndexedDB database. When a newer version of the app (another tab)
 * needs to upgrade the schema, this connection closes so the upgrade is not blocked, and `onUpgradeElsewhere`
 * tells the app to stop writing and ask for a reload.
 */
export function openDatabase(name = DATABASE_NAME, onUpgradeElsewhere?: () => void): RecorridoDatabase {
  const db = new Dexie(name) as RecorridoDatabase;
  db.on('versionchange', () => {
    db.close();
    onUpgradeElsewhere?.();
    return false;
  });
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  return db;
}
