import type { ImportedJourney, ImportRefusal, ImportWarning } from '../../domain/import/importResult';
import type { Locale } from '../../domain/locale';
import type { NumberStyle } from '../../domain/kpi';
import { MAX_IMPORT_BYTES } from '../../domain/importFile';
import type { MermaidImportResult, MermaidJourneyCandidate, SkippedDiagram } from '../../domain/mermaid';
import type { ColumnGuess, HeaderedTable, TableRows } from '../../domain/table';
import { baseNameOf, importKindOfFile, importKindOfText, type ImportKind } from './importKind';

/** The table importer, loaded on demand so papaparse and the workbook reader stay out of the first load. */
export type TableModule = typeof import('../../domain/table');

/** A table read and waiting for the user to match its columns (the column-mapping dialog). */
export interface TableDraft {
  module: TableModule;
  /** The rows from the header row on (findHeaderRow). */
  rows: TableRows;
  /** Every row from the sheet's row 1, for a table the user says has no header row (see rowsAsRead). */
  allRows: TableRows;
  guess: ColumnGuess;
  /** 1-based row of the sheet that rows[0] is (above 1 when rows above the header were left out). */
  firstRow: number;
  /** What reading the table reported (encoding, quotes, rows above the header), shown with the journey's own warnings. */
  warnings: ImportWarning[];
  /** The journey's name to start from: the file's name, or the words for a pasted journey. */
  name: string;
  /** How the table's numbers are read (numberLocaleOf: the decimal mark its delimiter says, else the UI's language). */
  numberLocale: NumberStyle;
  /** For a workbook: its bytes (to read another sheet), every sheet's name and the index of the one read. */
  workbook?: { bytes: Uint8Array; sheets: string[]; sheet: number };
}

/** What an input leads to: refused, a journey file to store, a journey built, a choice to make. */
export type ImportStep =
  | { kind: 'refused'; refusal: ImportRefusal }
  /** `fallbackName`: the journey's name if the file's is blank (the file's name, or the untitled word). */
  | { kind: 'json'; text: string; byteSize: number; fallbackName: string }
  | { kind: 'built'; imported: ImportedJourney; skipped: SkippedDiagram[] }
  | { kind: 'pick'; candidates: MermaidJourneyCandidate[]; skipped: SkippedDiagram[] }
  | { kind: 'map'; table: TableDraft };

/** The words the importers write into a journey, in the UI language. */
export interface ImportWords {
  /** Journey name when the input names none (a file's name is used first). */
  fallbackName: string;
  /** Put before a Mermaid task's actors in its touchpoint's notes. */
  actorsLabel: string;
  /** Name of the stage of a table without a stage column, and of a flowchart's nodes outside every subgraph. */
  untitledStage: string;
  /** The UI language: how a pasted table's or a workbook's numbers are read when nothing else says. */
  locale: Locale;
}

const refused = (refusal: ImportRefusal): ImportStep => ({ kind: 'refused', refusal });

/**
 * Reads a chosen file and says what comes next. Refuses a file over MAX_IMPORT_BYTES before reading it;
 * otherwise routes by content and name (importKindOfFile) to the journey-file, Mermaid or table importer,
 * the last two loaded on demand.
 */
export async function readImportFile(file: File, words: ImportWords): Promise<ImportStep> {
  if (file.size > MAX_IMPORT_BYTES) {
    return refused({ code: 'too-large', limit: MAX_IMPORT_BYTES, detail: `${file.size} bytes` });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const named = { ...words, fallbackName: baseNameOf(file.name) || words.fallbackName };
  return readInput({ bytes }, importKindOfFile(file.name, bytes), named);
}

/** Reads pasted text (Mermaid, a range copied from a spreadsheet, CSV, or a journey file) and says what comes next. */
export function readImportText(text: string, words: ImportWords): Promise<ImportStep> {
  return readInput({ text }, importKindOfText(text), words);
}

async function readInput(
  input: { bytes: Uint8Array } | { text: string },
  kind: ImportKind,
  words: ImportWords,
): Promise<ImportStep> {
  if (kind === 'json') {
    const text = 'text' in input ? input.text : new TextDecoder().decode(input.bytes);
    const byteSize = 'bytes' in input ? input.bytes.length : new TextEncoder().encode(text).length;
    return { kind: 'json', text, byteSize, fallbackName: words.fallbackName };
  }
  if (kind === 'mermaid') {
    const mermaid = await import('../../domain/mermaid');
    const options = {
      actorsLabel: words.actorsLabel,
      fallbackName: words.fallbackName,
      untitledStage: words.untitledStage,
    };
    const result =
      'text' in input ? mermaid.importMermaid(input.text, options) : mermaid.importMermaidBytes(input.bytes, options);
    return mermaidStep(result);
  }
  const table = await import('../../domain/table');
  if (kind === 'workbook' && 'bytes' in input) {
    const book = readWorkbook(table, input.bytes);
    if (!book.ok) return refused(book.refusal);
    const workbook = { bytes: input.bytes, sheets: book.sheets, sheet: book.sheet };
    return tableStep(
      {
        module: table,
        rows: book.rows,
        allRows: book.allRows,
        guess: book.guess,
        firstRow: book.firstRow,
        warnings: book.warnings,
        name: words.fallbackName,
        // A workbook stores numbers, which readXlsx writes with a decimal point whatever the UI's language
        // ("85.125%", "12.345"): read in Spanish they would be thousands.
        numberLocale: '.',
        workbook,
      },
      words,
    );
  }
  const read = table.readTable(input);
  if (!read.ok) return refused(read.refusal);
  return tableStep(
    {
      module: table,
      rows: read.rows,
      allRows: read.allRows,
      guess: read.guess,
      firstRow: read.firstRow,
      warnings: read.warnings,
      name: words.fallbackName,
      numberLocale: table.numberLocaleOf(read.delimiter, words.locale),
    },
    words,
  );
}

function mermaidStep(result: MermaidImportResult): ImportStep {
  if (!result.ok) return refused(result.refusal);
  const { journeys, skipped } = result;
  if (journeys.length > 1) return { kind: 'pick', candidates: journeys, skipped };
  const [only] = journeys;
  return { kind: 'built', imported: only, skipped };
}

/** The app's own CSV export comes straight in; any other table (or a workbook of several sheets) is mapped first. */
function tableStep(draft: TableDraft, words: ImportWords): ImportStep {
  const severalSheets = (draft.workbook?.sheets.length ?? 1) > 1;
  if (!draft.guess.isOwnExport || severalSheets) return { kind: 'map', table: draft };
  const built = draft.module.journeyFromTable(draft.rows, draft.guess.mapping, {
    name: draft.name,
    untitledStage: words.untitledStage,
    numberLocale: draft.numberLocale,
    firstRow: draft.firstRow,
  });
  if (!built.ok) return refused(built.refusal);
  return { kind: 'built', imported: { ...built, warnings: [...draft.warnings, ...built.warnings] }, skipped: [] };
}

/** One sheet read: its rows from the header row on, as findHeaderRow cut them, and its warnings. */
export type WorkbookRead =
  ({ ok: true; sheets: string[]; sheet: number } & HeaderedTable) | { ok: false; refusal: ImportRefusal };

/** Most sheets tried when looking for the first one with cells, or with a journey's headers. */
const MAX_SHEETS_TRIED = 32;

/**
 * Reads one sheet of a workbook with its guessed column mapping, from its header row on (findHeaderRow: a
 * title and blank rows above the headers are left out, with a warning): `sheet` (an index), or by default
 * the first sheet that has cells and headers naming the touchpoints' column in its first rows (a cover
 * sheet, or an empty one, would otherwise hide the journey's table), else the first that has cells, read
 * whole. A broken archive or a file named .xlsx that is none is refused as `not-xlsx`.
 */
export function readWorkbook(table: TableModule, bytes: Uint8Array, sheet?: number): WorkbookRead {
  const read = (index: number) => {
    const book = table.readXlsx(bytes, { sheet: index });
    if (!book.ok) return book;
    return { ok: true as const, ...table.findHeaderRow(book.rows), sheets: book.sheets, sheet: index };
  };
  if (sheet !== undefined) return read(sheet);
  // The first sheet with cells, and what reading the first sheet said (its refusal when none has cells).
  let first: WorkbookRead | null = null;
  let opening: WorkbookRead | null = null;
  for (let index = 0; index < MAX_SHEETS_TRIED; index++) {
    const next = read(index);
    opening ??= next;
    if (next.ok && next.found) return next;
    if (next.ok) first ??= next;
    // Past the last sheet (sheet-not-found), or a file that is no workbook.
    else if (next.refusal.code !== 'empty') break;
  }
  return first ?? opening!;
}
