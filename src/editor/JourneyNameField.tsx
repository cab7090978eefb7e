import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { normalizeJourneyName, renameJourney } from '../domain/commands/journeyCommands';
import { LIMITS } from '../domain/limits';
import './JourneyNameField.css';

/** The journey's name in the editor header; every keystroke renames, an empty name is refused. */
export function JourneyNameField() {
  const { t } = useTranslation();
  const name = useEditor((s) => s.journey?.name ?? '');
  const run = useEditor((s) => s.run);
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && normalizeJourneyName(draft) === null;

  return (
    <div className="journey-name">
      <input
        data-testid="journey-name"
        dir="auto"
        aria-label={t('editor.name')}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'journey-name-error' : undefined}
        value={draft ?? name}
        maxLength={LIMITS.journeyName}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          const normalized = normalizeJourneyName(value);
          if (normalized !== null) run(renameJourney, { name: normalized });
        }}
        onBlur={() => setDraft(null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {invalid && (
        <p id="journey-name-error" className="field-error" role="alert">
          {t('names.empty')}
        </p>
      )}
    </div>
  );
}
