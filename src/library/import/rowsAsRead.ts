import type { ImportWarning } from '../../domain/import/importResult';
import type { TableRows } from '../../domain/table';
import type { TableDraft } from './readImport';

/** The rows a table draft is built from, the sheet's row number of the first, and what reading them said. */
export interface RowsAsRead {
  rows: TableRows;
  firstRow: number;
  warnings: ImportWarning[];
}

/**
 * What a draft is read from, as the user says whether it has a header row ("The first row names the
 * columns"). With one, from the header row findHeaderRow found, the rows above it left out and said so.
 * Without, the table is read whole from the sheet's row 1: the rows above the header are data like the
 * rest (the user saw the header was not one), so nothing was left out and no `rows-above-header` is said;
 * what else reading said (encoding, quotes) stays, with the sheet's row numbers.
 */
export function rowsAsRead(draft: TableDraft, hasHeader: boolean): RowsAsRead {
  if (hasHeader) return { rows: draft.rows, firstRow: draft.firstRow, warnings: draft.warnings };
  return {
    rows: draft.allRows,
    firstRow: 1,
    warnings: draft.warnings.filter((warning) => warning.code !== 'rows-above-header'),
  };
}
