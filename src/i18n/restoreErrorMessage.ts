import type { TFunction } from 'i18next';
import type { RestoreError } from '../domain/restore';

/**
 * A restore error as a sentence in the UI language, naming the problem and where it is (a path in the
 * journey, or a line and column of the file). The error's English detail, the JavaScript engine's or
 * zod's, is never shown: it is for developers.
 */
export function restoreErrorMessage(t: TFunction, error: RestoreError): string {
  if (error.code === 'not-json' && error.line !== undefined)
    return t('restore.notJsonAt', { line: error.line, column: error.column });
  return t(`restore.${error.code}`, {
    path: error.path,
    version: error.version,
    touchpoints: error.count,
    limit: error.limit,
  });
}
