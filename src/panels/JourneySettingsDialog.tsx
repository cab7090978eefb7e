import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UNDO_SCOPE } from '../actions/keys';
import { useEditor } from '../store/services';
import { updateJourneyDetails } from '../domain/commands/journeyCommands';
import { useModalDialog } from '../ui/useModalDialog';
import { PersonasSection } from './PersonasSection';
import { VocabularySection } from './VocabularySection';

import { CURRENCIES } from '../domain/numberRegion';
import './JourneySettingsDialog.css';

/**
 * The journey's details (description, currency, personas) and the team's own channels and functions, in a modal
 * <dialog>. Every change is a command, so it saves and undoes like any other edit.
 */
export function JourneySettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const uid = useId();
  const run = useEditor((s) => s.run);
  const description = useEditor((s) => s.journey?.description ?? '');
  const currency = useEditor((s) => s.journey?.currency ?? 'EUR');
  const readOnly = useEditor((s) => s.readOnly);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide journey-settings"
      aria-labelledby={`${uid}-title`}
      data-testid="journey-settings"
      {...UNDO_SCOPE.journey}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${uid}-title`}>{t('panels.settings.title')}</h2>
      {readOnly && (
        <p className="alert alert--info" role="status" data-testid="settings-read-only">
          {t('share.readOnly')}
        </p>
      )}
      {/* On a read-only link nothing here could be kept: the fields say so by being disabled. */}
      <fieldset className="journey-settings__fields" disabled={readOnly}>
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
          <label htmlFor={`${uid}-currency`} className="panel-field__label">
            {t('panels.settings.currency')}
          </label>
          <select
            id={`${uid}-currency`}
            data-testid="journey-currency"
            value={currency}
            onChange={(e) => run(updateJourneyDetails, { currency: e.target.value })}
          >
            {[...new Set([currency, ...CURRENCIES])].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
        <PersonasSection />
        <VocabularySection kind="channel" />
        <VocabularySection kind="function" />
      </fieldset>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" data-testid="journey-settings-close" onClick={onClose}>
          {t('panels.settings.close')}
        </button>
      </div>
    </dialog>
  );
}
