import { cellKey, type Insights, type InsightTouchpoint } from '../../domain/insights';
import type { KpiSummary } from '../../domain/kpiSummary';
import type { Locale } from '../../domain/locale';
import { fixedT, type Translate } from '../../i18n/fixedT';

/**
 * The insights as rows of words and numbers, one definition for the CSV and the PDF report: each section's
 * columns and the values under them. Numbers stay numbers (null: unknown) so each format writes them its way.
 */
export type Value = string | number | null;

export interface Section {
  title: string;
  headers: string[];
  rows: Value[][];
}

/** Rounds a figure for a report: two decimals at most (an average emotion of -1.333... is -1.33). */
export function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

function kpiValues(kpis: KpiSummary): Value[] {
  return [
    round2(kpis.csat?.value ?? null),
    round2(kpis.fcr?.value ?? null),
    round2(kpis.ces?.value ?? null),
    round2(kpis.nps?.mean ?? null),
    kpis.volume,
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
        ...kpiValues(cell.kpis),
      ]),
    },
    {
      title: t('insights.universal.title'),
      headers: [col('insights.columns.channel'), col('insights.columns.journeys'), col('insights.columns.painPoints')],
      rows: insights.universalPains.map((p) => [channel(p.channel), p.journeyIds.length, p.items.length]),
    },
    {
      title: t('insights.handoffs.title'),
      headers: [
        col('insights.columns.function'),
        col('insights.columns.toFunction'),
        col('insights.columns.handoffs'),
        col('insights.columns.journeys'),
        col('insights.columns.emotion'),
      ],
      rows: insights.handoffs.map((h) => [fn(h.from), fn(h.to), h.count, h.journeys, round2(h.averageEmotion)]),
    },
    { title: t('insights.moments.title'), headers: touchpointHeaders, rows: insights.moments.map(touchpointRow) },
    { title: t('insights.pains.title'), headers: touchpointHeaders, rows: insights.pains.map(touchpointRow) },
  ];
}
