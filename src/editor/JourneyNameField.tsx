import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNDO_SCOPE } from '../actions/keys';
import { renameSteps } from '../actions/renameSteps';
import { useEditor, useServices } from '../store/services';
import { normalizeJourneyName, renameJourney } from '../domain/commands/journeyCommands';
import { LIMITS } from '../domain/limits';
import './JourneyNameField.css';

/**
 * The journey's name in the editor header; every keystroke renames, an empty name is refused. Its undo is the
 * journey's (one step per burst of typing, like the inspector's fields). Enter ends the rename; Escape cancels
 * it: if this field changed the name and no one renamed it since, its steps leave the history (renameSteps),
 * so the name it had when the field took focus is back and Ctrl+Z undoes what came before.
 */
export function JourneyNameField() {
  const { t } = useTranslation();
  const name = useEditor((s) => s.journey?.name ?? '');
  const run = useEditor((s) => s.run);
  const readOnly = useEditor((s) => s.readOnly);
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(name);
  // The name when the field took focus, and the rename steps this field adds, for Escape.
  const [original, setOriginal] = useState<string | null>(null);
  const { editor } = useServices();
  const [steps] = useState(() => renameSteps(editor));
  if (seen !== name) {
    // An undo (Ctrl/⌘+Z here is the journey's) or an edit from elsewhere renamed it: show that, unless the
    // draft already reads as it.
    setSeen(name);
    if (draft !== null && normalizeJourneyName(draft) !== name) setDraft(null);
  }
  const invalid = draft !== null && normalizeJourneyName(draft) === null;

  return (
    <div className="journey-name">
      <input
        data-testid="journey-name"
        {...UNDO_SCOPE.journey}
        dir="auto"
        aria-label={t('editor.name')}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'journey-name-error' : undefined}
        value={draft ?? name}
        maxLength={LIMITS.journeyName}
        // A journey stored without a name (another app's file) reads as the library and the tab title call it.
        placeholder={t('library.untitled')}
        readOnly={readOnly}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          const normalized = normalizeJourneyName(value);
          if (normalized !== null) {
            steps.write(normalized, () => run(renameJourney, { name: normalized }));
          }
        }}
        onFocus={() => {
          setOriginal(name);
          steps.reset();
        }}
        onBlur={() => {
          setDraft(null);
          setOriginal(null);
        }}
        onKeyDown={(e) => {
          // Enter or Escape that ends an IME composition is the composition's.
          if (e.nativeEvent.isComposing) return;
          // Only a name this field wrote, and no one renamed since, goes back.
          if (e.key === 'Escape' && original !== null && normalizeJourneyName(original) && !readOnly)
            steps.cancel(name, () => run(renameJourney, { name: original }));
          if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
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
