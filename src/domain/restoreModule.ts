/**
 * Everything that checks or builds a journey with the zod schemas, in one module loaded on demand (see
 * lazyRestore.ts): restore, the repair of changes that arrived from elsewhere, blank elements, file import,
 * backups and copies. zod is ~26 kB gzip that the library's first screen, which lists stored rows and
 * validates nothing, does not need.
 */
export { notJsonError, readJourneyFile, restoreJourney } from './restore';
export { repairArrived } from './arrival';
export { blankJourney, blankOpportunity, blankPersona, blankTouchpoint } from './blank';
export { copyUnderNewId, createEmptyJourney, duplicateJourney } from './factory';
export { readBackup, toBackupFile } from './backup';
