import {
  assembleJourney,
  keepText,
  keepTouchpointTexts,
  touchpointLimitRefusal,
  type DraftTouchpoint,
  type JourneyDraft,
} from '../import/assemble';
import { foldLabel } from '../import/fold';
import {
  refuse,
  type ImportedJourney,
  type ImportRefusal,
  type ImportResult,
  type ImportWarning,
} from '../import/importResult';
import { LIMITS } from '../limits';
import type { NumberStyle } from '../kpi';
import type { ColumnMapping, TableField } from './columns';
import type { TableRows } from './delimited';
import { detectEmotionScale, invalidEmotionCode, parseEmotionCell } from './emotionScale';
import { extraCellsFinder } from './extraCells';
import { cellText } from './measureCells';
import { planMeasures, readRowMeasures } from './tableMeasures';
import { VocabularyCollector } from './vocabularyMatch';

export interface TableImportOptions {
  /** The journey's name (a table has none): e.g. the file name, or what the user typed. */
  name: string;
  /** Name of the stage for rows before any stage, or of the only stage when no column holds stages. */
  untitledStage?: string;
  /**
   * How the table's numbers are read (see numberLocaleOf: the delimiter's decimal mark, else the UI's
   * language as the region writes it); it decides only whether "1,000" and "12.000" are thousands. Spanish
   * as the region writes it when not given.
   */
  numberLocale?: NumberStyle;
  /**
   * 1-based row of the sheet that rows[0] is (findHeaderRow's `firstRow`: above 1 when rows above the
   * header were left out), so warnings name the rows as the user's sheet numbers them. 1 when not given.
   */
  firstRow?: number;
  now?: Date;
}

const YES = new Set(['si', 'yes', 'y', 's', 'x', 'true', 'verdadero', '1', 'ok']);
const NO = new Set(['no', 'n', 'false', 'falso', '0', '']);
const YES_MARKS = /^[✓✔✅☑•*]$/u;
const NO_MARKS = /^[-–—✗✘❌]$/u;

/** A flag cell: yes/no words of either language, 1/0, X, ticks; other text counts as yes and is kept. */
function readFlag(text: string): { value: boolean; text?: string } {
  if (YES_MARKS.test(text)) return { value: true };
  if (NO_MARKS.test(text)) return { value: false };
  const folded = foldLabel(text);
  if (YES.has(folded)) return { value: true };
  if (NO.has(folded)) return { value: false };
  return { value: true, text };
}

/**
 * How many touchpoints the rows make under a mapping: those with text in a mapped column other than the
 * stage's (journeyFromTable's rule), counted without reading any cell further.
 */
function countTableTouchpoints(body: readonly (readonly string[])[], mapping: ColumnMapping): number {
  const columns = [
    ...(Object.keys(mapping.columns) as TableField[])
      .filter((field) => field !== 'stage')
      .map((field) => mapping.columns[field]),
    ...mapping.personaColumns,
  ].filter((column): column is number => column !== null);
  let count = 0;
  for (const cells of body) if (columns.some((column) => cellText(cells, column) !== '')) count++;
  return count;
}

const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a}\n${b}`);

/**
 * Builds a journey from a "long list" table (one row per touchpoint) and a column mapping (guessed by
 * guessColumnMapping, perhaps fixed by the user). Stages are named by their cells, in order of first
 * appearance; an empty stage cell takes the stage above (merged cells), and a row with only a stage
 * declares that stage (and is listed, as it makes no touchpoint). Channels and functions match built-ins in either language, other names become the
 * journey's own vocabulary; emotions accept -2..2, 1..5 (decided per column) and the words of the scale;
 * flags accept Sí/Si/Yes/X/true/1 (and No/false/0/empty); measures (delivered, evidence, KPIs in the
 * table's number language, backstage, support) and persona emotion columns are read by readRowMeasures,
 * each value that cannot be kept reported with its row and left empty. Touchpoints are stacked in their stage's column
 * in row order and connected in journey order. Refuses `no-title-column` when no column is mapped to the
 * title, `no-rows` when no row has content and `too-many-touchpoints` when the rows would make more than
 * a journey holds (counted first, before any row is read further); otherwise every oddity is a warning
 * with its row.
 */
export function journeyFromTable(rows: TableRows, mapping: ColumnMapping, options: TableImportOptions): ImportResult {
  const read = draftFromTable(rows, mapping, options);
  return read.ok ? assembleJourney(read.draft, read.warnings, options.now) : read;
}

/** A table's preview: the journey with only its first touchpoints built, and how many there are in all. */
export type TablePreview =
  ({ ok: true; touchpoints: number } & ImportedJourney) | { ok: false; refusal: ImportRefusal };

/**
 * What journeyFromTable would build, for the column-mapping dialog's preview: every stage, persona and
 * vocabulary entry, every warning and the number of touchpoints, but only the first `shown` touchpoints
 * in journey order built and validated, so each change of a column reads the rows once and builds no more
 * than the preview shows. Refuses as journeyFromTable does.
 */
export function previewTable(
  rows: TableRows,
  mapping: ColumnMapping,
  options: TableImportOptions & { shown: number },
): TablePreview {
  const read = draftFromTable(rows, mapping, options);
  if (!read.ok) return read;
  const { draft, warnings } = read;
  // Journey order is stage order, then row order within the stage: a stable sort by stage keeps it.
  const first = [...draft.touchpoints].sort((a, b) => a.stage - b.stage).slice(0, options.shown);
  const built = assembleJourney({ ...draft, touchpoints: first }, warnings, options.now);
  return built.ok ? { ...built, touchpoints: draft.touchpoints.length } : built;
}

type TableDraft = { ok: true; draft: JourneyDraft; warnings: ImportWarning[] } | { ok: false; refusal: ImportRefusal };

/** Reads the rows into a draft (see journeyFromTable), or refuses. */
function draftFromTable(rows: TableRows, mapping: ColumnMapping, options: TableImportOptions): TableDraft {
  const { columns } = mapping;
  if (columns.title === null) return refuse('no-title-column');
  const first = mapping.hasHeader ? 1 : 0;
  const firstRow = options.firstRow ?? 1;
  const body = rows.slice(first).map((cells, i) => ({ cells, row: firstRow + first + i }));
  const filled = body.filter(({ cells }) => cells.some((c) => (c ?? '').trim() !== ''));
  if (filled.length === 0) return refuse('no-rows');
  const count = countTableTouchpoints(
    filled.map(({ cells }) => cells),
    mapping,
  );
  const tooMany = touchpointLimitRefusal(count);
  if (tooMany) return tooMany;

  const warnings: ImportWarning[] = [];
  const read = (cells: readonly string[], field: TableField) => cellText(cells, columns[field]);
  const emotionScale = detectEmotionScale(filled.map(({ cells }) => read(cells, 'emotion')));
  const { scale, ambiguous } = emotionScale;
  if (ambiguous) warnings.push({ code: 'emotion-scale-ambiguous' });
  const measures = planMeasures(
    rows,
    filled.map(({ cells }) => cells),
    mapping,
    options.numberLocale ?? 'es',
    emotionScale,
    warnings,
    firstRow,
  );
  const channels = new VocabularyCollector('channel');
  const functions = new VocabularyCollector('function');
  const stages: string[] = [];
  const stageIndex = new Map<string, number>();
  const touchpoints: DraftTouchpoint[] = [];
  let current: number | null = null;

  const stageFor = (name: string, row: number): number => {
    const key = foldLabel(name) || name;
    let index = stageIndex.get(key);
    if (index === undefined) {
      index = stages.push(keepText(name, LIMITS.stageName, { row, field: 'stage' }, warnings)) - 1;
      stageIndex.set(key, index);
    }
    return index;
  };

  const extraCells = extraCellsFinder(rows, mapping);
  for (const { cells, row } of filled) {
    const extra = extraCells(cells, row);
    if (extra) warnings.push(extra);
    const cell = (field: TableField) => read(cells, field);
    const stageName = cell('stage');
    const others = [
      ...(Object.keys(columns) as TableField[]).filter((f) => f !== 'stage' && cell(f) !== ''),
      ...mapping.personaColumns.filter((column) => cellText(cells, column) !== ''),
    ];
    if (stageName === '' && others.length === 0) continue; // only unmapped cells
    if (stageName !== '') current = stageFor(stageName, row);
    else if (current === null) current = stageFor(options.untitledStage ?? '', row);
    else if (columns.stage !== null) warnings.push({ code: 'stage-filled-down', row });
    if (others.length === 0) {
      // A stage on its own row declares it; in a ragged file it may be a touchpoint cut short, so say so.
      warnings.push({ code: 'stage-only-row', row, value: stageName });
      continue;
    }

    const title = cell('title');
    if (title === '') warnings.push({ code: 'row-without-title', row });
    const touchpoint: DraftTouchpoint = {
      stage: current,
      title,
      description: cell('description'),
      painNote: cell('painNote'),
      notes: cell('notes'),
    };
    for (const [field, collector, code] of [
      ['channel', channels, 'custom-channel'],
      ['function', functions, 'custom-function'],
    ] as const) {
      const resolved = collector.resolve(cell(field), (label) =>
        keepText(label, LIMITS.vocabularyLabel, { row, field }, warnings),
      );
      if (resolved?.added) warnings.push({ code, row, value: cell(field) });
      touchpoint[field === 'channel' ? 'channelId' : 'functionId'] = resolved?.id ?? null;
    }
    const emotion = parseEmotionCell(cell('emotion'), scale);
    if ('invalid' in emotion) warnings.push({ code: invalidEmotionCode(emotion, scale), row, value: cell('emotion') });
    else {
      touchpoint.emotion = emotion.emotion;
      if (emotion.rounded) warnings.push({ code: 'emotion-rounded', row, value: cell('emotion') });
    }
    for (const field of ['momentOfTruth', 'painPoint'] as const) {
      const flag = readFlag(cell(field));
      touchpoint[field] = flag.value;
      if (flag.text === undefined) continue;
      warnings.push({ code: 'flag-from-text', row, field, value: flag.text });
      if (field === 'painPoint') touchpoint.painNote = join(touchpoint.painNote ?? '', flag.text);
      else touchpoint.notes = join(touchpoint.notes ?? '', flag.text);
    }
    readRowMeasures(cell, cells, row, measures, touchpoint, warnings);
    touchpoints.push(keepTouchpointTexts(touchpoint, { row }, warnings));
  }

  const draft = {
    name: options.name,
    stages,
    touchpoints,
    customChannels: channels.entries,
    customFunctions: functions.entries,
    personas: measures.personas,
    currency: measures.currency ?? undefined,
  };
  return { ok: true, draft, warnings };
}
