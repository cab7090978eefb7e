import { looksLikeOle, looksLikeZip } from '../../domain/import/inputText';

/**
 * Which importer reads an input: a Recorrido journey file (`json`), Mermaid text (`mermaid`), delimited
 * text (`table`: CSV, TSV, a pasted range) or a workbook's bytes (`workbook`: .xlsx, or a legacy .xls that
 * its reader refuses by name).
 */
export type ImportKind = 'json' | 'mermaid' | 'table' | 'workbook';

/** The file types the import picker offers. */
export const IMPORT_ACCEPT = [
  '.json',
  'application/json',
  '.mmd',
  '.mermaid',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  'text/html',
  '.csv',
  'text/csv',
  '.tsv',
  'text/tab-separated-values',
  '.txt',
  'text/plain',
  '.xlsx',
  '.xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

const BY_EXTENSION: Record<string, ImportKind> = {
  json: 'json',
  mmd: 'mermaid',
  mermaid: 'mermaid',
  md: 'mermaid',
  markdown: 'mermaid',
  // A page holding `<div class="mermaid">` diagrams; one without any is refused as holding no diagram.
  html: 'mermaid',
  htm: 'mermaid',
  csv: 'table',
  tsv: 'table',
  tab: 'table',
  xlsx: 'workbook',
  xlsm: 'workbook',
  xls: 'workbook',
};

/** The lower-case extension of a file name, '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** A file name without its extension: the journey's name when the content names none. */
export function baseNameOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
}

// A diagram's first statement, as Mermaid's detectors read it. Only for routing: the Mermaid importer
// itself names the diagram type it refuses. Case-sensitive as Mermaid is, bar `journey` (which the importer
// accepts with a warning); followed by the end of the line or a space and plain words, never a cell
// delimiter (a tab too: "journey<TAB>stage" is a pasted table's header).
const MERMAID_HEADER =
  /^(?:[Jj]ourney|flowchart|graph|sequenceDiagram|classDiagram|stateDiagram|erDiagram|gantt|pie|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4[A-Z]\w*|sankey|xychart|block|packet|architecture|kanban|radar|treemap|zenuml|venn)(?:-[\w]+)?(?: +[^\t,;]*)?;?$/;
// A flowchart written on one line (`graph TD;A-->B;`): a ';' after the header, then a link. A table whose
// delimiter is ';' has no link in its header row ("graph;Etapa" stays a table).
const FLOWCHART_ONE_LINE = /^(?:flowchart|graph)(?: +(?:TB|TD|BT|RL|LR))? *;.*(?:--|==|-\.|~~~)/;
const MERMAID_EMBEDDED =
  /^ {0,3}(?:`{3,}|~{3,})[ \t]*mermaid\b|<(?:div|pre)\b[^>]*\bclass\s*=\s*["'][^"']*\bmermaid\b/im;

/**
 * Whether a text reads as Mermaid: a ```mermaid block, a `<div class="mermaid">` or a diagram header first.
 * With `embedded: false` only the header counts: a table's cell may hold a fenced diagram (a note).
 */
export function looksLikeMermaid(text: string, { embedded = true } = {}): boolean {
  if (embedded && MERMAID_EMBEDDED.test(text)) return true;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let i = 0;
  const skipBlankAndComments = () => {
    while (i < lines.length && (lines[i].trim() === '' || lines[i].trim().startsWith('%%'))) i++;
  };
  skipBlankAndComments();
  if (lines[i]?.trim() === '---') {
    i = lines.findIndex((line, at) => at > i && line.trim() === '---') + 1;
    if (i === 0) return true; // front matter that never closes: the Mermaid importer says so
    skipBlankAndComments();
  }
  if (i >= lines.length) return false;
  const first = lines[i].trim();
  return MERMAID_HEADER.test(first) || FLOWCHART_ONE_LINE.test(first);
}

/**
 * Decides which importer reads a file, by content as well as by name: a zip or OLE container is a
 * workbook whatever its name; a known extension decides otherwise (.json, .mmd/.md, .csv/.tsv, .xlsx), but
 * a .csv or .tsv holding Mermaid is Mermaid; for .txt and unknown names, text starting with `{` is a journey file, Mermaid-looking text is Mermaid and
 * anything else is a table.
 */
export function importKindOfFile(fileName: string, bytes: Uint8Array): ImportKind {
  if (looksLikeZip(bytes) || looksLikeOle(bytes)) return 'workbook';
  // Enough of the start to find a header after front matter; decoding errors only blur the guess.
  const start = () => new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  const byName = BY_EXTENSION[extensionOf(fileName)];
  // A diagram saved as .csv (a wiki's "download as text" names files as it likes) is still a diagram: read
  // as a table it became one column of Mermaid lines. A table's header never reads as a diagram's first
  // line (MERMAID_HEADER allows no cell delimiter).
  if (byName === 'table') return looksLikeMermaid(start(), { embedded: false }) ? 'mermaid' : 'table';
  if (byName) return byName;
  return importKindOfText(start());
}

/** importKindOfFile for pasted text: a journey file, Mermaid, or else a table. */
export function importKindOfText(text: string): Exclude<ImportKind, 'workbook'> {
  if (/^\uFEFF?\s*\{/.test(text)) return 'json';
  return looksLikeMermaid(text) ? 'mermaid' : 'table';
}
