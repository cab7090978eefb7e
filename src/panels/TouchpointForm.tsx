import { AlertTriangle, Star, Trash2 } from 'lucide-react';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { updateTouchpoints, deleteElements, type TouchpointFields } from '../domain/commands/touchpointCommands';
import type { Emotion, Persona, Touchpoint } from '../domain/journey';
import { ConnectionsField } from './ConnectionsField';
import { EmotionField } from './EmotionField';
import { CheckboxField, Field, shared } from './fields';
import { PlacementFields } from './PlacementFields';
import { LIMITS } from '../domain/limits';
import { setPersonaEmotion } from '../domain/commands/personaCommands';
import { activePersonaId, emotionFor } from '../domain/personas';
import { BehindTheScenesFields, ExperienceFields } from './ExperienceFields';
import { KpiFields } from './KpiFields';
import { OpportunitiesField } from './OpportunitiesField';

/** Id of the inspector's title field, so the editor can focus it (e.g. right after adding a touchpoint). */
export const INSPECTOR_TITLE_ID = 'inspector-title';

const NO_PERSONAS: Persona[] = [];

/**
 * Edits one or several touchpoints. Every field is controlled from the store and every change is one
 * `updateTouchpoints` run over the whole selection; typing into one field merges into one undo step.
 */
export function TouchpointForm({ touchpoints }: { touchpoints: readonly Touchpoint[] }) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  const personas = useEditor((s) => s.journey?.personas ?? NO_PERSONAS);
  const personaId = activePersonaId(
    { personas },
    useEditor((s) => s.personaId),
  );
  const persona = personas.find((p) => p.id === personaId);
  const uid = useId();
  // The inspector keys this form by the selected ids, so they stay the same for its life, and so does `set`.
  const [ids] = useState(() => touchpoints.map((tp) => tp.id));
  const single = touchpoints.length === 1 ? touchpoints[0] : null;
  const hasOpportunities = useEditor(
    (s) => single !== null && (s.journey?.opportunities.some((o) => o.touchpointId === single.id) ?? false),
  );
  const set = useCallback((fields: TouchpointFields) => run(updateTouchpoints, { ids, fields }), [run, ids]);

  const setEmotion = useCallback(
    (value: Emotion | null) =>
      personaId ? run(setPersonaEmotion, { ids, personaId, emotion: value }) : set({ emotion: value }),
    [personaId, run, ids, set],
  );

  const stage = shared(touchpoints, (tp) => tp.stageId);
  const channel = shared(touchpoints, (tp) => tp.channelId);
  const owner = shared(touchpoints, (tp) => tp.functionId);
  const emotion = shared(touchpoints, (tp) => (personaId ? emotionFor({ personas }, tp, personaId) : tp.emotion));
  const truth = shared(touchpoints, (tp) => tp.momentOfTruth);
  const pain = shared(touchpoints, (tp) => tp.painPoint);

  return (
    <form className="inspector__form" onSubmit={(e) => e.preventDefault()}>
      <h2 className="inspector__heading">
        {single ? t('panels.inspector.touchpoint') : t('panels.inspector.selected', { count: touchpoints.length })}
      </h2>
      {!single && <p className="hint inspector__hint">{t('panels.inspector.bulkHint')}</p>}

      {single && (
        <>
          <Field id={INSPECTOR_TITLE_ID} label={t('panels.inspector.title')}>
            <input
              id={INSPECTOR_TITLE_ID}
              data-testid="field-title"
              dir="auto"
              maxLength={LIMITS.touchpointTitle}
              value={single.title}
              placeholder={t('panels.inspector.titlePlaceholder')}
              onChange={(e) => set({ title: e.target.value })}
            />
          </Field>
          <Field id={`${uid}-description`} label={t('panels.inspector.description')}>
            <textarea
              id={`${uid}-description`}
              data-testid="field-description"
              dir="auto"
              rows={3}
              value={single.description}
              onChange={(e) => set({ description: e.target.value })}
            />
          </Field>
        </>
      )}

      <PlacementFields
        uid={uid}
        stageId={stage.value}
        stageMixed={stage.mixed}
        channelId={channel.value}
        channelMixed={channel.mixed}
        functionId={owner.value}
        functionMixed={owner.mixed}
        onSet={set}
      />

      <EmotionField
        value={emotion}
        label={
          personas.length > 1 && persona
            ? t('panels.measures.emotionOf', {
                persona: persona.name || t('panels.personas.unnamed', { n: personas.indexOf(persona) + 1 }),
              })
            : undefined
        }
        onChange={setEmotion}
      />
      <ExperienceFields touchpoints={touchpoints} />

      <CheckboxField
        id={`${uid}-truth`}
        testId="field-moment-of-truth"
        label={t('panels.inspector.momentOfTruth')}
        icon={<Star size={14} aria-hidden="true" className="marker marker--truth" />}
        value={truth}
        onChange={(checked) => set({ momentOfTruth: checked })}
      />
      <CheckboxField
        id={`${uid}-pain`}
        testId="field-pain-point"
        label={t('panels.inspector.painPoint')}
        icon={<AlertTriangle size={14} aria-hidden="true" className="marker marker--pain" />}
        value={pain}
        onChange={(checked) => set({ painPoint: checked })}
      />

      {single?.painPoint && (
        <Field id={`${uid}-pain-note`} label={t('panels.inspector.painNote')}>
          <textarea
            id={`${uid}-pain-note`}
            data-testid="field-pain-note"
            dir="auto"
            rows={2}
            value={single.painNote}
            placeholder={t('panels.inspector.painNotePlaceholder')}
            onChange={(e) => set({ painNote: e.target.value })}
          />
        </Field>
      )}

      {/* Shown while it is a pain point, and while it holds opportunities (unticked, they stay editable). */}
      {single && (single.painPoint || hasOpportunities) && <OpportunitiesField touchpointId={single.id} />}

      {single && (
        <Field id={`${uid}-notes`} label={t('panels.inspector.notes')}>
          <textarea
            id={`${uid}-notes`}
            data-testid="field-notes"
            dir="auto"
            rows={4}
            value={single.notes}
            placeholder={t('panels.inspector.notesPlaceholder')}
            onChange={(e) => set({ notes: e.target.value })}
          />
        </Field>
      )}

      {single && (
        <>
          <BehindTheScenesFields touchpoint={single} />
          <fieldset className="inspector__group">
            <legend className="panel-field__label">{t('panels.measures.title')}</legend>
            <KpiFields touchpoint={single} />
          </fieldset>
        </>
      )}

      {single && <ConnectionsField touchpointId={single.id} />}

      <div className="inspector__actions">
        <button
          type="button"
          className="button"
          data-testid="inspector-delete"
          onClick={() => run(deleteElements, { touchpointIds: ids, connectionIds: [] })}
        >
          <Trash2 size={16} aria-hidden="true" />
          {t('panels.inspector.delete', { count: touchpoints.length })}
        </button>
      </div>
    </form>
  );
}
