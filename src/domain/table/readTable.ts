import { refuse, type ImportRefusal, type ImportWarning } from '../import/importResult';
import { checkImportText, decodeImportBytes, looksLikeOle, looksLikeZip } from '../import/inputText';
import { guessColumnMapping, type ColumnGuess } from './columns';
import { parseDelimitedText, type Delimiter, type TableRows } from './delimited';
import { readXlsx } from './xlsx';

/** A table to import: text (pasted from a spreadsheet, or already read) or a file's bytes. */
export type TableInput = { text: string } | { bytes: Uint8Array };

export type ReadTableResult =
  | {
      ok: true;
      format: 'xlsx' | 'delimited';
      rows: TableRows;
      /** The guessed mapping of the first row's headers, for the column-mapping dialog. */
      guess: ColumnGuess;
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
 * the rows and a guessed column mapping; journeyFromTable then builds the journey. Refuses empty, too
 * large and binary input, legacy .xls and broken workbooks, each with its code.
 */
export function readTable(input: TableInput, options: { sheet?: number | string } = {}): ReadTableResult {
  if ('bytes' in input && (looksLikeZip(input.bytes) || looksLikeOle(input.bytes))) {
    const book = readXlsx(input.bytes, options);
    if (!book.ok) return book.refusal.code === 'not-xlsx' ? refuse('binary', { detail: book.refusal.detail }) : book;
    const { rows, sheets, sheet } = book;
    return { ok: true, format: 'xlsx', rows, guess: guessColumnMapping(rows[0]), warnings: [], sheets, sheet };
  }
  const decoded = 'bytes' in input ? decodeImportBytes(input.bytes) : checkImportText(input.text);
  if (!decoded.ok) return decoded;
  const parsed = parseDelimitedText(decoded.text);
  if (!parsed.ok) return parsed;
  const { rows, delimiter } = parsed;
  const warnings = [...decoded.warnings, ...parsed.warnings];
  return { ok: true, format: 'delimited', rows, guess: guessColumnMapping(rows[0]), warnings, delimiter };
}
