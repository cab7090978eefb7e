import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEmotionAverage, nearestEmotion } from '../../domain/emotionAverage';
import { cellKey, type Heatmap, type HeatmapCell, type InsightsVocabulary } from '../../domain/insights';
import { EMOTION_COLORS, NO_EMOTION_COLOR } from '../../domain/look/colors';
import { useLocale } from '../../ui/useLocale';

interface Props {
  heatmap: Heatmap;
  vocabulary: InsightsVocabulary;
  /** The key of the cell whose touchpoints are listed, if any. */
  selected: string | null;
  onSelect: (cell: HeatmapCell) => void;
}

/** An average emotion as data for tests and tools: two decimals, "." as decimal mark; '' when none. */
export function emotionData(average: number | null): string {
  return average === null ? '' : String(Math.round(average * 100) / 100);
}

/**
 * Channel x owning function as a real table (row and column headers, a caption) that is also the heatmap:
 * each used cell is a button tinted by its average emotion; choosing it lists its touchpoints.
 */
export function InsightsHeatmap({ heatmap, vocabulary, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const emotionText = (average: number | null) =>
    average === null ? t('insights.noEmotion') : formatEmotionAverage(average, locale);
  return (
    <section className="insights-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('insights.heatmap.title')}</h2>
      <div className="insights-heatmap__scroll">
        <table className="insights-heatmap" data-testid="insights-heatmap">
          <caption>{t('insights.heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.heatmap.channel')}</th>
              {heatmap.functions.map((fn) => (
                <th scope="col" key={fn}>
                  {vocabulary.functionLabel(fn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.channels.map((channel) => (
              <tr key={channel}>
                <th scope="row">{vocabulary.channelLabel(channel)}</th>
                {heatmap.functions.map((fn) => {
                  const key = cellKey(channel, fn);
                  const cell = heatmap.cells.get(key);
                  if (!cell)
                    return (
                      <td key={fn} className="insights-heatmap__empty">
                        <span aria-hidden="true">·</span>
                        <span className="visually-hidden">{t('insights.heatmap.empty')}</span>
                      </td>
                    );
                  const color =
                    cell.averageEmotion === null
                      ? NO_EMOTION_COLOR
                      : EMOTION_COLORS[nearestEmotion(cell.averageEmotion)];
                  return (
                    <td
                      key={fn}
                      data-testid="heatmap-cell"
                      data-channel={channel}
                      data-function={fn}
                      data-touchpoints={cell.touchpoints}
                      data-pain-points={cell.painPoints}
                      data-avg-emotion={emotionData(cell.averageEmotion)}
                      style={{ '--cell-color': color } as CSSProperties}
                    >
                      <button
                        type="button"
                        className="insights-heatmap__cell"
                        aria-pressed={selected === key}
                        aria-label={t('insights.heatmap.cell', {
                          channel: vocabulary.channelLabel(channel),
                          function: vocabulary.functionLabel(fn),
                          touchpoints: t('insights.touchpoints', { count: cell.touchpoints }),
                          pains: t('insights.heatmap.pains', { count: cell.painPoints }),
                          emotion: emotionText(cell.averageEmotion),
                        })}
                        onClick={() => onSelect(cell)}
                      >
                        <span className="insights-heatmap__count">{cell.touchpoints}</span>
                        <span className="insights-heatmap__pains">
                          {cell.painPoints > 0 ? t('insights.heatmap.pains', { count: cell.painPoints }) : ''}
                        </span>
                        <span className="insights-heatmap__emotion">{emotionText(cell.averageEmotion)}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('insights.heatmap.legend')}</p>
    </section>
  );
}
