import { personasLine, shownEmotion } from '../domain/personas';
import { useTranslation } from 'react-i18next';
import { formatEmotionAverage, nearestEmotion } from '../domain/emotionAverage';
import { averageEmotion } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import { summarize } from '../domain/summary';
import { EMOTION_LABELS } from '../domain/vocabulary';
import { useLocale } from '../ui/useLocale';
import { PresentCurve } from './PresentCurve';
import { numberTag } from '../domain/numberRegion';
import type { ShownPersona } from '../ui/useShownPersona';

/**
 * The opening step: what the journey is, for whom, its figures and its whole emotion curve, with the average
 * emotion of `persona` (useShownPersona: null for the main one).
 */
export function OverviewStep({ journey, persona }: { journey: Journey; persona: ShownPersona | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const figures = summarize(journey);
  const average = averageEmotion(journey, (tp) => shownEmotion(tp, persona?.id ?? null));
  const everything = new Set(journey.touchpoints.map((tp) => tp.id));
  const stats = [
    { key: 'stages', value: figures.stageCount, label: t('present.statStages') },
    { key: 'touchpoints', value: figures.touchpointCount, label: t('present.statTouchpoints') },
    { key: 'truth', value: figures.momentOfTruthCount, label: t('present.statMomentsOfTruth') },
    { key: 'pain', value: figures.painPointCount, label: t('present.statPainPoints') },
  ];

  return (
    <article className="present-overview">
      <p className="present__kicker">{t('present.overview')}</p>
      <h1 className="present__title" data-testid="present-step" data-step-kind="overview">
        {journey.name || t('library.untitled')}
      </h1>
      {journey.description && <p className="present__lead">{journey.description}</p>}
      <p className="present-overview__persona">
        <span className="present__label">{t('present.persona')}</span>{' '}
        {personasLine(journey, (n) => t('panels.personas.unnamed', { n })) || t('present.noPersona')}
      </p>
      <dl className="present-stats">
        {stats.map((stat) => (
          <div key={stat.key} className={`present-stats__item present-stats__item--${stat.key}`}>
            <dt>{stat.label}</dt>
            <dd>{new Intl.NumberFormat(numberTag(locale)).format(stat.value)}</dd>
          </div>
        ))}
      </dl>
      {average !== null && (
        <p className="present-overview__average">
          {t('present.averageEmotion', {
            average: formatEmotionAverage(average, locale),
            label: EMOTION_LABELS[nearestEmotion(average)][locale],
          })}
        </p>
      )}
      <PresentCurve
        journey={journey}
        persona={persona}
        revealed={everything}
        height={170}
        className="present-curve--overview"
      />
    </article>
  );
}
