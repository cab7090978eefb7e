import type * as Y from 'yjs';
import type { Journey } from '../domain/journey';
import { loadRestoreModule } from '../domain/lazyRestore';
import type { Repair, RestoreError } from '../domain/restore';
import { summarize } from '../domain/summary';
import { INSIGHTS_PROJECTION_VERSION, projectForInsights } from '../domain/insights/projection';
import type { InsightsRow, JourneyMetaRow, RecorridoDatabase, StoredJourneyMetaRow } from './database';
import { MissingJourneyError } from './errors';
import { hasCurve, withState, type CurvedRow } from './libraryRows';
import { loadDocModule } from '../doc/lazy';

/** The Yjs side of storage, loaded with the first journey read or written, not with the library. */
const docModule = loadDocModule;

export type LoadedJourney =
  | {
      ok: true;
      journey: Journey;
      /** The journey's Yjs document, holding every stored update (the editor adopts it). */
      doc: Y.Doc;
      /** Bumped by every write; tells whether storage moved on since a journey was read. */
      revision: number;
      /** What restore had to change to make the stored journey valid (written back by the editor). */
      repairs: Repair[];
      deletedAt: string | null;
    }
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

/** The insights projection of a journey as of the library row at `revision` (see InsightsRow). */
function insightsOf(journey: Journey, revision: number): InsightsRow {
  return { id: journey.id, revision, version: INSIGHTS_PROJECTION_VERSION, journey: projectForInsights(journey) };
}

/** Whether a stored projection still says what the journey's library row at `revision` holds. */
export function isCurrentInsights(row: InsightsRow | undefined, revision: number): row is InsightsRow {
  return row !== undefined && row.revision === revision && row.version === INSIGHTS_PROJECTION_VERSION;
}

/** A journey's update rows are compacted into one once there are this many. */
export const COMPACT_AFTER_UPDATES = 64;

/**
 * Everything the app stores about journeys goes through here; nothing else touches Dexie. A journey is a
 * library row (name, summary, revision) and its Yjs document, kept as update rows that merge in any order,
 * so writes from two tabs, or a tab and a sync server, never overwrite each other.
 */
export class JourneyRepository {
  constructor(readonly db: RecorridoDatabase) {}

  /** Every journey's library row, trashed ones included, newest edit first. */
  async list(): Promise<JourneyMetaRow[]> {
    const rows = await this.db.journeys.orderBy('updatedAt').reverse().toArray();
    // Rows written by earlier builds lack the emotion curve: it is worked out from the journey once.
    const complete = await Promise.all(rows.map((row) => (hasCurve(row) ? row : this.completeSummary(row))));
    return complete.map(withState);
  }

  /**
   * Loads a journey: its document from its updates, read as plain data and checked by restore.
   * A journey stored by an earlier build (a JSON document, no updates) is converted on the way, once.
   * Undefined when it is not stored.
   */
  async load(id: string): Promise<LoadedJourney | undefined> {
    const [{ decodeJourney, docJourneyFile, encodeJourney, upgradeDoc }, { restoreJourney }] = await Promise.all([
      docModule(),
      loadRestoreModule(),
    ]);
    const { journeys, documents, updates } = this.db;
    return this.db.transaction('rw', journeys, documents, updates, async () => {
      const meta = await journeys.get(id);
      if (!meta) return undefined;
      let rows = (await updates.where('journeyId').equals(id).toArray()).map((row) => row.update);
      if (rows.length === 0) {
        const legacy = await documents.get(id);
        if (!legacy) return undefined;
        const restored = restoreJourney(legacy.json ?? legacy.file);
        if (!restored.ok) return { ok: false as const, error: restored.error };
        rows = [encodeJourney(restored.journey)];
        await updates.add({ journeyId: id, update: rows[0] } as never);
        await documents.delete(id);
      }
      const { doc, journey } = decodeJourney(rows);
      const restored = restoreJourney(docJourneyFile(doc, journey));
      if (!restored.ok) return { ok: false as const, error: restored.error };
      // A document of an earlier format is migrated once, and the migration stored like any edit.
      const upgrade = upgradeDoc(doc, journey, restored.journey);
      if (upgrade) await updates.add({ journeyId: id, update: upgrade } as never);
      return {
        ok: true as const,
        journey: restored.journey,
        doc,
        revision: meta.revision,
        repairs: restored.repairs,
        deletedAt: meta.deletedAt,
      };
    });
  }

  /** A journey's library row as stored (its name, revision, whether it is in the trash), or undefined. */
  async meta(id: string): Promise<StoredJourneyMetaRow | undefined> {
    return this.db.journeys.get(id);
  }

  /** Whether a journey with this id is stored (in the library or the trash). */
  async has(id: string): Promise<boolean> {
    return (await this.db.journeys.get(id)) !== undefined;
  }

  /**
   * Stores a journey received whole as a Yjs state (e.g. joined from a share link), at revision 1; when it
   * is stored already, the state merges into it.
   */
  async createFromState(journey: Journey, state: Uint8Array): Promise<void> {
    if (await this.has(journey.id)) {
      await this.mergeUpdate(journey.id, state);
      return;
    }
    await this.db.transaction('rw', this.db.journeys, this.db.updates, this.db.insights, async () => {
      await this.db.journeys.add(metaOf(journey, 1, null));
      await this.db.insights.put(insightsOf(journey, 1));
      await this.db.updates.add({ journeyId: journey.id, update: state } as never);
    });
  }

  /** Stores a journey that is not stored yet, at revision 1. */
  async create(journey: Journey): Promise<void> {
    const { encodeJourney } = await docModule();
    const update = encodeJourney(journey);
    await this.db.transaction('rw', this.db.journeys, this.db.updates, this.db.insights, async () => {
      await this.db.journeys.add(metaOf(journey, 1, null));
      await this.db.insights.put(insightsOf(journey, 1));
      await this.db.updates.add({ journeyId: journey.id, update } as never);
    });
  }

  /**
   * Stores an update of a journey's document and its library row and insights projection as of `journey`
   * (what the document now holds); resolves with the new revision once the transaction has committed. Throws MissingJourneyError
   * when the journey was deleted meanwhile. `insights: false` leaves the projection out, for a caller that
   * writes it later with writeInsights (the editor while someone types: storing the projection of 2,000
   * touchpoints is most of a save's cost); until then the stored one is of an older revision, which the
   * insights page knows to rebuild.
   */
  async appendUpdate(journey: Journey, update: Uint8Array, { insights: withInsights = true } = {}): Promise<number> {
    const { journeys, updates, insights } = this.db;
    return this.db.transaction('rw', journeys, updates, insights, async () => {
      const meta = await journeys.get(journey.id);
      if (!meta) throw new MissingJourneyError(journey.id);
      const revision = meta.revision + 1;
      await journeys.put(metaOf(journey, revision, meta.deletedAt));
      if (withInsights) await insights.put(insightsOf(journey, revision));
      await updates.add({ journeyId: journey.id, update } as never);
      return revision;
    });
  }

  /**
   * Stores the insights projection of `journey`, what the journey held at `revision`, unless the journey has
   * moved on since (another write then stores or schedules its own) or is gone. Resolves with whether it was stored.
   */
  async writeInsights(journey: Journey, revision: number): Promise<boolean> {
    const { journeys, insights } = this.db;
    return this.db.transaction('rw', journeys, insights, async () => {
      const meta = await journeys.get(journey.id);
      if (meta?.revision !== revision) return false;
      await insights.put(insightsOf(journey, revision));
      return true;
    });
  }

  /** Every stored update of a journey merged into one, with the revision it is at; undefined if not stored. */
  async storedState(id: string): Promise<{ state: Uint8Array; revision: number } | undefined> {
    const { mergeUpdates } = await docModule();
    return this.db.transaction('r', this.db.journeys, this.db.updates, async () => {
      const meta = await this.db.journeys.get(id);
      const rows = await this.db.updates.where('journeyId').equals(id).toArray();
      if (!meta || rows.length === 0) return undefined;
      return { state: mergeUpdates(rows.map((r) => r.update)), revision: meta.revision };
    });
  }

  /**
   * Replaces a journey's update rows by their merge once there are COMPACT_AFTER_UPDATES or more. Rows
   * another tab adds meanwhile are left alone: only the rows read are replaced, in one transaction.
   */
  async compact(id: string, threshold = COMPACT_AFTER_UPDATES): Promise<boolean> {
    const { mergeUpdates } = await docModule();
    return this.db.transaction('rw', this.db.updates, async () => {
      const rows = await this.db.updates.where('journeyId').equals(id).toArray();
      if (rows.length < Math.max(2, threshold)) return false;
      const merged = mergeUpdates(rows.map((r) => r.update));
      await this.db.updates.bulkDelete(rows.map((r) => r.seq));
      await this.db.updates.add({ journeyId: id, update: merged } as never);
      return true;
    });
  }

  /**
   * Applies a change to a stored journey outside the editor (e.g. renaming from the library), as an update
   * of its document, so it merges with edits the editor or another tab makes meanwhile. Resolves with the
   * changed journey and the update (null when nothing changed).
   */
  async update(
    id: string,
    change: (journey: Journey) => Journey,
  ): Promise<{ journey: Journey; update: Uint8Array | null; revision: number }> {
    const { changeDoc, docToJourney } = await docModule();
    const loaded = await this.load(id);
    if (!loaded) throw new MissingJourneyError(id);
    if (!loaded.ok) throw new Error(loaded.error.detail);
    const before = docToJourney(loaded.doc);
    const update = changeDoc(loaded.doc, before, change(loaded.journey));
    const journey = docToJourney(loaded.doc);
    const revision = update ? await this.appendUpdate(journey, update) : loaded.revision;
    return { journey, update, revision };
  }

  /**
   * Merges an update into a stored journey (e.g. edits recovered from a safety copy) and stores it with
   * the library row it leads to. Resolves with the new revision, or undefined when the journey is not stored.
   */
  async mergeUpdate(id: string, update: Uint8Array): Promise<number | undefined> {
    const { Y, docToJourney } = await docModule();
    const loaded = await this.load(id);
    if (!loaded?.ok) return undefined;
    Y.applyUpdate(loaded.doc, update);
    return this.appendUpdate(docToJourney(loaded.doc), update);
  }

  /** Moves a journey to the trash; it stays stored until the trash is emptied. */
  async trash(id: string, now: Date = new Date()): Promise<void> {
    await this.setDeletedAt(id, now.toISOString());
  }

  /** Brings a journey back from the trash. */
  async restoreFromTrash(id: string): Promise<void> {
    await this.setDeletedAt(id, null);
  }

  /**
   * Deletes trashed journeys for good, with their updates, projection, share and version history: those
   * among `only` (ids the user confirmed; one restored meanwhile stays), or every trashed one when `only`
   * is not given; returns how many were deleted.
   */
  async emptyTrash(only?: ReadonlySet<string>): Promise<number> {
    const { journeys, documents, updates, shares, snapshots, snapshotFiles, insights } = this.db;
    const tables = [journeys, documents, updates, shares, snapshots, snapshotFiles, insights];
    return this.db.transaction('rw', tables, async () => {
      const trashed = (await journeys.toArray())
        .filter((j) => j.deletedAt !== null && (!only || only.has(j.id)))
        .map((j) => j.id);
      await journeys.bulkDelete(trashed);
      await insights.bulkDelete(trashed);
      await documents.bulkDelete(trashed);
      await updates.where('journeyId').anyOf(trashed).delete();
      await shares.bulkDelete(trashed);
      const snapshotIds = (await snapshots.where('journeyId').anyOf(trashed).primaryKeys()) as number[];
      await snapshots.bulkDelete(snapshotIds);
      await snapshotFiles.bulkDelete(snapshotIds);
      return trashed.length;
    });
  }

  /**
   * Summarises the journey of a row written by an earlier build and stores the completed row, so it is
   * read once, not on every listing. The revision stays: the journey itself did not change.
   */
  private async completeSummary(row: StoredJourneyMetaRow): Promise<CurvedRow> {
    const loaded = await this.load(row.id).catch(() => undefined);
    // Unreadable (opening it will say why): no curve to draw, and nothing written.
    if (!loaded?.ok) return { ...row, summary: { curve: [], openOpportunityCount: 0, ...row.summary } };
    return this.db.transaction('rw', this.db.journeys, this.db.insights, async () => {
      const meta = await this.db.journeys.get(row.id);
      if (!meta) return { ...row, summary: { curve: [], openOpportunityCount: 0, ...row.summary } };
      if (hasCurve(meta)) return meta;
      const completed: JourneyMetaRow = { ...meta, summary: summarize(loaded.journey) };
      await this.db.journeys.put(completed);
      // The journey is read anyway: its projection comes along, sparing the insights page a decode.
      if (meta.revision === loaded.revision) await this.db.insights.put(insightsOf(loaded.journey, meta.revision));
      return completed;
    });
  }

  /**
   * Stores the insights projections of journeys read whole at a known revision (rows written before
   * projections existed: see readJourneys), so each is decoded once. One whose library row moved on or went
   * meanwhile is skipped: the save that moved it wrote its own.
   */
  async storeInsights(read: readonly { journey: Journey; revision: number }[]): Promise<void> {
    if (read.length === 0) return;
    const { journeys, insights } = this.db;
    await this.db.transaction('rw', journeys, insights, async () => {
      const metas = await journeys.bulkGet(read.map((r) => r.journey.id));
      const current = read.filter((r, i) => metas[i]?.revision === r.revision);
      await insights.bulkPut(current.map((r) => insightsOf(r.journey, r.revision)));
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
