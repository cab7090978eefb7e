import type { Journey } from '../journey';
import type { Repair } from '../restore';

/**
 * Why an input was refused as a whole: nothing was built. Codes, not messages: the UI translates them
 * (the list is exported so a catalog test can check that each has a translation).
 * - `empty`: no content, or only whitespace (and comments, for Mermaid).
 * - `too-large`: more bytes than `limit` (MAX_IMPORT_BYTES, as for journey files).
 * - `binary`: NUL bytes or an archive's signature in a file, e.g. an image or a workbook renamed .csv.
 * - `control-characters`: text (pasted, or a file's once decoded) holding NUL or many control characters.
 * - `not-journey`: no Mermaid `journey` diagram; `diagramType` names the other kind found, if any.
 * - `empty-journey`: a `journey` header with neither a section nor a task.
 * - `empty-flowchart`: a `flowchart` (or `graph`) header with no node.
 * - `unclosed-front-matter`: a `---` block that never closes, so Mermaid would not find the diagram.
 * - `no-rows`: a table with a header and no data rows.
 * - `no-title-column`: no column of the table maps to the touchpoint title.
 * - `not-xlsx`: not a zip archive holding an Excel workbook.
 * - `unsupported-excel`: a legacy .xls or a password-protected workbook (both are OLE containers).
 * - `unsupported-ods`: an OpenDocument spreadsheet (.ods, LibreOffice's own), a zip that is no .xlsx.
 * - `sheet-not-found`: the sheet asked for is not in the workbook.
 * - `too-many-touchpoints`: it would make `count` touchpoints, more than `limit` (LIMITS.touchpoints).
 * - `invalid-journey`: restore refused what was built (a bug in the importer; `detail` says why).
 */
export const IMPORT_REFUSAL_CODES = [
  'empty',
  'too-large',
  'binary',
  'control-characters',
  'not-journey',
  'empty-journey',
  'empty-flowchart',
  'unclosed-front-matter',
  'no-rows',
  'no-title-column',
  'not-xlsx',
  'unsupported-excel',
  'unsupported-ods',
  'sheet-not-found',
  'too-many-touchpoints',
  'invalid-journey',
] as const;
export type ImportRefusalCode = (typeof IMPORT_REFUSAL_CODES)[number];

export interface ImportRefusal {
  code: ImportRefusalCode;
  /** Developer-facing detail in English; never shown as is. */
  detail?: string;
  /** 1-based line of the input the refusal is about, when there is one. */
  line?: number;
  /** For `not-journey`: the Mermaid diagram keyword found instead (e.g. "flowchart"). */
  diagramType?: string;
  /** For `too-large`: the limit in bytes; for `too-many-touchpoints`: the most touchpoints a journey holds. */
  limit?: number;
  /** For `too-many-touchpoints`: how many touchpoints the input would make. */
  count?: number;
}

/**
 * Something the importer changed, guessed or dropped while reading, reported so the user can check it.
 * Mermaid (line = 1-based line of the input):
 * - `header-case`: `Journey` written with capitals (Mermaid's detector wants `journey`).
 * - `colon-in-section`: a section name holding ':' (Mermaid's grammar stops a section name there).
 * - `repeated-section`: a section name used before; kept as a separate stage, as Mermaid draws it.
 * - `repeated-task`: a task name used before in the diagram; both kept.
 * - `task-outside-section`: tasks before the first `section`, put in a stage with no name.
 * - `missing-score`: a task without a score; its touchpoint has no emotion.
 * - `invalid-score`: a score that is not a number (`value`); no emotion.
 * - `score-clamped`: a score outside 1..5 (`value`), moved to the nearest end.
 * - `score-rounded`: a score between two steps (`value`), rounded.
 * - `empty-actor`: an empty name in the actor list, e.g. a trailing comma; dropped.
 * - `extra-task-field`: text after a third ':' on a task line (`value`); Mermaid ignores it, so do we.
 * - `quotes-removed`: double quotes around a whole name were taken off.
 * - `hash-comment`: text after a '#' (`value`) dropped: Mermaid reads '#' as the start of a comment.
 * - `inline-comment`: a `%%` comment after a statement (`value`) dropped.
 * - `semicolon`: a ';' Mermaid refuses, kept as text (or dropped at the end of a line).
 * - `empty-task-name`: a task line with no name before its ':'.
 * - `unclosed-acc-descr`: an `accDescr {` block without '}'; it ends before the next `section`.
 * - `unknown-entity`: an entity code such as `#foo;` naming no character, or a control one (`value`); kept.
 * - `unclosed-fence`: a Markdown ```mermaid block without its closing fence; it runs to the end.
 * - `no-tasks`: sections but no task at all.
 * Mermaid flowcharts (line = 1-based line of the input):
 * - `flowchart-skipped`: statements of styling or interaction (`value`: `classDef`, `class`, `style`,
 *   `linkStyle` or `click`), `count` of them, the first at `line`; a journey has no place for them.
 * - `unread-statement`: a statement the importer cannot read (`value`, its start); skipped.
 * - `unclosed-shape`: a node's text whose bracket never closes on its line, or whose `@{` data or markdown
 *   string is left open (`value`); the rest of the statement skipped.
 * - `link-without-end`: a link from a node (`value`) to nothing; dropped.
 * - `ampersand-without-node`: an '&' followed by no node (`value`: the nodes before it, `A & B`); the rest of
 *   the statement skipped.
 * - `too-many-links`: more links than an import makes (`value`: MAX_FLOWCHART_EDGES); the rest dropped.
 * - `stray-end`: an `end` with no subgraph open; ignored.
 * - `unclosed-subgraph`: a subgraph (`value`) without its `end`; it runs to the end of the diagram.
 * - `unclosed-flowchart-acc-descr`: an `accDescr {` block without its '}' (or with a '{' before it); it ends
 *   before the first line that reads as a statement, and the lines from there on are read as the flowchart.
 * - `nested-subgraph`: a subgraph (`value`) holding others: each subgraph became a stage of its own, and a
 *   node went to the innermost subgraph that names it (one holding only subgraphs makes no stage).
 * - `node-outside-subgraph`: nodes outside every subgraph, put in a stage of their own (`value`: its name).
 * - `self-loop`: a link from a node (`value`) to itself; a connection joins two touchpoints, so dropped.
 * - `repeated-link`: a link between two nodes already joined that way (`value`: "from → to"); one kept.
 * - `link-to-subgraph`: a link to or from a subgraph (`value`) rather than a node; dropped.
 * Tables (row = 1-based row of the sheet, counting any rows above the header):
 * - `rows-above-header`: the header row was found below the first (see findHeaderRow), at `row`; the `count`
 *   rows above it (a title, a date, blank rows) were left out, not read as touchpoints.
 * - `legacy-encoding`: the file was not UTF-8 and was read as Windows-1252 (Excel's "CSV" on Windows).
 * - `malformed-quotes`: a quoted cell that does not close or has stray quotes; read as best as possible.
 * - `stage-filled-down`: an empty stage cell took the stage of the row above (merged or blank cells).
 * - `row-without-title`: a row with content but no touchpoint title; its touchpoint is kept without one
 *   (stored empty, shown as the UI's "Untitled touchpoint").
 * - `stage-only-row`: a row holding only a stage name (`value`); it names the stage, and makes no touchpoint.
 * - `extra-cells`: a row with `count` cells holding text under no header (past the last named one, or under an
 *   empty header cell), in no mapped column (`value`: their texts joined by " | "); left out.
 * - `invalid-emotion`: an emotion cell that is neither -2..2, 1..5 nor a word of the scale (`value`).
 * - `emotion-off-signed-scale` / `emotion-off-five-scale`: a number (`value`) off the scale its column was
 *   read on (-2..+2 when the column holds 0 or a negative number, else 1..5).
 * - `emotion-rounded`: an emotion between two steps (`value`), rounded.
 * - `emotion-scale-ambiguous`: the emotion column only holds 1 and 2, read as -2..+2 rather than 1..5.
 * - `flag-from-text`: a flag cell holding text rather than yes/no (`value`); set, and the text kept.
 * - `custom-channel` / `custom-function`: a name that is no built-in one (`value`), added to the
 *   journey's own vocabulary.
 * - `measure-out-of-range`: a KPI (`field`) outside its range (`value`); left empty, never clamped.
 * - `invalid-measure`: a KPI cell (`field`) that is not a number, or not whole for a count (`value`); empty.
 * - `percent-as-fraction`: a CSAT or FCR column (`field`) holding only numbers from 0 to 1, one of them a
 *   fraction (`value`): read as that many per cent, as written; a sheet of fractions (0.85 for 85 %) gets
 *   values a hundred times too small.
 * - `fraction-beside-percent`: a CSAT or FCR column (`field`) writing some values with "%" and `count`
 *   others as bare numbers between 0 and 1 (the first: `value`), each read as that many per cent.
 * - `invalid-evidence`: an evidence cell naming no level (`value`); left assumed, the text kept in the notes.
 * - `invalid-persona-emotion`: a persona's (`persona`) emotion cell off the scale (`value`); left empty.
 * Both:
 * - `too-many-personas`: a persona (`value`) beyond the journey's limit of personas; left out.
 * - `text-cut`: a text (`field`) of `length` characters, more than the journey keeps (`limit`, LIMITS); cut
 *   to its first `limit`. At its row or line, or at neither for the journey's name and description.
 */
export const IMPORT_WARNING_CODES = [
  'header-case',
  'colon-in-section',
  'repeated-section',
  'repeated-task',
  'task-outside-section',
  'missing-score',
  'invalid-score',
  'score-clamped',
  'score-rounded',
  'empty-actor',
  'extra-task-field',
  'quotes-removed',
  'hash-comment',
  'inline-comment',
  'semicolon',
  'empty-task-name',
  'unclosed-acc-descr',
  'unknown-entity',
  'unclosed-fence',
  'no-tasks',
  'flowchart-skipped',
  'unread-statement',
  'unclosed-shape',
  'link-without-end',
  'ampersand-without-node',
  'too-many-links',
  'stray-end',
  'unclosed-subgraph',
  'unclosed-flowchart-acc-descr',
  'nested-subgraph',
  'node-outside-subgraph',
  'self-loop',
  'repeated-link',
  'link-to-subgraph',
  'rows-above-header',
  'legacy-encoding',
  'malformed-quotes',
  'stage-filled-down',
  'row-without-title',
  'stage-only-row',
  'extra-cells',
  'invalid-emotion',
  'emotion-off-signed-scale',
  'emotion-off-five-scale',
  'emotion-rounded',
  'emotion-scale-ambiguous',
  'flag-from-text',
  'custom-channel',
  'custom-function',
  'measure-out-of-range',
  'invalid-measure',
  'percent-as-fraction',
  'fraction-beside-percent',
  'invalid-evidence',
  'invalid-persona-emotion',
  'too-many-personas',
  'text-cut',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export interface ImportWarning {
  code: ImportWarningCode;
  /** Mermaid: 1-based line of the input. */
  line?: number;
  /** Tables: 1-based row of the sheet (the first row is 1, whether or not it is the header). */
  row?: number;
  /**
   * Tables: the field of the column mapping the cell was read for. For `text-cut`, the journey field cut:
   * a table field's name (also for Mermaid: `stage`, `title`, `notes`), or `journeyName`,
   * `journeyDescription`, `personaName`.
   */
  field?: string;
  /** The persona (by name) the value was read for. */
  persona?: string;
  /** The text in question, for the UI to quote. */
  value?: string;
  /** For `text-cut`: how many characters (UTF-16 code units) the text had, and how many were kept. */
  length?: number;
  limit?: number;
  /**
   * For `flowchart-skipped`: how many statements of the kind were skipped (the first is at `line`); for
   * `rows-above-header`: how many rows above the header were left out; for `extra-cells`: how many cells.
   */
  count?: number;
}

/** A journey ready to enter the app: built, then passed through restoreJourney. */
export interface ImportedJourney {
  journey: Journey;
  warnings: ImportWarning[];
  /** What restoreJourney repaired on top (normally nothing: the importers build valid journeys). */
  repairs: Repair[];
}

export type ImportResult = ({ ok: true } & ImportedJourney) | { ok: false; refusal: ImportRefusal };

/** A refusal result, for brevity at the many places that refuse. */
export function refuse(
  code: ImportRefusalCode,
  extra: Omit<ImportRefusal, 'code'> = {},
): { ok: false; refusal: ImportRefusal } {
  return { ok: false, refusal: { code, ...extra } };
}
