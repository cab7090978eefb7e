import { AlertTriangle, Star } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCROLLS_WITH_KEYS } from '../actions/keys';
import { journeyOrder } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import { summarizeKpis } from '../domain/kpiSummary';
import { SummaryKpis } from './KpiFigures';
import { stageLabel } from '../domain/stageLabel';

/**
 * The closing step: the whole journey's measures, the moments of truth and the pain points, with what hurts.
 * Its lists can run past the screen, and the presentation's page keys step: so the summary is a region
 * reached by Tab (or a click) where the arrows, PageUp/PageDown and Home/End scroll it (SCROLLS_WITH_KEYS).
 */
export function SummaryStep({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const ordered = journeyOrder(journey);
  const stageName = new Map(journey.stages.map((s) => [s.id, stageLabel(s.name, t('stage.unnamed'))]));
  const truths = ordered.filter((tp) => tp.momentOfTruth);
  const pains = ordered.filter((tp) => tp.painPoint);
  const title = (text: string) => text || t('touchpoint.untitled');
  const uid = useId();

  return (
    <article
      className="present-summary"
      role="region"
      aria-labelledby={`${uid}-title`}
      tabIndex={0}
      {...SCROLLS_WITH_KEYS}
    >
      <h1 id={`${uid}-title`} className="present__title" data-testid="present-step" data-step-kind="summary">
        {t('present.summary')}
      </h1>
      <p className="present__lead">{t('present.summaryIntro')}</p>
      <SummaryKpis summary={summarizeKpis(journey.touchpoints)} label={t('present.journeyKpis')} />
      <div className="present-summary__columns">
        <section className="present-summary__column present-summary__column--truth" aria-labelledby={`${uid}-truths`}>
          <h2 id={`${uid}-truths`}>
            <Star size={28} aria-hidden="true" /> {t('present.momentsOfTruth')}
          </h2>
          {truths.length === 0 ? (
            <p className="present__muted">{t('present.noMomentsOfTruth')}</p>
          ) : (
            <ul data-testid="present-summary-truths">
              {truths.map((tp) => (
                <li key={tp.id}>
                  <strong>{title(tp.title)}</strong>
                  <span className="present__muted"> · {stageName.get(tp.stageId)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="present-summary__column present-summary__column--pain" aria-labelledby={`${uid}-pains`}>
          <h2 id={`${uid}-pains`}>
            <AlertTriangle size={28} aria-hidden="true" /> {t('present.painPoints')}
          </h2>
          {pains.length === 0 ? (
            <p className="present__muted">{t('present.noPainPoints')}</p>
          ) : (
            <ul data-testid="present-summary-pains">
              {pains.map((tp) => (
                <li key={tp.id}>
                  <strong>{title(tp.title)}</strong>
                  <span className="present__muted"> · {stageName.get(tp.stageId)}</span>
                  {tp.painNote && (
                    <p className="present-summary__hurts">
                      <span className="present__label">{t('present.whatHurts')}:</span> {tp.painNote}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
