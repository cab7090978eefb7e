import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { updateTouchpoints, type TouchpointFields } from '../domain/commands/touchpointCommands';
import { EMOTIONS, type Emotion, type Touchpoint } from '../domain/journey';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../domain/fields';
import { useEditor } from '../store/services';
import { deliveredLevelKey } from '../ui/deliveredLevel';
import { Field, MIXED_VALUE, MixedOption, sameFields, shared } from './fields';

const sameExperience = sameFields<Touchpoint>(['delivered', 'evidence']);
const sameBehind = sameFields<Touchpoint>(['backstage', 'support']);

/**
 * The delivered experience (-2..+2, beside the perceived emotion) and how the data is known, for one or
 * several touchpoints at once.
 */
export const ExperienceFields = memo(
  function ExperienceFields({ touchpoints }: { touchpoints: readonly Touchpoint[] }) {
    const { t } = useTranslation();
    const uid = useId();
    const run = useEditor((s) => s.run);
    const ids = touchpoints.map((tp) => tp.id);
    const set = (fields: TouchpointFields) => run(updateTouchpoints, { ids, fields });
    const delivered = shared(touchpoints, (tp) => tp.delivered);
    const evidence = shared(touchpoints, (tp) => tp.evidence);

    return (
      <>
        <Field id={`${uid}-delivered`} label={t('panels.measures.delivered')}>
          <select
            id={`${uid}-delivered`}
            data-testid="field-delivered"
            aria-describedby={`${uid}-delivered-hint`}
            value={delivered.mixed ? MIXED_VALUE : delivered.value === null ? '' : String(delivered.value)}
            onChange={(e) => {
              if (e.target.value === MIXED_VALUE) return;
              set({ delivered: e.target.value === '' ? null : (Number(e.target.value) as Emotion) });
            }}
          >
            <MixedOption show={delivered.mixed} />
            <option value="">{t('panels.measures.notAssessed')}</option>
            {EMOTIONS.map((score) => (
              <option key={score} value={String(score)}>
                {t(deliveredLevelKey(score))}
              </option>
            ))}
          </select>
          <p id={`${uid}-delivered-hint`} className="hint">
            {t('panels.measures.deliveredHint')}
          </p>
        </Field>
        <Field id={`${uid}-evidence`} label={t('panels.measures.evidence')}>
          <select
            id={`${uid}-evidence`}
            data-testid="field-evidence"
            value={evidence.mixed ? MIXED_VALUE : evidence.value}
            onChange={(e) => {
              if (e.target.value !== MIXED_VALUE) set({ evidence: e.target.value as EvidenceLevel });
            }}
          >
            <MixedOption show={evidence.mixed} />
            {EVIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`panels.measures.evidenceLevels.${level}`)}
              </option>
            ))}
          </select>
        </Field>
      </>
    );
  },
  (a, b) => sameExperience(a.touchpoints, b.touchpoints),
);

/** What happens behind the line of visibility for one touchpoint: backstage actions and support processes. */
export const BehindTheScenesFields = memo(
  function BehindTheScenesFields({ touchpoint }: { touchpoint: Touchpoint }) {
    const { t } = useTranslation();
    const uid = useId();
    const run = useEditor((s) => s.run);
    const set = (fields: TouchpointFields) => run(updateTouchpoints, { ids: [touchpoint.id], fields });
    return (
      <>
        <Field id={`${uid}-backstage`} label={t('panels.measures.backstage')}>
          <textarea
            id={`${uid}-backstage`}
            data-testid="field-backstage"
            dir="auto"
            rows={2}
            value={touchpoint.backstage}
            placeholder={t('panels.measures.backstagePlaceholder')}
            onChange={(e) => set({ backstage: e.target.value })}
          />
        </Field>
        <Field id={`${uid}-support`} label={t('panels.measures.support')}>
          <textarea
            id={`${uid}-support`}
            data-testid="field-support"
            dir="auto"
            rows={2}
            value={touchpoint.support}
            placeholder={t('panels.measures.supportPlaceholder')}
            onChange={(e) => set({ support: e.target.value })}
          />
        </Field>
      </>
    );
  },
  (a, b) => sameBehind([a.touchpoint], [b.touchpoint]),
);
