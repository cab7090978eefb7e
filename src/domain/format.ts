import type { Journey } from './journey';

/** Name written into every saved row and exported file, so a loader knows what it holds. */
export const JOURNEY_FORMAT = 'recorrido.journey';
/** The `format` of a backup of the whole library (src/domain/backup.ts). */
export const BACKUP_FORMAT = 'recorrido.backup';
/** Version of the journey document this build writes; migrations.ts brings older ones up to it. */
export const JOURNEY_FORMAT_VERSION = 3;

/** The envelope stored in IndexedDB and written to exported files. */
export interface JourneyFile {
  format: typeof JOURNEY_FORMAT;
  version: typeof JOURNEY_FORMAT_VERSION;
  journey: Journey;
}

/** Wraps a journey in the current file envelope. */
export function toJourneyFile(journey: Journey): JourneyFile {
  return { format: JOURNEY_FORMAT, version: JOURNEY_FORMAT_VERSION, journey };
}
