/**
 * Table import (CSV, TSV, pasted ranges, .xlsx), to be loaded on demand by the import UI
 * (`await import('../domain/table')`), so papaparse and the workbook reader stay out of the app's initial
 * JavaScript. Flow: readTable (findHeaderRow: the header may sit below a title) -> (the user checks guess.mapping, previewTable showing its journey) ->
 * journeyFromTable.
 */
export { readTable, type ReadTableResult, type TableInput } from './readTable';
export {
  guessColumnMapping,
  personaNameOf,
  TABLE_FIELDS,
  type ColumnGuess,
  type ColumnMapping,
  type TableField,
} from './columns';
export { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderedTable } from './headerRow';
export { detectDelimiter, parseDelimitedText, type Delimiter, type TableRows } from './delimited';
export { detectEmotionScale, parseEmotionCell, type EmotionScale } from './emotionScale';
export { journeyFromTable, previewTable, type TableImportOptions, type TablePreview } from './tableJourney';
export { numberLocaleOf } from './measureCells';
export { matchBuiltIn, VocabularyCollector } from './vocabularyMatch';
export { readXlsx, MAX_XLSX_INFLATED_BYTES, type XlsxResult } from './xlsx';
export type { ImportedJourney, ImportRefusal, ImportResult, ImportWarning } from '../import/importResult';
