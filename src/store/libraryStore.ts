import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Journey } from '../domain/journey';
import { loadRestoreModule } from '../domain/lazyRestore';
import { preflightFile } from '../domain/importFile';
import type { Repair, RestoreError } from '../domain/restore';
import type { NamedVersion, UnreadableBackupJourney } from '../domain/backup';
import { cutText, LIMITS } from '../domain/limits';
import type { JourneyMetaRow } from '../storage/database';
import type { JourneyRepository } from '../storage/journeyRepository';
import type { SnapshotRepository } from '../storage/snapshotRepository';

export interface LibraryState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  rows: JourneyMetaRow[];
  error: string | null;
}

/**
 * Names a copy of the journey called `name`: `nth` is 1 for "Me uno (copia)", then 2, 3... for "Me uno (copia 2)"
 * when a journey of the library (trash included) is already called so, as a file manager numbers its copies.
 */
export type CopyName = (name: string, nth: number) => string;

export interface LibraryActions {
  refresh(): Promise<void>;
  /** Stores a new journey (empty, from a template, imported) and returns its id. */
  add(journey: Journey): Promise<string>;
  rename(id: string, name: string): Promise<void>;
  /** Copies a journey under new ids, named by `name` (see CopyName); resolves with the copy's id. */
  duplicate(id: string, name: CopyName): Promise<string>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Deletes trashed journeys for good (those among `only`, or all); resolves with how many went. */
  emptyTrash(only?: ReadonlySet<string>): Promise<number>;
  /**
   * Imports a journey file. A journey whose id is already stored comes in as a copy with new ids, so an
   * import never overwrites anything. A blank name, which the editor never leaves, becomes `fallbackName`
   * (the file's name), listed as a repair. A copy is named by `copyName` (the UI's "Me uno (copia)", then
   * "Me uno (copia 2)"; the name as it was by default), so each is told apart in the library.
   */
  importFile(text: string, byteSize: number, fallbackName?: string, copyName?: CopyName): Promise<ImportResult>;
  /**
   * Stores a journey an importer built (from Mermaid, a table) as a new journey, the way importFile stores
   * a file's: one whose id is already stored comes in as a copy. One whose name a stored journey has (the
   * same diagram or table imported again; the trash aside) is named by `copyName` too, so the two cards are told apart.
   * Resolves with the stored id and name, and whether it came in as a copy of one already here.
   */
  importJourney(journey: Journey, copyName?: CopyName): Promise<{ id: string; name: string; copy: boolean }>;
  /** Every stored journey (trash included), each with its named versions, as one backup file. */
  backup(): Promise<Blob>;
  /**
   * Restores a backup: journeys not stored here come back as they were, with their named versions; one
   * already here with the same last edit is skipped; one that differs comes in as a copy, so nothing stored
   * is overwritten. A journey already here (skipped or copied) gets the named versions of the backup it
   * lacks (same name and time): they are versions of it. A copy
   * keeps its last edit's time (so it lists below a journey edited since) and is named by `copyName(name,
   * editedAt)` (the UI's "Me uno (copia del 12 nov 2026)"; the name as it was by default), cut to the limit;
   * restoring the backup again finds that copy (same name and last edit) and skips it.
   */
  restoreBackup(
    text: string,
    byteSize: number,
    copyName?: (name: string, editedAt: Date) => string,
  ): Promise<BackupRestoreResult>;
}

export type BackupRestoreResult =
  | {
      ok: true;
      restored: number;
      /** Of the journeys restored, how many went to the trash, as they were there when backed up. */
      inTrash: number;
      copies: number;
      skipped: number;
      /** Journeys restored or copied that restore repaired, by the name they came in with. */
      repaired: { name: string; repairs: Repair[] }[];
      unreadable: UnreadableBackupJourney[];
    }
  | { ok: false; error: RestoreError };

export type ImportResult =
  { ok: true; id: string; name: string; copy: boolean; repairs: Repair[] } | { ok: false; error: RestoreError };

export type LibraryStore = StoreApi<LibraryState & LibraryActions>;

/**
 * Where the library reads and writes. The start page lists the rows before the repository (Dexie) has
 * loaded, so the two are apart: `list` may read without it, every other action opens it.
 */
export interface LibraryStorage {
  /** The repository, once it is open (loaded on first need). */
  repository(): Promise<JourneyRepository>;
  /** Every journey's library row, trashed ones included, newest edit first, once storage may be read. */
  list(): Promise<JourneyMetaRow[]>;
}

/** Library storage over a repository at hand: rows listed through it once `ready` (storage may be read) settles. */
export function repositoryStorage(repository: JourneyRepository, ready: Promise<unknown> = Promise.resolve()) {
  return {
    repository: () => Promise.resolve(repository),
    list: async () => {
      await ready;
      return repository.list();
    },
  } satisfies LibraryStorage;
}

/** The version history beside `repository` (loaded when a backup is made or restored, not at start). */
async function snapshotsOf(repository: JourneyRepository): Promise<SnapshotRepository> {
  const { SnapshotRepository } = await import('../storage/snapshotRepository');
  return new SnapshotRepository(repository.db);
}

/** A journey's versions saved under a name, oldest first, each read back through restore. */
async function namedVersions(history: SnapshotRepository, journeyId: string): Promise<NamedVersion[]> {
  const versions: NamedVersion[] = [];
  for (const row of (await history.list(journeyId)).reverse()) {
    if (row.kind !== 'named') continue;
    const loaded = await history.load(row.id);
    if (loaded?.ok) versions.push({ name: row.name, createdAt: row.createdAt, journey: loaded.journey });
  }
  return versions;
}

/** Adds to a journey's history the named versions of a backup it does not have yet (same name and time). */
async function keepVersions(history: SnapshotRepository, journeyId: string, versions: NamedVersion[]) {
  if (versions.length === 0) return;
  const here = await history.list(journeyId);
  for (const { name, createdAt, journey } of versions) {
    if (here.some((row) => row.kind === 'named' && row.name === name && row.createdAt === createdAt)) continue;
    await history.add(journey, 'named', name, new Date(createdAt));
  }
}

/** The journey library: the rows of every stored journey and the actions on them. */
export function createLibraryStore(
  storage: LibraryStorage,
  clock: () => Date = () => new Date(),
  /** Told when a stored journey changed from here (with the update it stored, if its document changed). */
  onChanged: (journeyId: string, update: Uint8Array | null) => void = () => {},
): LibraryStore {
  return createStore<LibraryState & LibraryActions>()((set, get) => {
    const after = async <T>(work: Promise<T>): Promise<T> => {
      const result = await work;
      await get().refresh();
      return result;
    };
    const repo = () => storage.repository();
    // The first of copyName(name, 1), (name, 2)... that no stored journey is called, cut to the limit; a name
    // cut to the limit may never differ, so the count stops once every stored name could have been passed.
    const copyNamed = async (name: string, copyName: CopyName, rows?: readonly JourneyMetaRow[]) => {
      const taken = new Set((rows ?? (await storage.list())).map((row) => row.name));
      let candidate = cutText(copyName(name, 1), LIMITS.journeyName);
      for (let nth = 2; taken.has(candidate) && nth <= taken.size + 1; nth++)
        candidate = cutText(copyName(name, nth), LIMITS.journeyName);
      return candidate;
    };
    return {
      status: 'idle',
      rows: [],
      error: null,

      async refresh() {
        if (get().status === 'idle') set({ status: 'loading' });
        try {
          set({ status: 'ready', rows: await storage.list(), error: null });
        } catch (error) {
          set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
        }
      },

      add: async (journey) => {
        const repository = await repo();
        return after(repository.create(journey).then(() => journey.id));
      },

      async rename(id, name) {
        const repository = await repo();
        return after(
          repository
            .update(id, (j) => ({ ...j, name, updatedAt: clock().toISOString() }))
            .then(({ update }) => onChanged(id, update)),
        );
      },

      async duplicate(id, name) {
        const repository = await repo();
        const loaded = await repository.load(id);
        if (!loaded?.ok) throw new Error(`Journey ${id} cannot be read`);
        const { duplicateJourney } = await loadRestoreModule();
        const copy = duplicateJourney(loaded.journey, await copyNamed(loaded.journey.name, name), clock());
        return after(repository.create(copy).then(() => copy.id));
      },

      async trash(id) {
        const repository = await repo();
        return after(repository.trash(id, clock()).then(() => onChanged(id, null)));
      },
      async restore(id) {
        const repository = await repo();
        return after(repository.restoreFromTrash(id).then(() => onChanged(id, null)));
      },
      async emptyTrash(only) {
        const repository = await repo();
        return after(repository.emptyTrash(only));
      },

      async backup() {
        const repository = await repo();
        const { toBackupFile } = await loadRestoreModule();
        const history = await snapshotsOf(repository);
        const rows = await repository.list();
        const journeys: { journey: Journey; trashedAt: string | null; versions: NamedVersion[] }[] = [];
        for (const row of rows) {
          const loaded = await repository.load(row.id);
          if (loaded?.ok) {
            const versions = await namedVersions(history, row.id);
            journeys.push({ journey: loaded.journey, trashedAt: row.deletedAt, versions });
          }
        }
        const file = toBackupFile(journeys, clock());
        return new Blob([JSON.stringify(file)], { type: 'application/json' });
      },

      async restoreBackup(text, byteSize, copyName = (name) => name) {
        const repository = await repo();
        const { copyUnderNewId, notJsonError, readBackup } = await loadRestoreModule();
        const refused = preflightFile(text, byteSize);
        if (refused) return { ok: false, error: refused };
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch (e) {
          return { ok: false, error: notJsonError(text, e) };
        }
        const read = readBackup(data);
        if (!read.ok) return read;
        let restored = 0;
        let copies = 0;
        let skipped = 0;
        const repaired: { name: string; repairs: Repair[] }[] = [];
        // A copy this backup made before keeps the version's last edit and its dated name: not made twice.
        const rows = await repository.list();
        const copied = (name: string, updatedAt: string) =>
          rows.some((row) => row.name === name && row.updatedAt === updatedAt);
        const history = await snapshotsOf(repository);
        // Copies are made once every journey is sorted, so a to-be copied beside its as-is is linked to the
        // as-is's copy (the version it was designed from), not to the as-is here, edited since.
        const copiesMade: { copy: Journey; name: string; repairs: Repair[] }[] = [];
        const copyIds = new Map<string, string>();
        let inTrash = 0;
        for (const { journey, trashedAt, repairs, versions } of read.journeys) {
          const stored = await repository.load(journey.id);
          if (!stored) {
            await repository.create(journey);
            if (trashedAt) {
              await repository.trash(journey.id, new Date(trashedAt));
              inTrash++;
            }
            await keepVersions(history, journey.id, versions);
            restored++;
            if (repairs.length > 0) repaired.push({ name: journey.name, repairs });
          } else if (stored.ok && stored.journey.updatedAt === journey.updatedAt) {
            // The same journey: its named versions saved elsewhere since join those here.
            await keepVersions(history, journey.id, versions);
            skipped++;
          } else {
            // The named versions are this journey's (same id): its history here gets those it lacks.
            await keepVersions(history, journey.id, versions);
            const name = cutText(copyName(journey.name, new Date(journey.updatedAt)), LIMITS.journeyName);
            if (copied(name, journey.updatedAt)) {
              skipped++;
              continue;
            }
            const copy = { ...copyUnderNewId(journey, clock()), name, updatedAt: journey.updatedAt };
            copyIds.set(journey.id, copy.id);
            copiesMade.push({ copy, name, repairs });
          }
        }
        for (const { copy, name, repairs } of copiesMade) {
          const asIsCopy = copy.asIsId === null ? undefined : copyIds.get(copy.asIsId);
          await repository.create(asIsCopy ? { ...copy, asIsId: asIsCopy } : copy);
          copies++;
          if (repairs.length > 0) repaired.push({ name, repairs });
        }
        await get().refresh();
        return { ok: true, restored, inTrash, copies, skipped, repaired, unreadable: read.unreadable };
      },

      async importFile(text, byteSize, fallbackName, copyName) {
        const restored = (await loadRestoreModule()).readJourneyFile(text, byteSize);
        if (!restored.ok) return restored;
        let { journey, repairs } = restored;
        if (journey.name.trim() === '' && fallbackName?.trim()) {
          journey = { ...journey, name: cutText(fallbackName.trim(), LIMITS.journeyName) };
          repairs = [...repairs, { code: 'named-after-file', path: 'journey.name' }];
        }
        const stored = await get().importJourney(journey, copyName);
        return { ok: true, ...stored, repairs };
      },

      async importJourney(imported, copyName) {
        const repository = await repo();
        const copy = await repository.has(imported.id);
        // The rows are listed once, for both whether the name is taken and the copy's name.
        const named = async () => {
          if (!copyName) return imported.name;
          const rows = await storage.list();
          const taken = copy || rows.some((row) => row.name === imported.name && !row.deletedAt);
          return taken ? copyNamed(imported.name, copyName, rows) : imported.name;
        };
        const journey = copy
          ? { ...(await loadRestoreModule()).copyUnderNewId(imported, clock()), name: await named() }
          : { ...imported, name: await named() };
        await after(repository.create(journey));
        return { id: journey.id, name: journey.name, copy };
      },
    };
  });
}
