import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEmotionAverage } from '../../domain/emotionAverage';
import {
  INSIGHT_SORT_KEYS,
  sortInsightItems,
  type Handoff,
  type InsightSortKey,
  type InsightsVocabulary,
  type InsightTouchpoint,
  type UniversalPain,
} from '../../domain/insights';
import { useLocale } from '../../ui/useLocale';
import { TouchpointLink, type InsightsSelection } from './InsightsDetail';

/** How many rows a list shows before "Show all": thousands of links would slow the page for nobody's benefit. */
const FIRST_ROWS = 100;

interface TouchpointListProps {
  kind: 'moments' | 'pains';
  items: InsightTouchpoint[];
  vocabulary: InsightsVocabulary;
}

/** Every moment of truth (or pain point) across the journeys, sortable, each a link into its journey. */
export function TouchpointList({ kind, items, vocabulary }: TouchpointListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [by, setBy] = useState<InsightSortKey>(kind === 'pains' ? 'emotion' : 'journey');
  const [descending, setDescending] = useState(false);
  const [all, setAll] = useState(false);
  const sorted = useMemo(
    () =>
      sortInsightItems(
        items,
        by,
        descending,
        { channel: (k) => vocabulary.channelLabel(k), function: (k) => vocabulary.functionLabel(k) },
        locale,
      ),
    [items, by, descending, vocabulary, locale],
  );
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  return (
    <section className="insights-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t(`insights.${kind}.title`)} <span className="insights-count">({items.length})</span>
      </h2>
      <div className="insights-sort">
        <label>
          {t('insights.sort.label')}
          <select
            data-testid={`insights-sort-${kind}`}
            value={by}
            onChange={(e) => setBy(e.target.value as InsightSortKey)}
          >
            {INSIGHT_SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`insights.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={descending} onChange={(e) => setDescending(e.target.checked)} />
          {t('insights.sort.descending')}
        </label>
      </div>
      {items.length === 0 && <p className="empty">{t(`insights.${kind}.none`)}</p>}
      <ul className="insights-list" data-testid={`insights-${kind}`}>
        {shown.map((item) => (
          <li
            key={`${item.journeyId}/${item.touchpointId}`}
            data-testid="insight-item"
            data-journey-id={item.journeyId}
            data-touchpoint-id={item.touchpointId}
          >
            <TouchpointLink item={item} testId="insight-link" />
            <span className="insights-list__meta">
              {vocabulary.channelLabel(item.channel)} · {vocabulary.functionLabel(item.function)}
              {kind === 'pains' && item.painNote.trim() !== '' && ` · ${item.painNote.trim()}`}
            </span>
          </li>
        ))}
      </ul>
      {shown.length < sorted.length && (
        <button type="button" className="button" onClick={() => setAll(true)}>
          {t('insights.showAll', { count: sorted.length })}
        </button>
      )}
    </section>
  );
}

interface UniversalProps {
  pains: UniversalPain[];
  vocabulary: InsightsVocabulary;
  onSelect: (selection: InsightsSelection) => void;
}

/** The channels that hurt in several journeys; choosing one lists its pain points. */
export function UniversalPainsList({ pains, vocabulary, onSelect }: UniversalProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="insights-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('insights.universal.title')}</h2>
      <p className="hint">{t('insights.universal.hint')}</p>
      {pains.length === 0 && <p className="empty">{t('insights.universal.none')}</p>}
      <ul className="insights-list" data-testid="insights-universal">
        {pains.map((pain) => {
          const title = t('insights.universal.item', {
            channel: vocabulary.channelLabel(pain.channel),
            pains: t('insights.heatmap.pains', { count: pain.items.length }),
            journeys: t('insights.journeys', { count: pain.journeyIds.length }),
          });
          return (
            <li
              key={pain.channel}
              data-testid="insight-item"
              data-channel={pain.channel}
              data-journeys={pain.journeyIds.length}
              data-count={pain.items.length}
            >
              <button
                type="button"
                className="insights-row"
                onClick={() => onSelect({ key: `universal:${pain.channel}`, title, items: pain.items })}
              >
                {title}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface HandoffProps {
  handoffs: Handoff[];
  vocabulary: InsightsVocabulary;
  onSelect: (selection: InsightsSelection) => void;
}

/** Which function hands the customer to which, how often and how it feels; choosing one lists its touchpoints. */
export function HandoffList({ handoffs, vocabulary, onSelect }: HandoffProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  return (
    <section className="insights-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('insights.handoffs.title')}</h2>
      <p className="hint">{t('insights.handoffs.hint')}</p>
      {handoffs.length === 0 && <p className="empty">{t('insights.handoffs.none')}</p>}
      <ul className="insights-list" data-testid="insights-handoffs">
        {handoffs.map((handoff) => {
          const title = t('insights.handoffs.item', {
            from: vocabulary.functionLabel(handoff.from),
            to: vocabulary.functionLabel(handoff.to),
          });
          const details = [
            t('insights.handoffs.count', { count: handoff.count }),
            t('insights.journeys', { count: handoff.journeys }),
            handoff.averageEmotion === null
              ? t('insights.noEmotion')
              : t('insights.handoffs.emotion', { value: formatEmotionAverage(handoff.averageEmotion, locale) }),
          ].join(' · ');
          // Both ends of each hand-off, once each, in the order met.
          const items = [
            ...new Map(
              handoff.pairs.flatMap((p) => [p.from, p.to]).map((i) => [`${i.journeyId}/${i.touchpointId}`, i]),
            ).values(),
          ];
          return (
            <li
              key={`${handoff.from}>${handoff.to}`}
              data-testid="insight-item"
              data-from={handoff.from}
              data-to={handoff.to}
              data-count={handoff.count}
            >
              <button
                type="button"
                className="insights-row"
                onClick={() => onSelect({ key: `handoff:${handoff.from}>${handoff.to}`, title, items })}
              >
                <span className="insights-row__title">{title}</span>
                <span className="insights-row__meta">{details}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
