import type { Insights } from '../../domain/insights';
import type { Locale } from '../../domain/locale';
import { csvDecimal, csvText } from '../csv';
import { insightsSections, insightsWords, isFigure, type Value } from './insightsRows';

/**
 * The insights as one CSV (UTF-8 with BOM, `;` in Spanish and `,` in English, as the journey CSV): each
 * section's title on a line of its own, its header row, its rows, and an empty line before the next, so a
 * spreadsheet shows the heatmap, universal pain points, hand-offs, moments of truth and pain points one
 * under the other. Numbers take the language's decimal mark.
 */
export function insightsCsv(insights: Insights, locale: Locale, filterLine: string): string {
  const t = insightsWords(locale);
  // A measure is written as its number, not its text ("81", not "81 %"), so a spreadsheet can compute with it.
  const line = (values: readonly Value[]) =>
    values.map((v) =>
      isFigure(v) ? csvDecimal(v.value, locale) : typeof v === 'number' ? csvDecimal(v, locale) : (v ?? ''),
    );
  const lines: string[][] = [[t('insights.title')], [filterLine]];
  for (const section of insightsSections(insights, locale)) {
    lines.push([], [section.title], line(section.headers), ...section.rows.map(line));
  }
  return csvText(lines, locale);
}

/** The insights CSV as a downloadable file. */
export function insightsCsvBlob(insights: Insights, locale: Locale, filterLine: string): Blob {
  return new Blob([insightsCsv(insights, locale, filterLine)], { type: 'text/csv;charset=utf-8' });
}
