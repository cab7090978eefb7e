import { toJourneyFile } from '../domain/format';
import type { Journey } from '../domain/journey';
import { restoreJourney, type Repair, type RestoreError } from '../domain/restore';
import { summarize } from '../domain/summary';
import type { JourneyDocumentRow, JourneyMetaRow, RecorridoDatabase, StoredJourneyMetaRow } from './database';
import { MissingJourneyError, StaleRevisionError } from './errors';

export type LoadedJourney =
  | { ok: true; journey: Journey; revision: number; repairs: Repair[]; deletedAt: string | null }
  | { ok: false; error: RestoreError };

function metaOf(journey: Journey, revision: number, deletedAt: string | null): JourneyMetaRow {
  return {
    id: journey.id,
    name: journey.name,
    createdAt: journey.createdAt,
    updatedAt: journey.updatedAt,
    deletedAt,
    revision,
    summary: summarize(journey),
  };
}

/** Whether a stored row's summary is complete: rows written by earlier builds have no curve. */
function hasCurve(row: StoredJourneyMetaRow): row is JourneyMetaRow {
  return Array.isArray(row.summary.curve);
}

function documentRow(journey: Journey, revision: number): JourneyDocumentRow {
  return { id: journey.id, revision, json: JSON.stringify(toJourneyFile(journey)) };
}

/** Everything the app stores about journeys goes through here; nothing else touches Dexie. */
export class JourneyRepository {
  constructor(readonly db: RecorridoDatabase) {}

  /** Every journey's library row, trashed ones included, newest edit first. */
  async list(): Promise<JourneyMetaRow[]> {
    const rows = await this.db.journeys.orderBy('updatedAt').reverse().toArray();
    // Rows written by earlier builds lack the emotion curve: it is worked out from the document once.
    return Promise.all(rows.map((row) => (hasCurve(row) ? row : this.completeSummary(row))));
  }

  /** Loads a journey through restore; undefined when it is not stored. */
  async load(id: string): Promise<LoadedJourney | undefined> {
    return this.db.transaction('r', this.db.journeys, this.db.documents, async () => {
      const [meta, doc] = await Promise.all([this.db.journeys.get(id), this.db.documents.get(id)]);
      if (!meta || !doc) return undefined;
      const restored = restoreJourney(doc.json ?? doc.file);
      if (!restored.ok) return { ok: false, error: restored.error };
      return {
        ok: true,
        journey: restored.journey,
        revision: meta.revision,
        repairs: restored.repairs,
        deletedAt: meta.deletedAt,
      };
    });
  }

  /** Stores a journey that is not stored yet, at revision 1. */
  async create(journey: Journey): Promise<void> {
    await this.db.transaction('rw', this.db.journeys, this.db.documents, async () => {
      await this.db.journeys.add(metaOf(journey, 1, null));
      await this.db.documents.add(documentRow(journey, 1));
    });
  }

  /**
   * Writes a journey if storage still holds `baseRevision`; resolves with the new revision once the
   * transaction has committed. Refuses with StaleRevisionError when another writer got there first.
   */
  async save(journey: Journey, baseRevision: number): Promise<number> {
    return this.db.transaction('rw', this.db.journeys, this.db.documents, async () => {
      const meta = await this.db.journeys.get(journey.id);
      if (!meta) throw new MissingJourneyError(journey.id);
      if (meta.revision !== baseRevision) throw new StaleRevisionError(journey.id, baseRevision, meta.revision);
      const revision = baseRevision + 1;
      await this.db.journeys.put(metaOf(journey, revision, meta.deletedAt));
      await this.db.documents.put(documentRow(journey, revision));
      return revision;
    });
  }

  /** Applies a change to a stored journey outside the editor (e.g. renaming from the library). */
  async update(id: string, change: (journey: Journey) => Journey): Promise<Journey> {
    return this.db.transaction('rw', this.db.journeys, this.db.documents, async () => {
      const loaded = await this.load(id);
      if (!loaded) throw new MissingJourneyError(id);
      if (!loaded.ok) throw new Error(loaded.error.detail);
      const next = change(loaded.journey);
      await this.save(next, loaded.revision);
      return next;
    });
  }

  /** Moves a journey to the trash; it stays stored until the trash is emptied. */
  async trash(id: string, now: Date = new Date()): Promise<void> {
    await this.setDeletedAt(id, now.toISOString());
  }

  /** Brings a journey back from the trash. */
  async restoreFromTrash(id: string): Promise<void> {
    await this.setDeletedAt(id, null);
  }

  /** Deletes every trashed journey for good, with its version history; returns how many. */
  async emptyTrash(): Promise<number> {
    const { journeys, documents, snapshots, snapshotFiles } = this.db;
    return this.db.transaction('rw', [journeys, documents, snapshots, snapshotFiles], async () => {
      const trashed = (await journeys.toArray()).filter((j) => j.deletedAt !== null).map((j) => j.id);
      await journeys.bulkDelete(trashed);
      await documents.bulkDelete(trashed);
      const snapshotIds = (await snapshots.where('journeyId').anyOf(trashed).primaryKeys()) as number[];
      await snapshots.bulkDelete(snapshotIds);
      await snapshotFiles.bulkDelete(snapshotIds);
      return trashed.length;
    });
  }

  /**
   * Summarises the document of a row written by an earlier build and stores the completed row, so the
   * document is read once, not on every listing. The revision stays: the journey itself did not change.
   */
  private async completeSummary(row: StoredJourneyMetaRow): Promise<JourneyMetaRow> {
    return this.db.transaction('rw', this.db.journeys, this.db.documents, async () => {
      const [meta, doc] = await Promise.all([this.db.journeys.get(row.id), this.db.documents.get(row.id)]);
      if (meta && hasCurve(meta)) return meta;
      const restored = meta && doc ? restoreJourney(doc.json ?? doc.file) : undefined;
      // Gone meanwhile, or unreadable (opening it will say why): no curve to draw, and nothing written.
      if (!meta || !restored?.ok) return { ...row, summary: { ...row.summary, curve: [] } };
      const completed: JourneyMetaRow = { ...meta, summary: summarize(restored.journey) };
      await this.db.journeys.put(completed);
      return completed;
    });
  }

  private async setDeletedAt(id: string, deletedAt: string | null): Promise<void> {
    await this.db.transaction('rw', this.db.journeys, async () => {
      const meta = await this.db.journeys.get(id);
      if (!meta) throw new MissingJourneyError(id);
      await this.db.journeys.put({ ...meta, deletedAt });
    });
  }
}
