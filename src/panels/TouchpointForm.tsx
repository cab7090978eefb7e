import { AlertTriangle, Star, Trash2 } from 'lucide-react';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
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
import { personaName } from '../i18n/personaName';
import { BehindTheScenesFields, ExperienceFields } from './ExperienceFields';
import { KpiFields } from './KpiFields';
import { OpportunitiesField } from './OpportunitiesField';
import { useDraftText } from '../ui/useDraftText';
import type { TypedField } from '../store/lostEdits';

/** Id of the inspector's title field, so the editor can focus it (e.g. right after adding a touchpoint). */
export const INSPECTOR_TITLE_ID = 'inspector-title';

const NO_PERSONAS: Persona[] = [];
const TRUTH_ICON = <Star size={14} aria-hidden="true" className="marker marker--truth" />;
const PAIN_ICON = <AlertTriangle size={14} aria-hidden="true" className="marker marker--pain" />;

interface TextFieldProps {
  id: string;
  testId: string;
  field: TypedField;
  label: string;
  value: string;
  /** A textarea of this many rows; an input without. */
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  /** Stable across renders (the form's `set`), so the memo holds. */
  onSet(fields: TouchpointFields): void;
  /** Told of every key (stable too): the touchpoint counts as changed here from the first (noteTyping). */
  onType(): void;
}

/**
 * One text field of the form. It writes the journey once typing pauses (useDraftText), so a key renders this
 * field alone. Memoised, so the journey's change renders it and the card alone: every other field's input
 * (React writes a re-rendered input's attributes again) stays as it is.
 */
const TextField = memo(function TextField({
  id,
  testId,
  field,
  label,
  value,
  rows,
  maxLength,
  placeholder,
  onSet,
  onType,
}: TextFieldProps) {
  const draft = useDraftText(value, (text) => onSet({ [field]: text }), onType);
  // `data-field` says which field it is to the copy kept when someone else deletes the touchpoint
  // (DeletedWhileTyping); not `name`, which browsers' autofill reads.
  const common = { id, 'data-field': field, 'data-testid': testId, dir: 'auto', placeholder, maxLength, ...draft };
  return (
    <Field id={id} label={label}>
      {rows ? (
        <textarea rows={rows} {...common} />
      ) : (
        // A frame laid out on its own, so a key does not lay out the page (see fields.css).
        <div className="panel-field__box">
          <div className="panel-field__frame">
            <input {...common} />
          </div>
        </div>
      )}
    </Field>
  );
});

/** The delete button, memoised like the fields: its label changes with the selection's size only. */
const DeleteButton = memo(function DeleteButton({ label, onDelete }: { label: string; onDelete(): void }) {
  return (
    <div className="inspector__actions">
      <button type="button" className="button" data-testid="inspector-delete" onClick={onDelete}>
        <Trash2 size={16} aria-hidden="true" />
        {label}
      </button>
    </div>
  );
});

/**
 * The form's words for `count` selected touchpoints, translated once per language and count rather than on
 * every keystroke (each look-up goes through i18next's resolution).
 */
function formWords(t: TFunction, count: number) {
  return {
    heading: count === 1 ? t('panels.inspector.touchpoint') : t('panels.inspector.selected', { count }),
    bulkHint: t('panels.inspector.bulkHint'),
    title: t('panels.inspector.title'),
    titlePlaceholder: t('panels.inspector.titlePlaceholder'),
    description: t('panels.inspector.description'),
    momentOfTruth: t('panels.inspector.momentOfTruth'),
    painPoint: t('panels.inspector.painPoint'),
    painNote: t('panels.inspector.painNote'),
    painNotePlaceholder: t('panels.inspector.painNotePlaceholder'),
    notes: t('panels.inspector.notes'),
    notesPlaceholder: t('panels.inspector.notesPlaceholder'),
    measures: t('panels.measures.title'),
    delete: t('panels.inspector.delete', { count }),
  };
}

/**
 * Edits one or several touchpoints. Every field is controlled from the store and every change is one
 * `updateTouchpoints` run over the whole selection; the text fields write once typing pauses, and typing
 * into one field merges into one undo step.
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
  const words = useMemo(() => formWords(t, touchpoints.length), [t, touchpoints.length]);
  const set = useCallback((fields: TouchpointFields) => run(updateTouchpoints, { ids, fields }), [run, ids]);
  const noteTyping = useEditor((s) => s.noteTyping);
  const typing = useCallback(() => noteTyping(ids), [noteTyping, ids]);
  const setTruth = useCallback((checked: boolean) => set({ momentOfTruth: checked }), [set]);
  const setPain = useCallback((checked: boolean) => set({ painPoint: checked }), [set]);
  const remove = useCallback(() => run(deleteElements, { touchpointIds: ids, connectionIds: [] }), [run, ids]);

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
    <form className="inspector__form" data-edits="touchpoint" onSubmit={(e) => e.preventDefault()}>
      <h2 className="inspector__heading">{words.heading}</h2>
      {!single && <p className="hint inspector__hint">{words.bulkHint}</p>}

      {single && (
        <>
          <TextField
            id={INSPECTOR_TITLE_ID}
            testId="field-title"
            field="title"
            label={words.title}
            value={single.title}
            maxLength={LIMITS.touchpointTitle}
            placeholder={words.titlePlaceholder}
            onSet={set}
            onType={typing}
          />
          <TextField
            id={`${uid}-description`}
            testId="field-description"
            field="description"
            label={words.description}
            value={single.description}
            rows={3}
            onSet={set}
            onType={typing}
          />
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
                persona: personaName(t, persona.name, personas.indexOf(persona) + 1),
              })
            : undefined
        }
        onChange={setEmotion}
      />
      <ExperienceFields touchpoints={touchpoints} />

      <CheckboxField
        id={`${uid}-truth`}
        testId="field-moment-of-truth"
        label={words.momentOfTruth}
        icon={TRUTH_ICON}
        value={truth.value}
        mixed={truth.mixed}
        onChange={setTruth}
      />
      <CheckboxField
        id={`${uid}-pain`}
        testId="field-pain-point"
        label={words.painPoint}
        icon={PAIN_ICON}
        value={pain.value}
        mixed={pain.mixed}
        onChange={setPain}
      />

      {single?.painPoint && (
        <TextField
          id={`${uid}-pain-note`}
          testId="field-pain-note"
          field="painNote"
          label={words.painNote}
          value={single.painNote}
          rows={2}
          placeholder={words.painNotePlaceholder}
          onSet={set}
          onType={typing}
        />
      )}

      {/* Shown while it is a pain point, and while it holds opportunities (unticked, they stay editable). */}
      {single && (single.painPoint || hasOpportunities) && <OpportunitiesField touchpointId={single.id} />}

      {single && (
        <TextField
          id={`${uid}-notes`}
          testId="field-notes"
          field="notes"
          label={words.notes}
          value={single.notes}
          rows={4}
          placeholder={words.notesPlaceholder}
          onSet={set}
          onType={typing}
        />
      )}

      {single && (
        <>
          <BehindTheScenesFields touchpoint={single} />
          <fieldset className="inspector__group">
            <legend className="panel-field__label">{words.measures}</legend>
            <KpiFields touchpoint={single} />
          </fieldset>
        </>
      )}

      {single && <ConnectionsField touchpointId={single.id} />}

      <DeleteButton label={words.delete} onDelete={remove} />
    </form>
  );
}
