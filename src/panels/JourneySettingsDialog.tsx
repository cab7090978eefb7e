import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { updateJourneyDetails } from '../domain/commands/journeyCommands';
import { useModalDialog } from '../ui/useModalDialog';
import { VocabularySection } from './VocabularySection';
import { LIMITS } from '../domain/limits';
import './JourneySettingsDialog.css';

/**
 * The journey's details (description, persona) and the team's own channels and functions, in a modal
 * <dialog>. Every change is a command, so it saves and undoes like any other edit.
 */
export function JourneySettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const uid = useId();
  const run = useEditor((s) => s.run);
  const description = useEditor((s) => s.journey?.description ?? '');
  const persona = useEditor((s) => s.journey?.persona ?? '');

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide journey-settings"
      aria-labelledby={`${uid}-title`}
      data-testid="journey-settings"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${uid}-title`}>{t('panels.settings.title')}</h2>
      <div className="panel-field">
        <label htmlFor={`${uid}-description`} className="panel-field__label">
          {t('panels.settings.description')}
        </label>
        <textarea
          id={`${uid}-description`}
          data-testid="journey-description"
          rows={3}
          value={description}
          placeholder={t('panels.settings.descriptionPlaceholder')}
          onChange={(e) => run(updateJourneyDetails, { description: e.target.value })}
        />
      </div>
      <div className="panel-field">
        <label htmlFor={`${uid}-persona`} className="panel-field__label">
          {t('panels.settings.persona')}
        </label>
        <input
          id={`${uid}-persona`}
          data-testid="journey-persona"
          maxLength={LIMITS.persona}
          value={persona}
          placeholder={t('panels.settings.personaPlaceholder')}
          onChange={(e) => run(updateJourneyDetails, { persona: e.target.value })}
        />
      </div>
      <VocabularySection kind="channel" />
      <VocabularySection kind="function" />
      <div className="dialog__actions">
        <button type="button" className="button button--primary" data-testid="journey-settings-close" onClick={onClose}>
          {t('panels.settings.close')}
        </button>
      </div>
    </dialog>
  );
}
