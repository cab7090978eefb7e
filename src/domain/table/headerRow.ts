import type { ImportWarning } from '../import/importResult';
import { guessColumnMapping, type ColumnGuess } from './columns';
import type { TableRows } from './delimited';

/**
 * Rows looked at for the header row, the first included: room for a title ("Journey: Me uno"), a date,
 * a note or two and blank rows above the headers, as spreadsheets made by hand often start. A header
 * further down is not looked for: the user maps the columns by hand, as for a table without one.
 */
export const HEADER_SEARCH_ROWS = 10;

/** A table cut to start at its header row, with the header's guessed mapping. */
export interface HeaderedTable {
  /** The rows from the header row on: every row when the header is the first row or was not found. */
  rows: TableRows;
  /** guessColumnMapping of rows[0]. */
  guess: ColumnGuess;
  /** 1-based row of the sheet that rows[0] is: 1 unless rows above the header were left out. */
  firstRow: number;
  /** `rows-above-header` (at the header's row, `count` the rows left out) when some were; else empty. */
  warnings: ImportWarning[];
}

/**
 * Whether a guess's header names the touchpoints' (title) column: the header of a journey's table, not a
 * cover sheet, a title row or data.
 */
export function namesTouchpoints(guess: ColumnGuess): boolean {
  return guess.mapping.hasHeader && guess.mapping.columns.title !== null;
}

/** How many columns a guess maps: to a field, or as a persona's emotion. */
function mappedColumns(guess: ColumnGuess): number {
  const { columns, personaColumns } = guess.mapping;
  return Object.values(columns).filter((column) => column !== null).length + personaColumns.length;
}

/**
 * Finds the header row among the first HEADER_SEARCH_ROWS rows of a table and drops the rows above it.
 * Row 0 stays the header when it names the touchpoints' column (namesTouchpoints). Otherwise the header is
 * the first row below it that names that column and at least one other: a data row may hold a title's
 * word ("Completar el paso de pago") but seldom two fields' names, so a table without headers is not cut.
 * When no row qualifies, every row is kept and row 0's guess returned, as for a table read whole. Pure;
 * `rows` is not changed.
 */
export function findHeaderRow(rows: TableRows): HeaderedTable {
  const whole: HeaderedTable = { rows, guess: guessColumnMapping(rows[0] ?? []), firstRow: 1, warnings: [] };
  if (namesTouchpoints(whole.guess)) return whole;
  for (let index = 1; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const guess = guessColumnMapping(rows[index]);
    if (!namesTouchpoints(guess) || mappedColumns(guess) < 2) continue;
    const firstRow = index + 1;
    return {
      rows: rows.slice(index),
      guess,
      firstRow,
      warnings: [{ code: 'rows-above-header', row: firstRow, count: index }],
    };
  }
  return whole;
}
