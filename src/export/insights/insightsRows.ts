import { cellKey, type Insights, type InsightTouchpoint } from '../../domain/insights';
import { formatKpiSummary } from '../../domain/kpiFormat';
import type { KpiSummary } from '../../domain/kpiSummary';
import type { Locale } from '../../domain/locale';
import { fixedT, type Translate } from '../../i18n/fixedT';

/**
 * A measure as a number for a spreadsheet and as the text people read (formatKpiSummary: "81 %", "-10 (-30 …
 * 10)", "*" on a weighted mean), so the CSV stays computable and the PDF reads as the Measures dialog.
 */
export interface Figure {
  value: number | null;
  text: string;
}

/**
 * The insights as rows of words and numbers, one definition for the CSV and the PDF report: each section's
 * columns and the values under them. Numbers stay numbers (null: unknown) so each format writes them its way.
 */
export type Value = string | number | null | Figure;

export interface Section {
  title: string;
  /** A line under the title that explains the rows' marks (the heatmap's "*"); '' when none. */
  note: string;
  headers: string[];
  rows: Value[][];
}

/** Whether a value is a measure with its text (see Figure). */
export function isFigure(value: Value): value is Figure {
  return typeof value === 'object' && value !== null;
}

/** Rounds a figure for a report: two decimals at most (an average emotion of -1.333... is -1.33). */
export function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

function kpiValues(kpis: KpiSummary, locale: Locale): Figure[] {
  // Journeys may count in different currencies, and the heatmap shows no money: no currency is needed.
  const text = formatKpiSummary(kpis, locale, '');
  return [
    { value: round2(kpis.csat?.value ?? null), text: text.csat },
    { value: round2(kpis.fcr?.value ?? null), text: text.fcr },
    { value: round2(kpis.ces?.value ?? null), text: text.ces },
    { value: round2(kpis.nps?.mean ?? null), text: text.nps },
    { value: kpis.volume, text: text.volume },
  ];
}

/** The words the rows are written with, in one language. */
export function insightsWords(locale: Locale): Translate {
  return fixedT(locale);
}

/** Every section of the insights, in the order of the page: heatmap, universal pains, hand-offs, moments, pains. */
export function insightsSections(insights: Insights, locale: Locale): Section[] {
  const t = insightsWords(locale);
  const { vocabulary } = insights;
  const channel = (key: string) => vocabulary.channelLabel(key);
  const fn = (key: string) => vocabulary.functionLabel(key);
  const col = (key: Parameters<Translate>[0]) => t(key);
  const touchpointRow = (item: InsightTouchpoint): Value[] => [
    item.journeyName.trim() || t('insights.untitledJourney'),
    t(`insights.states.${item.journeyState}`),
    item.stageName,
    item.title.trim() || t('insights.untitledTouchpoint'),
    channel(item.channel),
    fn(item.function),
    item.emotion,
    item.painNote,
  ];
  const touchpointHeaders = [
    col('insights.columns.journey'),
    col('insights.columns.state'),
    col('insights.columns.stage'),
    col('insights.columns.touchpoint'),
    col('insights.columns.channel'),
    col('insights.columns.function'),
    col('insights.columns.emotion'),
    col('insights.columns.painNote'),
  ];
  const { heatmap } = insights;
  const cells = heatmap.channels.flatMap((c) =>
    heatmap.functions.flatMap((f) => {
      const cell = heatmap.cells.get(cellKey(c, f));
      return cell ? [cell] : [];
    }),
  );
  return [
    {
      title: t('insights.heatmap.title'),
      note: t('exported.pdf.measuresNote'),
      headers: [
        col('insights.columns.channel'),
        col('insights.columns.function'),
        col('insights.columns.touchpoints'),
        col('insights.columns.painPoints'),
        col('insights.columns.momentsOfTruth'),
        col('insights.columns.emotion'),
        col('insights.columns.csat'),
        col('insights.columns.fcr'),
        col('insights.columns.ces'),
        col('insights.columns.nps'),
        col('insights.columns.volume'),
      ],
      rows: cells.map((cell) => [
        channel(cell.channel),
        fn(cell.function),
        cell.touchpoints,
        cell.painPoints,
        cell.momentsOfTruth,
        round2(cell.averageEmotion),
        ...kpiValues(cell.kpis, locale),
      ]),
    },
    {
      title: t('insights.universal.title'),
      note: '',
      headers: [col('insights.columns.channel'), col('insights.columns.journeys'), col('insights.columns.painPoints')],
      rows: insights.universalPains.map((p) => [channel(p.channel), p.journeyIds.length, p.items.length]),
    },
    {
      title: t('insights.handoffs.title'),
      note: '',
      headers: [
        col('insights.columns.function'),
        col('insights.columns.toFunction'),
        col('insights.columns.handoffs'),
        col('insights.columns.journeys'),
        col('insights.columns.emotion'),
      ],
      rows: insights.handoffs.map((h) => [fn(h.from), fn(h.to), h.count, h.journeys, round2(h.averageEmotion)]),
    },
    {
      title: t('insights.moments.title'),
      note: '',
      headers: touchpointHeaders,
      rows: insights.moments.map(touchpointRow),
    },
    { title: t('insights.pains.title'), note: '', headers: touchpointHeaders, rows: insights.pains.map(touchpointRow) },
  ];
}
