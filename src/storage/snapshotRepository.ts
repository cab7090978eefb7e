import Dexie from 'dexie';
import { toJourneyFile } from '../domain/format';
import type { Journey } from '../domain/journey';
import { loadRestoreModule } from '../domain/lazyRestore';
import type { RestoreResult } from '../domain/restore';
import { sameContent } from '../domain/snapshotContent';
import { summarize } from '../domain/summary';
import type { RecorridoDatabase, SnapshotKind, SnapshotRow } from './database';

/** Automatic snapshots kept per journey; named and before-restore ones are never pruned. */
export const AUTO_SNAPSHOT_CAP = 30;

export interface SnapshotRepositoryOptions {
  /** How many automatic snapshots to keep per journey. */
  autoCap?: number;
}

/** A journey's version history in IndexedDB; rows are listed without their documents. */
export class SnapshotRepository {
  readonly autoCap: number;

  constructor(
    readonly db: RecorridoDatabase,
    options: SnapshotRepositoryOptions = {},
  ) {
    this.autoCap = options.autoCap ?? AUTO_SNAPSHOT_CAP;
  }

  /** Stores a snapshot of `journey`; for automatic ones, prunes the oldest beyond the cap. Resolves with its id. */
  async add(journey: Journey, kind: SnapshotKind, name = '', now: Date = new Date()): Promise<number> {
    const { snapshots, snapshotFiles } = this.db;
    return this.db.transaction('rw', snapshots, snapshotFiles, async () => {
      const row: Omit<SnapshotRow, 'id'> = {
        journeyId: journey.id,
        createdAt: now.toISOString(),
        kind,
        name: name.trim(),
        journeyName: journey.name,
        summary: summarize(journey),
      };
      const id = (await snapshots.add(row as SnapshotRow)) as number;
      await snapshotFiles.add({ id, file: toJourneyFile(journey) });
      if (kind === 'auto') await this.prune(journey.id);
      return id;
    });
  }

  /** A journey's snapshots, newest first. */
  async list(journeyId: string): Promise<SnapshotRow[]> {
    return this.db.snapshots
      .where('[journeyId+createdAt]')
      .between([journeyId, Dexie.minKey], [journeyId, Dexie.maxKey])
      .reverse()
      .toArray();
  }

  /** Reads a snapshot's journey back through restore; undefined when it is not stored. */
  async load(id: number): Promise<RestoreResult | undefined> {
    const row = await this.db.snapshotFiles.get(id);
    return row ? (await loadRestoreModule()).restoreJourney(row.file) : undefined;
  }

  /** True when the journey's newest snapshot holds the same content as `journey` (timestamps aside). */
  async isSameAsNewest(journey: Journey): Promise<boolean> {
    const [newest] = await this.list(journey.id).then((rows) => rows.slice(0, 1));
    if (!newest) return false;
    const loaded = await this.load(newest.id);
    return loaded?.ok === true && sameContent(loaded.journey, journey);
  }

  /** Deletes the journey's automatic snapshots beyond the cap, oldest first; named ones stay. */
  async prune(journeyId: string): Promise<number> {
    const { snapshots, snapshotFiles } = this.db;
    return this.db.transaction('rw', snapshots, snapshotFiles, async () => {
      const autos = (await this.list(journeyId)).filter((row) => row.kind === 'auto');
      const excess = autos.slice(this.autoCap).map((row) => row.id);
      await snapshots.bulkDelete(excess);
      await snapshotFiles.bulkDelete(excess);
      return excess.length;
    });
  }
}
