import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatEmotionAverage, meanEmotion } from '../../domain/emotionAverage';
import type { InsightTouchpoint } from '../../domain/insights';
import { formatKpiSummary } from '../../domain/kpiFormat';
import { hasKpis, type KpiSummary } from '../../domain/kpiSummary';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { touchpointPath } from '../../ui/paths';
import { useLocale } from '../../ui/useLocale';

/** What a chosen cell or row stands for: its title, the touchpoints behind it and, for a cell, its KPIs. */
export interface InsightsSelection {
  key: string;
  title: string;
  items: InsightTouchpoint[];
  kpis?: KpiSummary;
}

/** One touchpoint as a link into its journey's editor, selected there. */
export function TouchpointLink({ item, testId }: { item: InsightTouchpoint; testId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = item.title.trim() || t('insights.untitledTouchpoint');
  const journey = item.journeyName.trim() || t('insights.untitledJourney');
  return (
    <Link
      to={touchpointPath(item.journeyId, item.touchpointId)}
      data-testid={testId}
      data-journey-id={item.journeyId}
      data-touchpoint-id={item.touchpointId}
      aria-label={t('insights.detail.openTouchpoint', { title, journey })}
      className="insights-link"
    >
      <span className="insights-link__title">{title}</span>
      <span className="insights-link__meta">
        {[journey, item.stageName.trim(), item.emotion === null ? '' : EMOTION_LABELS[item.emotion][locale]]
          .filter((part) => part !== '')
          .join(' · ')}
      </span>
    </Link>
  );
}

/**
 * The cell's KPIs in the words and numbers of the Measures dialog and the PDF (formatKpiSummary: CSAT and
 * FCR in %, NPS as mean and range, "*" on a mean weighted by contacts), with the asterisk explained.
 */
function KpiLine({ kpis }: { kpis: KpiSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The insights add up every journey's touchpoints, whatever their currency: no money figure here.
  const text = formatKpiSummary(kpis, locale, '');
  const parts = [
    text.csat && t('insights.kpis.csat', { value: text.csat }),
    text.fcr && t('insights.kpis.fcr', { value: text.fcr }),
    text.ces && t('insights.kpis.ces', { value: text.ces }),
    text.nps && t('insights.kpis.nps', { value: text.nps }),
    text.volume && t('insights.kpis.volume', { value: text.volume }),
  ].filter((part) => part !== '');
  const weighted = [kpis.csat, kpis.fcr, kpis.ces].some((mean) => mean?.weighted);
  return (
    <p className="insights-detail__kpis">
      <strong>{t('insights.detail.kpis')}:</strong> {parts.join(' · ')}
      {weighted && ` (${t('insights.kpis.weighted')})`}
    </p>
  );
}

/** The touchpoints behind the chosen cell or row, each a link that opens its journey with it selected. */
export function InsightsDetail({ selection, onClose }: { selection: InsightsSelection; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on what they asked for.
  useEffect(() => heading.current?.focus(), [selection.key]);
  const average = meanEmotion(selection.items);
  return (
    <section className="insights-detail" aria-labelledby={`${id}-title`} data-testid="insights-detail">
      <div className="insights-detail__head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {selection.title}
        </h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('insights.detail.close')}
        </button>
      </div>
      <p className="hint">
        {t('insights.touchpoints', { count: selection.items.length })}
        {average !== null && ` · ${t('insights.handoffs.emotion', { value: formatEmotionAverage(average, locale) })}`}
      </p>
      {selection.kpis && hasKpis(selection.kpis) && <KpiLine kpis={selection.kpis} />}
      <ul className="insights-detail__list" data-testid="insights-touchpoints">
        {selection.items.map((item) => (
          <li key={`${item.journeyId}/${item.touchpointId}`}>
            <TouchpointLink item={item} testId="insight-touchpoint" />
          </li>
        ))}
      </ul>
    </section>
  );
}
