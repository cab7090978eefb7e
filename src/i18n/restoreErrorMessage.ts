import type { TFunction } from 'i18next';
import type { RestoreError } from '../domain/restore';

/** A restore error as a sentence in the UI language, naming the problem and where it is. */
export function restoreErrorMessage(t: TFunction, error: RestoreError): string {
  return t(`restore.${error.code}`, { path: error.path, detail: error.detail, version: error.version });
}
