import { BACKUP_FORMAT, toJourneyFile, type JourneyFile } from './format';
import type { Journey } from './journey';
import { restoreJourney, type Repair, type RestoreError } from './restore';

export const BACKUP_FORMAT_VERSION = 1;

/** Every journey of the library in one file; each inside the same envelope as a single journey file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  journeys: { file: JourneyFile; trashedAt: string | null }[];
}

/** Builds a backup of the given journeys. */
export function toBackupFile(journeys: { journey: Journey; trashedAt: string | null }[], now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    journeys: journeys.map(({ journey, trashedAt }) => ({ file: toJourneyFile(journey), trashedAt })),
  };
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
      /** The journeys read, each with what restore repaired in it (see restoreJourney). */
      journeys: { journey: Journey; trashedAt: string | null; repairs: Repair[] }[];
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
 * Reads a backup: each journey goes through restoreJourney on its own, so one damaged journey is listed as
 * unreadable (with its place and name) and the others still come back, each with its repairs. A plain
 * journey file is accepted too.
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
      return { ok: false, error: { code: 'invalid-structure', path: 'journeys', detail: 'Expected a list' } };
    }
    const journeys: { journey: Journey; trashedAt: string | null; repairs: Repair[] }[] = [];
    const unreadable: UnreadableBackupJourney[] = [];
    (value.journeys as unknown[]).forEach((entry, index) => {
      const item = entry as { file?: unknown; trashedAt?: unknown } | null;
      const restored = restoreJourney(item?.file);
      if (!restored.ok) unreadable.push({ position: index + 1, name: nameIn(item?.file), error: restored.error });
      else
        journeys.push({
          journey: restored.journey,
          trashedAt: typeof item?.trashedAt === 'string' ? item.trashedAt : null,
          repairs: restored.repairs,
        });
    });
    return { ok: true, journeys, unreadable };
  }
  const single = restoreJourney(data);
  return single.ok
    ? { ok: true, journeys: [{ journey: single.journey, trashedAt: null, repairs: single.repairs }], unreadable: [] }
    : single;
}
