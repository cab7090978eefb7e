import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../ui/useVocabulary';
import type { Stage, Touchpoint } from '../domain/journey';
import { NO_FUNCTION_COLOR } from '../domain/look/colors';
import { findEntry } from '../domain/vocabulary';
import { TouchpointMeta } from './TouchpointMeta';
import type { ShownPersona } from '../ui/useShownPersona';
import { TouchpointKpis } from './KpiFigures';
import { LinkifiedText } from '../ui/LinkifiedText';
import { stageLabel } from '../domain/stageLabel';

interface Props {
  touchpoint: Touchpoint;
  stage: Stage | undefined;
  stageIndex: number;
  stageCount: number;
  /** Whose emotion it shows (useShownPersona): null for the main persona. */
  persona: ShownPersona | null;
}

/** A touchpoint step: the title huge, its facts, its measures, what hurts and the notes so far. */
export function TouchpointStep({ touchpoint, stage, stageIndex, stageCount, persona }: Props) {
  const { t } = useTranslation();
  const { functions } = useVocabulary();
  const owner = findEntry(functions, touchpoint.functionId);
  return (
    <article
      className="present-touchpoint"
      style={{ '--owner-color': owner?.color ?? NO_FUNCTION_COLOR } as React.CSSProperties}
    >
      <p className="present__kicker">
        {stage &&
          `${t('present.stageOf', { n: stageIndex + 1, count: stageCount })} · ${stageLabel(stage.name, t('stage.unnamed'))}`}
      </p>
      <h1 className="present__title present__title--touchpoint" data-testid="present-step" data-step-kind="touchpoint">
        {touchpoint.title || t('touchpoint.untitled')}
      </h1>
      <TouchpointMeta touchpoint={touchpoint} persona={persona} faceSize={34} />
      <TouchpointKpis touchpoint={touchpoint} />
      {touchpoint.description && <p className="present__lead">{touchpoint.description}</p>}
      {touchpoint.painPoint && touchpoint.painNote && (
        <section className="present-hurts" aria-label={t('present.whatHurts')}>
          <h2 className="present__label">{t('present.whatHurts')}</h2>
          <p>
            <LinkifiedText text={touchpoint.painNote} />
          </p>
        </section>
      )}
      {touchpoint.notes.trim() && (
        <section className="present-notes" aria-label={t('present.notes')}>
          <h2 className="present__label">{t('present.notes')}</h2>
          <p data-testid="present-notes">
            <LinkifiedText text={touchpoint.notes} />
          </p>
        </section>
      )}
    </article>
  );
}
