import { unzipSync } from 'fflate';
import { MAX_IMPORT_BYTES } from '../importFile';
import { refuse, type ImportRefusal } from '../import/importResult';
import { looksLikeOle, looksLikeZip } from '../import/inputText';
import type { TableRows } from './delimited';

/**
 * Reads the cells of an .xlsx workbook (Office Open XML, ECMA-376): a zip of XML parts. Only what a table
 * import needs: sheet names and order, shared and inline strings, numbers, booleans, merged ranges. Pure
 * and synchronous: fflate's unzipSync (already in the bundle through jsPDF) and a small XML tokenizer;
 * nothing spawns workers, which the app's Content-Security-Policy would refuse.
 */

/** Most bytes the XML parts read may inflate to, whatever the archive says, against zip bombs. */
export const MAX_XLSX_INFLATED_BYTES = 200 * 1024 * 1024;

export type XlsxResult =
  { ok: true; sheets: string[]; sheet: string; rows: TableRows } | { ok: false; refusal: ImportRefusal };

interface XmlToken {
  close: boolean;
  selfClose: boolean;
  /** Local name, without namespace prefix. */
  name: string;
  attrs: Record<string, string>;
  text?: string;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, body: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (body[0] !== '#') return named[body.toLowerCase()] ?? whole;
    const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function* tokens(xml: string): Generator<XmlToken> {
  const pattern = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][\s\S]*?>|<(\/?)([\w.:-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    if (m[1] !== undefined) yield { close: false, selfClose: false, name: '#text', attrs: {}, text: m[1] };
    else if (m[6] !== undefined)
      yield { close: false, selfClose: false, name: '#text', attrs: {}, text: decodeXml(m[6]) };
    else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of m[4].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const value = decodeXml(a[2] ?? a[3]);
        attrs[a[1]] = value;
        attrs[localName(a[1])] ??= value;
      }
      yield { close: m[2] === '/', selfClose: m[5] === '/', name: localName(m[3]), attrs };
    }
  }
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolvePath(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of target.replace(/^\//, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Relationship id -> [type, target path] of a part's .rels file. */
function relationships(xml: string | undefined, from: string): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const t of tokens(xml ?? '')) {
    if (t.name === 'Relationship' && !t.close && t.attrs.Id && t.attrs.Target) {
      out.set(t.attrs.Id, [t.attrs.Type ?? '', resolvePath(from, t.attrs.Target)]);
    }
  }
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  for (const t of tokens(xml ?? '')) {
    if (t.name === 'si') {
      if (t.close) out.push(current ?? '');
      current = t.close || t.selfClose ? null : '';
      if (t.selfClose) out.push('');
    } else if (t.name === 'rPh') phonetic += t.close ? -1 : t.selfClose ? 0 : 1;
    else if (t.name === 't') inText = !t.close && !t.selfClose;
    else if (t.name === '#text' && inText && phonetic === 0 && current !== null) current += t.text;
  }
  return out;
}

/** "B12" -> [11, 1]; "AA3" -> [2, 26]. */
function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  const column = [...m[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, column];
}

/** Built-in number formats that show a number as a percentage (ECMA-376 Part 1, 18.8.30: 9 "0%", 10 "0.00%"). */
const PERCENT_FORMATS = new Set([9, 10]);

/** Whether a number format code shows a per cent: a % outside "quoted text", \escapes and [brackets]. */
function isPercentCode(code: string): boolean {
  return code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').includes('%');
}

/**
 * For each cell style (the index a cell's `s` names in the styles part's cellXfs), whether it shows its
 * number as a percentage: Excel keeps 85 % as 0.85 and shows it multiplied by 100.
 */
function percentStyles(xml: string | undefined): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  for (const t of tokens(xml ?? '')) {
    if (t.name === 'numFmt' && !t.close) custom.set(Number(t.attrs.numFmtId), t.attrs.formatCode ?? '');
    else if (t.name === 'cellXfs') inCellXfs = !t.close && !t.selfClose;
    else if (t.name === 'xf' && inCellXfs && !t.close) {
      const id = Number(t.attrs.numFmtId ?? 0);
      styles.push(PERCENT_FORMATS.has(id) || isPercentCode(custom.get(id) ?? ''));
    }
  }
  return styles;
}

/** A number as Excel shows it without formatting: binary floating point (0.1+0.2) rounded to 15 digits. */
const excelNumber = (n: number) => String(Number(n.toPrecision(15)));

function cellValue(
  type: string | undefined,
  value: string,
  inline: string,
  shared: string[],
  percent: boolean,
): string {
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'b':
      return value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return value;
    default: {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) return value;
      // A percentage as its cell shows it ("85%" for 0.85), so CSAT reads 85, not 0.85.
      return percent ? `${excelNumber(n * 100)}%` : excelNumber(n);
    }
  }
}

function sheetRows(xml: string, shared: string[], percent: boolean[]): TableRows {
  const rows: string[][] = [];
  const merges: string[] = [];
  let row = -1;
  let column = -1;
  let cell: { type?: string; style: number; value: string; inline: string } | null = null;
  let into: 'v' | 't' | null = null;
  const put = () => {
    if (!cell) return;
    (rows[row] ??= [])[column] = cellValue(cell.type, cell.value, cell.inline, shared, percent[cell.style] ?? false);
    cell = null;
  };
  for (const t of tokens(xml)) {
    if (t.name === 'row' && !t.close) {
      row = t.attrs.r ? Number(t.attrs.r) - 1 : row + 1;
      column = -1;
    } else if (t.name === 'c' && !t.close) {
      const at = t.attrs.r ? cellRef(t.attrs.r) : null;
      column = at ? at[1] : column + 1;
      cell = { type: t.attrs.t, style: Number(t.attrs.s ?? 0), value: '', inline: '' };
      if (t.selfClose) put();
    } else if (t.name === 'c' && t.close) put();
    else if ((t.name === 'v' || t.name === 't') && !t.selfClose) into = t.close ? null : t.name;
    else if (t.name === '#text' && cell && into) {
      const c: { value: string; inline: string } = cell;
      if (into === 'v') c.value += t.text;
      else c.inline += t.text;
    } else if (t.name === 'mergeCell' && t.attrs.ref) merges.push(t.attrs.ref);
  }
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const table = Array.from(rows, (r) => Array.from({ length: width }, (_, i) => r?.[i] ?? ''));
  for (const ref of merges) {
    const [from, to] = ref.split(':').map(cellRef);
    if (!from || !to) continue;
    const value = table[from[0]]?.[from[1]] ?? '';
    for (let r = from[0]; r <= Math.min(to[0], table.length - 1); r++) {
      for (let c = from[1]; c <= Math.min(to[1], width - 1); c++) table[r][c] = value;
    }
  }
  while (table.length > 0 && table[table.length - 1].every((v) => v.trim() === '')) table.pop();
  return table;
}

/**
 * Reads one sheet of an .xlsx file as rows of cell texts: numbers as Excel shows them without formatting,
 * with a decimal point, except percentages, shown with their sign as their cell shows them ("85%" for
 * 0.85); booleans as TRUE/FALSE; merged ranges filled with their top-left value. `sheet`: a 0-based index
 * or a name; the first sheet by default. Also returns every sheet's name, in workbook order, so the UI can
 * offer a choice. Refuses `too-large` (over `limit` bytes, or XML inflating past MAX_XLSX_INFLATED_BYTES),
 * `unsupported-excel` (a legacy .xls or a password-protected file), `unsupported-ods` (LibreOffice's
 * OpenDocument spreadsheet), `not-xlsx`, `sheet-not-found` and `empty` (a sheet without cells).
 */
export function readXlsx(bytes: Uint8Array, options: { sheet?: number | string; limit?: number } = {}): XlsxResult {
  const limit = options.limit ?? MAX_IMPORT_BYTES;
  if (bytes.length > limit) return refuse('too-large', { limit, detail: `${bytes.length} bytes` });
  if (looksLikeOle(bytes)) return refuse('unsupported-excel');
  if (!looksLikeZip(bytes)) return refuse('not-xlsx', { detail: 'not a zip archive' });

  let inflated = 0;
  const read = (wanted: (name: string) => boolean): Record<string, string> | 'too-large' => {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        inflated += f.originalSize;
        return inflated <= MAX_XLSX_INFLATED_BYTES;
      },
    });
    if (inflated > MAX_XLSX_INFLATED_BYTES) return 'too-large';
    const decoder = new TextDecoder();
    return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
  };
  try {
    const root = read((name) => name === '_rels/.rels' || name === 'mimetype');
    if (root === 'too-large') return refuse('too-large', { limit: MAX_XLSX_INFLATED_BYTES });
    // An OpenDocument file names its kind in a first entry of its own (ISO/IEC 26300, "mimetype").
    if (root.mimetype?.startsWith('application/vnd.oasis.opendocument')) return refuse('unsupported-ods');
    const office = [...relationships(root['_rels/.rels'], '').values()].find(([type]) =>
      type.endsWith('/officeDocument'),
    );
    const workbookPath = office?.[1] ?? 'xl/workbook.xml';
    const relsPath = resolvePath(workbookPath, `_rels/${workbookPath.split('/').pop()}.rels`);
    const parts = read((name) => name === workbookPath || name === relsPath);
    if (parts === 'too-large') return refuse('too-large', { limit: MAX_XLSX_INFLATED_BYTES });
    if (parts[workbookPath] === undefined) return refuse('not-xlsx', { detail: 'no workbook part' });
    const rels = relationships(parts[relsPath], workbookPath);
    const sheets = [...tokens(parts[workbookPath])]
      .filter((t) => t.name === 'sheet' && !t.close)
      .map((t) => ({ name: t.attrs.name ?? '', path: rels.get(t.attrs.id ?? '')?.[1] }));
    const index =
      typeof options.sheet === 'string' ? sheets.findIndex((s) => s.name === options.sheet) : (options.sheet ?? 0);
    const chosen = sheets[index];
    if (!chosen?.path) return refuse('sheet-not-found', { detail: String(options.sheet ?? 0) });
    const partOf = (kind: string) => [...rels.values()].find(([type]) => type.endsWith(kind))?.[1];
    const [sharedPath, stylesPath] = [partOf('/sharedStrings'), partOf('/styles')];
    const data = read((name) => name === chosen.path || name === sharedPath || name === stylesPath);
    if (data === 'too-large') return refuse('too-large', { limit: MAX_XLSX_INFLATED_BYTES });
    if (data[chosen.path] === undefined) return refuse('not-xlsx', { detail: `no part ${chosen.path}` });
    const shared = sharedStrings(sharedPath ? data[sharedPath] : undefined);
    const rows = sheetRows(data[chosen.path], shared, percentStyles(stylesPath ? data[stylesPath] : undefined));
    if (rows.length === 0) return refuse('empty');
    return { ok: true, sheets: sheets.map((s) => s.name), sheet: chosen.name, rows };
  } catch (e) {
    return refuse('not-xlsx', { detail: e instanceof Error ? e.message : String(e) });
  }
}
