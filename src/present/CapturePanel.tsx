import { AlertTriangle, MessageSquarePlus, Star, Undo2 } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { EmotionFace } from '../ui/EmotionFace';
import { updateTouchpoints, type TouchpointFields } from '../domain/commands/touchpointCommands';
import { EMOTIONS, type Emotion, type Touchpoint } from '../domain/journey';
import { setPersonaEmotion } from '../domain/commands/personaCommands';
import { shownEmotion } from '../domain/personas';
import { appendRoomNote } from '../domain/presentation';
import { EMOTION_LABELS } from '../domain/vocabulary';
import { EMOTION_COLORS } from '../domain/look/colors';
import { useLocale } from '../ui/useLocale';
import type { ShownPersona } from '../ui/useShownPersona';
import './CapturePanel.css';

/**
 * What the facilitator captures on the touchpoint in focus without leaving the presentation. Every change
 * is an ordinary command: undoable, and saved by the autosave like any edit. The emotion is `persona`'s
 * (useShownPersona: null for the main one), the one the step shows, as the inspector edits the persona
 * chosen in the toolbar. Key it by touchpoint id so a draft note does not follow the room to the next step.
 */
export function CapturePanel({ touchpoint, persona }: { touchpoint: Touchpoint; persona: ShownPersona | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const run = useEditor((s) => s.run);
  const undo = useEditor((s) => s.undo);
  const canUndo = useEditor((s) => s.undoDepth > 0);
  const [note, setNote] = useState('');
  const uid = useId();

  const set = (fields: TouchpointFields) => run(updateTouchpoints, { ids: [touchpoint.id], fields });
  const shown = shownEmotion(touchpoint, persona?.id ?? null);
  const setEmotion = (emotion: Emotion) =>
    persona ? run(setPersonaEmotion, { ids: [touchpoint.id], personaId: persona.id, emotion }) : set({ emotion });
  const addNote = () => {
    if (!note.trim()) return;
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date());
    set({ notes: appendRoomNote(touchpoint.notes, note, date) });
    setNote('');
  };
  const onNoteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      addNote();
    }
  };

  return (
    <aside className="present-capture" aria-labelledby={`${uid}-title`} data-testid="present-capture">
      <h2 id={`${uid}-title`} className="present-capture__title">
        {t('present.capture.title')}
      </h2>
      <div className="present-capture__toggles">
        <button
          type="button"
          className="present-toggle present-toggle--pain"
          data-testid="present-toggle-pain"
          aria-pressed={touchpoint.painPoint}
          onClick={() => set({ painPoint: !touchpoint.painPoint })}
        >
          <AlertTriangle size={18} aria-hidden="true" />
          {t('present.capture.painPoint')}
        </button>
        <button
          type="button"
          className="present-toggle present-toggle--truth"
          data-testid="present-toggle-truth"
          aria-pressed={touchpoint.momentOfTruth}
          onClick={() => set({ momentOfTruth: !touchpoint.momentOfTruth })}
        >
          <Star size={18} aria-hidden="true" />
          {t('present.capture.momentOfTruth')}
        </button>
      </div>
      <div
        className="present-capture__emotions"
        role="group"
        aria-labelledby={`${uid}-emotion`}
        data-testid="present-emotion"
      >
        <span id={`${uid}-emotion`} className="present-capture__label">
          {persona ? t('panels.measures.emotionOf', { persona: persona.name }) : t('present.capture.emotion')}
        </span>
        {EMOTIONS.map((emotion) => (
          <button
            key={emotion}
            type="button"
            className="present-emotion"
            value={String(emotion)}
            aria-pressed={shown === emotion}
            title={EMOTION_LABELS[emotion][locale]}
            style={{ '--emotion-color': EMOTION_COLORS[emotion] } as React.CSSProperties}
            onClick={() => setEmotion(emotion)}
          >
            <EmotionFace emotion={emotion} size={22} />
            <span className="present-emotion__label">{EMOTION_LABELS[emotion][locale]}</span>
          </button>
        ))}
      </div>
      <label htmlFor={`${uid}-note`} className="present-capture__label">
        {t('present.capture.note')}
      </label>
      <textarea
        id={`${uid}-note`}
        className="present-capture__note"
        data-testid="present-note"
        rows={3}
        value={note}
        placeholder={t('present.capture.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={onNoteKeyDown}
      />
      <div className="present-capture__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="present-add-note"
          title={t('present.capture.addNoteHint')}
          disabled={!note.trim()}
          onClick={addNote}
        >
          <MessageSquarePlus size={16} aria-hidden="true" />
          {t('present.capture.addNote')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          data-testid="present-undo"
          title={t('present.capture.undoHint')}
          disabled={!canUndo}
          onClick={undo}
        >
          <Undo2 size={16} aria-hidden="true" />
          {t('present.capture.undo')}
        </button>
      </div>
    </aside>
  );
}
