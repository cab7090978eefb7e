import type { Insights } from '../../domain/insights';
import type { Locale } from '../../domain/locale';
import { formatEmotionAverage } from '../../domain/emotionAverage';
import { planAppendix } from '../pdf/appendixPlan';
import type { TableSpec } from '../pdf/appendixTables';
import { setTypesetter } from '../pdf/draw';
import { drawAppendixPage } from '../pdf/drawAppendix';
import { drawFooter } from '../pdf/drawFrame';
import { browserFallback, type FallbackText } from '../pdf/fallback';
import { addNotoSans, fetchNotoSans, type FontSource } from '../pdf/fonts/notoSans';
import { pageFrame } from '../pdf/geometry';
import { loadJsPdf } from '../pdf/exportPdf';
import { chooseFont, Typesetter } from '../pdf/text';
import type { CatalogKey } from '../../i18n/fixedT';
import { insightsSections, insightsWords, isFigure, type Value } from './insightsRows';
import { numberTag } from '../../domain/numberRegion';

/** What the report reads besides the insights: the export date, the fonts and the fallback (tests set them). */
export interface InsightsPdfOptions {
  locale: Locale;
  /** The filters in words, printed under the title. */
  filterLine: string;
  now?: Date;
  fonts?: FontSource;
  fallback?: FallbackText;
}

/**
 * The insights as a PDF report (A4 landscape): a first table with the scope (filters, journeys, date), then
 * the heatmap with KPIs, universal pain points, hand-offs, moments of truth and pain points as tables that
 * flow over pages like the blueprint's appendix (same layout and drawing code, export/pdf). jsPDF, and Noto
 * Sans when a name needs it, load only here, on the click.
 */
export async function exportInsightsPdf(insights: Insights, options: InsightsPdfOptions): Promise<Blob> {
  const { locale } = options;
  const t = insightsWords(locale);
  const now = options.now ?? new Date();
  const number = new Intl.NumberFormat(numberTag(locale), { maximumFractionDigits: 2 });
  const emotionColumns = new Set([t('insights.columns.emotion')]);
  const sections = insightsSections(insights, locale);
  // i18next picks the _one or _other form from the count; the catalog type lists only the suffixed keys.
  const plural = (key: 'insights.journeys' | 'insights.touchpoints', count: number) => t(key as CatalogKey, { count });
  const text = (value: Value, emotion: boolean): string =>
    value === null
      ? ''
      : isFigure(value)
        ? value.text
        : typeof value === 'number'
          ? emotion
            ? formatEmotionAverage(value, locale)
            : number.format(value)
          : value;
  const scope: TableSpec = {
    title: t('insights.filters.title'),
    columns: [{ header: t('insights.report.scope'), weight: 1 }],
    groups: [
      {
        heading: '',
        rows: [
          [options.filterLine],
          [
            t('insights.scope', {
              journeys: plural('insights.journeys', insights.journeyCount),
              touchpoints: plural('insights.touchpoints', insights.touchpointCount),
            }),
          ],
          [new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(now)],
        ],
      },
    ],
  };
  const tables: TableSpec[] = [
    scope,
    ...sections.map((section) => {
      const numeric = section.rows[0]?.map((v) => typeof v === 'number' || isFigure(v)) ?? [];
      return {
        title: section.title,
        columns: section.headers.map((header, i) => ({
          header,
          weight: numeric[i] ? 1 : 2,
          align: numeric[i] ? ('right' as const) : ('left' as const),
        })),
        groups:
          section.rows.length === 0
            ? []
            : [
                {
                  heading: section.note,
                  rows: section.rows.map((row) => row.map((v, i) => text(v, emotionColumns.has(section.headers[i])))),
                },
              ],
      };
    }),
  ];
  const texts = tables.flatMap((table) => [
    table.title,
    ...table.columns.map((c) => c.header),
    ...table.groups.flatMap((g) => g.rows.flat()),
  ]);
  const type = new Typesetter(chooseFont(texts), options.fallback ?? browserFallback());
  const frame = pageFrame('a4', 'landscape');
  const title = t('insights.title');
  const pages = planAppendix(
    tables,
    frame,
    { appendix: title, continued: t('exported.pdf.continued'), none: t('exported.pdf.none') },
    type,
  );
  const [{ jsPDF }, fonts] = await Promise.all([
    loadJsPdf(),
    type.font === 'noto' ? (options.fonts ?? fetchNotoSans)() : Promise.resolve(null),
  ]);
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape', compress: true });
  if (fonts) addNotoSans(doc, fonts);
  setTypesetter(doc, type);
  doc.setProperties({ title, subject: t('insights.report.subject'), creator: 'Recorrido' });
  doc.setLanguage(locale === 'es' ? 'es-ES' : 'en-US');
  doc.setCreationDate(now);
  const pageOf = (page: number, total: number) => t('exported.pdf.pageOf', { page, total });
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'landscape');
    drawAppendixPage(doc, frame, page);
    drawFooter(doc, frame, title, i + 1, pages.length, { pageOf });
  });
  return doc.output('blob');
}
