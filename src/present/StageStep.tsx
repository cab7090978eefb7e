import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage, Touchpoint } from '../domain/journey';
import { summarizeKpis } from '../domain/kpiSummary';
import { SummaryKpis } from './KpiFigures';
import { TouchpointMeta } from './TouchpointMeta';
import type { ShownPersona } from '../ui/useShownPersona';
import { stageLabel } from '../domain/stageLabel';

interface Props {
  stage: Stage;
  index: number;
  count: number;
  /** The stage's touchpoints in journey order. */
  touchpoints: Touchpoint[];
  /** Whose emotions it shows (useShownPersona): null for the main persona. */
  persona: ShownPersona | null;
}

/**
 * A stage step: its name, big, its measures added up as the Measures dialog does, and the touchpoints the
 * room is about to walk through.
 */
export function StageStep({ stage, index, count, touchpoints, persona }: Props) {
  const { t } = useTranslation();
  const kpis = useMemo(() => summarizeKpis(touchpoints), [touchpoints]);
  return (
    <article className="present-stage">
      <p className="present__kicker">
        {t('present.stageOf', { n: index + 1, count })} · {t('present.stageTouchpoints', { count: touchpoints.length })}
      </p>
      <h1 className="present__title present__title--stage" data-testid="present-step" data-step-kind="stage">
        {stageLabel(stage.name, t('stage.unnamed'))}
      </h1>
      <SummaryKpis summary={kpis} label={t('present.stageKpis')} />
      {touchpoints.length === 0 ? (
        <p className="present__lead">{t('present.stageEmpty')}</p>
      ) : (
        <ol className="present-stage__list">
          {touchpoints.map((tp) => (
            <li key={tp.id} className="present-stage__item">
              <span className="present-stage__title">{tp.title || t('touchpoint.untitled')}</span>
              <TouchpointMeta touchpoint={tp} persona={persona} faceSize={22} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
