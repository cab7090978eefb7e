import type { Insights } from '../../domain/insights';
import type { Locale } from '../../domain/locale';
import { CSV_BOM, CSV_DELIMITER, csvCell, csvDecimal } from '../csv';
import { insightsSections, insightsWords } from './insightsRows';

/**
 * The insights as one CSV (UTF-8 with BOM, `;` in Spanish and `,` in English, as the journey CSV): each
 * section's title on a line of its own, its header row, its rows, and an empty line before the next, so a
 * spreadsheet shows the heatmap, universal pain points, hand-offs, moments of truth and pain points one
 * under the other. Numbers take the language's decimal mark.
 */
export function insightsCsv(insights: Insights, locale: Locale, filterLine: string): string {
  const delimiter = CSV_DELIMITER[locale];
  const t = insightsWords(locale);
  const line = (values: (string | number | null)[]) =>
    values.map((v) => csvCell(typeof v === 'number' ? csvDecimal(v, locale) : (v ?? ''), delimiter)).join(delimiter);
  const lines = [line([t('insights.title')]), line([filterLine])];
  for (const section of insightsSections(insights, locale)) {
    lines.push('', line([section.title]), line(section.headers), ...section.rows.map(line));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** The insights CSV as a downloadable file. */
export function insightsCsvBlob(insights: Insights, locale: Locale, filterLine: string): Blob {
  return new Blob([insightsCsv(insights, locale, filterLine)], { type: 'text/csv;charset=utf-8' });
}
