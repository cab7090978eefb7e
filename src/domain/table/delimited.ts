import Papa from 'papaparse';
import { refuse, type ImportRefusal, type ImportWarning } from '../import/importResult';
import { checkImportText } from '../import/inputText';

/** A table as rows of cell texts; row 0 is the first row of the file (the header, if it has one). */
export type TableRows = string[][];

export type Delimiter = ',' | ';' | '\t';

export type DelimitedResult =
  | { ok: true; rows: TableRows; delimiter: Delimiter; warnings: ImportWarning[] }
  | { ok: false; refusal: ImportRefusal };

/** Counts each candidate delimiter outside quotes in the first `records` records of the text. */
function delimiterCounts(text: string, records: number): Record<Delimiter, number>[] {
  const out: Record<Delimiter, number>[] = [];
  let counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && out.length < records; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',' || c === ';' || c === '\t') counts[c]++;
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      out.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0 };
    }
  }
  if (out.length < records) out.push(counts);
  return out;
}

/**
 * Guesses the delimiter from the first 20 records: the one that splits most of them into the same number
 * of cells, as a table's rows are (a title above the headers, "Journey: Sign up, March 2025", or a cell's
 * "4,5" does not): a tab when it does so at least as often as the others (what spreadsheets put on the
 * clipboard), else ';' (a CSV of a decimal-comma region, as src/export/csv.ts writes it there) or ','. On
 * a tie, whichever of them the first record holding any has more of; the comma when still tied.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = delimiterCounts(text, 20);
  // How many records share the most common non-zero count of the delimiter.
  const steady = (d: Delimiter) => {
    const tally = new Map<number, number>();
    for (const l of lines) if (l[d] > 0) tally.set(l[d], (tally.get(l[d]) ?? 0) + 1);
    return Math.max(0, ...tally.values());
  };
  const [tab, semicolon, comma] = [steady('\t'), steady(';'), steady(',')];
  if (tab > 0 && tab >= Math.max(semicolon, comma)) return '\t';
  if (semicolon !== comma) return semicolon > comma ? ';' : ',';
  const first = lines.find((l) => l[';'] + l[','] > 0) ?? lines[0];
  return first[';'] > first[','] ? ';' : ',';
}

/**
 * Parses CSV or TSV text into rows: ',' ';' or tab delimited (detected unless given), RFC 4180 quoting
 * (quoted cells may hold delimiters, line breaks and doubled quotes), any line ending, with or without a
 * UTF-8 BOM. Trailing empty rows are dropped. Quoting errors are read as best as possible and reported as
 * `malformed-quotes` with their row. Refuses text that checkImportText refuses (empty, too large, binary).
 * Tokenising is papaparse's (5.7.1); this module is meant to be imported on demand by the import UI, so
 * papaparse stays out of the app's initial JavaScript.
 */
export function parseDelimitedText(text: string, options: { delimiter?: Delimiter } = {}): DelimitedResult {
  const checked = checkImportText(text);
  if (!checked.ok) return checked;
  const delimiter = options.delimiter ?? detectDelimiter(checked.text);
  const parsed = Papa.parse<string[]>(checked.text, {
    delimiter,
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === '')) rows.pop();
  if (rows.length === 0) return refuse('empty');
  const warnings: ImportWarning[] = [];
  const seen = new Set<number>();
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes' || seen.has(error.row ?? -1)) continue;
    seen.add(error.row ?? -1);
    warnings.push(
      error.row === undefined ? { code: 'malformed-quotes' } : { code: 'malformed-quotes', row: error.row + 1 },
    );
  }
  return { ok: true, rows, delimiter, warnings };
}
