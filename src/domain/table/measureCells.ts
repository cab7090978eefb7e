import { foldLabel } from '../import/fold';
import { readKpiInput, type KpiInputRefusal, type NumberStyle } from '../kpi';
import type { Locale } from '../locale';
import type { EvidenceLevel, KpiField } from '../fields';
import type { Delimiter } from './delimited';

/**
 * A cell's text, trimmed, without the one quote src/export/csv.ts puts before cells a spreadsheet would run
 * (csvCell): before =, +, -, @, and before text that already started with quotes and then one of those.
 */
export function cellText(row: readonly string[], column: number | null): string {
  if (column === null) return '';
  const text = (row[column] ?? '').trim();
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * How a table's numbers are read: a ";" file comes from a spreadsheet that writes decimal commas (settings
 * of Spain and others, and what src/export/csv.ts writes where the region does), so ","; a "," file from
 * one that writes decimal points, so "."; tabs (pasted ranges) say nothing, so the UI's language as the
 * browser's region writes it decides (numberRegion). It only matters for "1,000" and "12.000": a lone
 * "3,5" or "3.5" is three and a half either way, and "1.200,75" or "1.234.567" say themselves which mark
 * is which (see parseLocaleNumber).
 */
export function numberLocaleOf(delimiter: Delimiter | undefined, fallback: Locale): NumberStyle {
  if (delimiter === ';') return ',';
  if (delimiter === ',') return '.';
  return fallback;
}

/**
 * One KPI cell in the table's number language, read as the inspector reads a typed value (readKpiInput:
 * "85 %" for percentages and "12,50 €" or "EUR 12.50" for costs without their sign): empty -> null; out of
 * KPI_LIMITS or not a number (or not whole for a count) is refused with the reason, never clamped.
 */
export function readKpiCell(
  field: KpiField,
  text: string,
  locale: NumberStyle,
): { value: number | null } | { refused: KpiInputRefusal } {
  const read = readKpiInput(field, text, locale);
  return read.ok ? { value: read.value } : { refused: read.reason };
}

/** The evidence words of both languages (as src/export/csv.ts and the inspector write them), folded. */
const EVIDENCE_WORDS: Record<string, EvidenceLevel> = {
  assumed: 'assumed',
  supuesta: 'assumed',
  supuesto: 'assumed',
  asumida: 'assumed',
  asumido: 'assumed',
  hipotesis: 'assumed',
  observed: 'observed',
  observada: 'observed',
  observado: 'observed',
  measured: 'measured',
  medida: 'measured',
  medido: 'measured',
};

/**
 * An evidence cell: a level's word in either language, also with the inspector's explanation after it
 * ("Measured (figures)"); '' when empty; null when it names no level.
 */
export function readEvidenceCell(text: string): EvidenceLevel | '' | null {
  const folded = foldLabel(text);
  if (folded === '') return '';
  return EVIDENCE_WORDS[folded.split(' ')[0]] ?? null;
}

/** The ISO 4217 code a cost header names ("Coste por contacto (EUR)" -> "EUR"), or null. */
export function currencyOfHeader(header: string): string | null {
  return /(?:^|[\s(])([A-Z]{3})(?:$|[\s)])/.exec(header)?.[1] ?? null;
}
