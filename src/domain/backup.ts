import { BACKUP_FORMAT, toJourneyFile, type JourneyFile } from './format';
import type { Journey } from './journey';
import { cutText, LIMITS } from './limits';
import { restoreJourney, type Repair, type RestoreError } from './restore';

/**
 * 1. A journey's named versions (`versions`) were added later without a new version: a build from before
 * reads such a backup and leaves them out, rather than refusing it as newer.
 */
export const BACKUP_FORMAT_VERSION = 1;

/** A version of a journey its user saved under a name (the history's named snapshots), as a backup holds it. */
export interface BackupVersion {
  name: string;
  /** ISO time it was saved. */
  createdAt: string;
  file: JourneyFile;
}

/**
 * Every journey of the library in one file; each inside the same envelope as a single journey file, with
 * its named versions (automatic ones stay behind: the history keeps them for going back here, not for moving).
 */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  journeys: { file: JourneyFile; trashedAt: string | null; versions?: BackupVersion[] }[];
}

/** A named version read back: its name, when it was saved, and the journey it holds. */
export interface NamedVersion {
  name: string;
  createdAt: string;
  journey: Journey;
}

/** Builds a backup of the given journeys, each with its named versions. */
export function toBackupFile(
  journeys: { journey: Journey; trashedAt: string | null; versions: NamedVersion[] }[],
  now: Date,
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    journeys: journeys.map(({ journey, trashedAt, versions }) => ({
      file: toJourneyFile(journey),
      trashedAt,
      versions: versions.map(({ name, createdAt, journey: version }) => ({
        name,
        createdAt,
        file: toJourneyFile(version),
      })),
    })),
  };
}

/**
 * The named versions of a backup's journey entry that can be read and are of that journey (`journeyId`),
 * their names trimmed and cut as the history keeps them and their times as ISO strings (so one restored
 * again is found, not added twice); one that cannot be read is left out, as the journey itself still comes back.
 */
function versionsIn(entry: unknown, journeyId: string): NamedVersion[] {
  const list = (entry as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const { name, createdAt, file } = (item ?? {}) as Partial<Record<keyof BackupVersion, unknown>>;
    if (typeof name !== 'string' || typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return [];
    const restored = restoreJourney(file, { maxTouchpoints: LIMITS.touchpoints });
    if (!restored.ok || restored.journey.id !== journeyId) return [];
    const at = new Date(createdAt).toISOString();
    return [{ name: cutText(name.trim(), LIMITS.snapshotName), createdAt: at, journey: restored.journey }];
  });
}

/** A journey of a backup that could not be read: its place in the file (1-based), its name if it has one. */
export interface UnreadableBackupJourney {
  position: number;
  name: string | null;
  error: RestoreError;
}

export type BackupReadResult =
  | {
      ok: true;
      /** The journeys read, each with what restore repaired in it (see restoreJourney) and its named versions. */
      journeys: { journey: Journey; trashedAt: string | null; repairs: Repair[]; versions: NamedVersion[] }[];
      unreadable: UnreadableBackupJourney[];
    }
  | { ok: false; error: RestoreError };

/** The name a journey file of a backup gives its journey, if it is a text, whatever else is wrong. */
function nameIn(file: unknown): string | null {
  const journey = (file as { journey?: unknown } | null)?.journey;
  const name = (journey as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/**
 * Reads a backup: each journey goes through restoreJourney on its own, so one
 * damaged journey, or one past LIMITS.touchpoints (as an import refuses it), is listed as unreadable (with its place and name) and the others still come back, each
 * with its repairs and named versions. A plain journey file is accepted too.
 */
export function readBackup(data: unknown): BackupReadResult {
  const value = data as Partial<BackupFile> | null;
  if (value && typeof value === 'object' && value.format === BACKUP_FORMAT) {
    if (typeof value.version !== 'number' || value.version > BACKUP_FORMAT_VERSION) {
      return {
        ok: false,
        error: {
          code: 'newer-backup',
          path: 'version',
          detail: 'Backup from a newer Recorrido',
          version: value.version,
        },
      };
    }
    if (!Array.isArray(value.journeys)) {
      return { ok: false, error: { code: 'damaged-backup', path: 'journeys', detail: 'Expected a list' } };
    }
    const journeys: { journey: Journey; trashedAt: string | null; repairs: Repair[]; versions: NamedVersion[] }[] = [];
    const unreadable: UnreadableBackupJourney[] = [];
    (value.journeys as unknown[]).forEach((entry, index) => {
      const item = entry as { file?: unknown; trashedAt?: unknown } | null;
      const restored = restoreJourney(item?.file, { maxTouchpoints: LIMITS.touchpoints });
      if (!restored.ok) unreadable.push({ position: index + 1, name: nameIn(item?.file), error: restored.error });
      else
        journeys.push({
          journey: restored.journey,
          trashedAt: typeof item?.trashedAt === 'string' ? item.trashedAt : null,
          repairs: restored.repairs,
          versions: versionsIn(item, restored.journey.id),
        });
    });
    return { ok: true, journeys, unreadable };
  }
  const single = restoreJourney(data, { maxTouchpoints: LIMITS.touchpoints });
  return single.ok
    ? {
        ok: true,
        journeys: [{ journey: single.journey, trashedAt: null, repairs: single.repairs, versions: [] }],
        unreadable: [],
      }
    : single;
}
