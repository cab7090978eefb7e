import { toJourneyFile, type JourneyFile } from './format';
import type { Journey } from './journey';
import { restoreJourney, type RestoreError } from './restore';

export const BACKUP_FORMAT = 'recorrido.backup';
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

export type BackupReadResult =
  | { ok: true; journeys: { journey: Journey; trashedAt: string | null }[]; refused: number }
  | { ok: false; error: RestoreError };

/**
 * Reads a backup: each journey goes through restoreJourney on its own, so one damaged journey is counted
 * as refused and the others still come back. A plain journey file is accepted too.
 */
export function readBackup(data: unknown): BackupReadResult {
  const value = data as Partial<BackupFile> | null;
  if (value && typeof value === 'object' && value.format === BACKUP_FORMAT) {
    if (typeof value.version !== 'number' || value.version > BACKUP_FORMAT_VERSION) {
      return {
        ok: false,
        error: {
          code: 'newer-version',
          path: 'version',
          detail: 'Backup from a newer Recorrido',
          version: value.version,
        },
      };
    }
    if (!Array.isArray(value.journeys)) {
      return { ok: false, error: { code: 'invalid-structure', path: 'journeys', detail: 'Expected a list' } };
    }
    const journeys: { journey: Journey; trashedAt: string | null }[] = [];
    let refused = 0;
    for (const entry of value.journeys as unknown[]) {
      const item = entry as { file?: unknown; trashedAt?: unknown } | null;
      const restored = restoreJourney(item?.file);
      if (!restored.ok) refused++;
      else
        journeys.push({
          journey: restored.journey,
          trashedAt: typeof item?.trashedAt === 'string' ? item.trashedAt : null,
        });
    }
    return { ok: true, journeys, refused };
  }
  const single = restoreJourney(data);
  return single.ok ? { ok: true, journeys: [{ journey: single.journey, trashedAt: null }], refused: 0 } : single;
}
