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
  /**
   * Every row of the table from its row 1, the rows above the header included: what the table is read
   * from when the user says it has no header row after all (the column-mapping dialog's checkbox).
   */
  allRows: TableRows;
  /** guessColumnMapping of rows[0]. */
  guess: ColumnGuess;
  /** 1-based row of the sheet that rows[0] is: 1 unless rows above the header were left out. */
  firstRow: number;
  /** `rows-above-header` (at the header's row, `count` the rows left out) when some were; else empty. */
  warnings: ImportWarning[];
  /**
   * Whether rows[0] is a journey table's header: it names the touchpoints' column beside other cells. False
   * for a table read whole without one, and for a cover of one-cell rows whose title names touchpoints.
   */
  found: boolean;
}

/**
 * Whether a guess's header names the touchpoints' (title) column: the header of a journey's table, not a
 * cover sheet, a title row or data.
 */
function namesTouchpoints(guess: ColumnGuess): boolean {
  return guess.mapping.hasHeader && guess.mapping.columns.title !== null;
}

/**
 * Most cells a row above the headers may fill: a title and a date ("Journey: Me uno", "3 March"). A row
 * filling more is data, and a table with data above a header-like row is read from its first row.
 */
const TITLE_ROW_CELLS = 2;

/** How many cells of a row hold something. */
const filled = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '').length;

/** How many columns a guess maps: to a field, or as a persona's emotion. */
function mappedColumns(guess: ColumnGuess): number {
  const { columns, personaColumns } = guess.mapping;
  return Object.values(columns).filter((column) => column !== null).length + personaColumns.length;
}

/**
 * Finds the header row among the first HEADER_SEARCH_ROWS rows of a table and drops the rows above it.
 * Row 0 stays the header when it names the touchpoints' column in a row of several cells. Otherwise the
 * header is the first row below it that names that column and at least one other, provided every row above
 * it is a title, a date or blank (at most TITLE_ROW_CELLS cells filled): cells only have to hold a field's
 * word to name it ("Completo el paso de registro" holds "paso"), so a row below data is never taken for
 * the headers, and a table without headers, or with headers that do not name the touchpoints ("Etapa,
 * Momento, Canal"), is read whole as before. A one-cell title naming touchpoints ("Puntos de contacto del
 * alta") gives way to a header row below it. When no row qualifies, every row is kept and row 0's guess
 * returned. Pure; `rows` is not changed.
 */
export function findHeaderRow(rows: TableRows): HeaderedTable {
  const guess = guessColumnMapping(rows[0] ?? []);
  const found = namesTouchpoints(guess) && filled(rows[0] ?? []) > 1;
  const whole: HeaderedTable = { rows, allRows: rows, guess, firstRow: 1, warnings: [], found };
  if (found) return whole;
  for (let index = 1; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    if (filled(rows[index - 1]) > TITLE_ROW_CELLS) break;
    const guess = guessColumnMapping(rows[index]);
    if (!namesTouchpoints(guess) || mappedColumns(guess) < 2) continue;
    const firstRow = index + 1;
    return {
      rows: rows.slice(index),
      allRows: rows,
      guess,
      firstRow,
      warnings: [{ code: 'rows-above-header', row: firstRow, count: index }],
      found: true,
    };
  }
  return whole;
}
