import { refuse, type ImportRefusal, type ImportWarning } from '../import/importResult';
import { checkImportText, decodeImportBytes, looksLikeOle, looksLikeZip } from '../import/inputText';
import type { ColumnGuess } from './columns';
import { parseDelimitedText, type Delimiter, type TableRows } from './delimited';
import { findHeaderRow } from './headerRow';
import { readXlsx } from './xlsx';

/** A table to import: text (pasted from a spreadsheet, or already read) or a file's bytes. */
export type TableInput = { text: string } | { bytes: Uint8Array };

export type ReadTableResult =
  | {
      ok: true;
      format: 'xlsx' | 'delimited';
      /** The rows from the header row on (findHeaderRow): rows above a header found lower down are left out. */
      rows: TableRows;
      /** Every row from row 1 of the sheet, the rows above the header included (see HeaderedTable). */
      allRows: TableRows;
      /** The guessed mapping of rows[0], the headers, for the column-mapping dialog. */
      guess: ColumnGuess;
      /** 1-based row of the sheet that rows[0] is, for journeyFromTable's `firstRow`. */
      firstRow: number;
      warnings: ImportWarning[];
      /** Delimited text: the delimiter found. */
      delimiter?: Delimiter;
      /** Workbooks: every sheet's name, and the one read. */
      sheets?: string[];
      sheet?: string;
    }
  | { ok: false; refusal: ImportRefusal };

/**
 * Reads a table for import, whatever it came as: a workbook's bytes (.xlsx, recognised by content, not
 * by name: `sheet` picks one, the first by default), a CSV or TSV file's bytes (any encoding
 * decodeImportBytes reads), or text pasted from Excel, Sheets or LibreOffice (TSV) or typed as CSV. Returns
 * the rows from the header row on (a title and blank rows above it are left out with a `rows-above-header`
 * warning, see findHeaderRow) and a guessed column mapping; journeyFromTable then builds the journey.
 * Refuses empty, too large and binary input, legacy .xls and broken workbooks, each with its code.
 */
export function readTable(input: TableInput, options: { sheet?: number | string } = {}): ReadTableResult {
  if ('bytes' in input && (looksLikeZip(input.bytes) || looksLikeOle(input.bytes))) {
    const book = readXlsx(input.bytes, options);
    if (!book.ok) return book.refusal.code === 'not-xlsx' ? refuse('binary', { detail: book.refusal.detail }) : book;
    const { sheets, sheet } = book;
    return { ok: true, format: 'xlsx', ...findHeaderRow(book.rows), sheets, sheet };
  }
  const decoded = 'bytes' in input ? decodeImportBytes(input.bytes) : checkImportText(input.text);
  if (!decoded.ok) return decoded;
  const parsed = parseDelimitedText(decoded.text);
  if (!parsed.ok) return parsed;
  const { delimiter } = parsed;
  const { rows, allRows, guess, firstRow, warnings } = findHeaderRow(parsed.rows);
  const all = [...decoded.warnings, ...parsed.warnings, ...warnings];
  return { ok: true, format: 'delimited', rows, allRows, guess, firstRow, warnings: all, delimiter };
}
