import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './InlineRemove.css';

interface Props {
  /** What to say before removing (what goes with the entry), or null to remove at once. */
  question: string | null;
  onRemove(): void;
  /** The remove button's accessible name, e.g. "Remove Ana". */
  label: string;
  /** The remove button's visible content: its icon, maybe a word. */
  children: ReactNode;
  /** Classes of the question's group, placing it in its row. */
  className: string;
  /** data-testid of the remove button, if tests need it. */
  buttonTestId?: string;
  /** data-testid of the question's group. */
  testId: string;
}

/**
 * A remove button that, when removing would take something with it (`question` is not null), asks first in
 * its own row instead of a modal: the question, then "Keep it" (focused, as a confirmation should start)
 * and "Remove anyway". "Keep it" (or Escape) gives the focus back to the remove button, which it replaces;
 * after a removal the caller puts the focus somewhere that stays, since the row goes with it. Serves the
 * journey settings' channels and functions and the personas; ConfirmDialog is for the whole-journey cases.
 */
export function InlineRemove({ question, onRemove, label, children, className, buttonTestId, testId }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  // Nothing left to say (an undo elsewhere took the last use away): back to the button, which gets the focus.
  if (asking && question === null) setAsking(false);
  const uid = useId();
  const removeButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // "Keep it" unmounts the focused button: give the focus back to the button that asked.
    if (asked.current && !asking) removeButton.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking || question === null) {
    return (
      <button
        ref={removeButton}
        type="button"
        className="button button--ghost"
        data-testid={buttonTestId}
        aria-label={label}
        onClick={() => (question === null ? onRemove() : setAsking(true))}
      >
        {children}
      </button>
    );
  }
  return (
    <div
      className={`inline-remove ${className}`}
      role="group"
      aria-labelledby={`${uid}-question`}
      data-testid={testId}
      onKeyDown={(event) => {
        // Escape answers the question as "Keep it" does, instead of closing the dialog around it.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        setAsking(false);
      }}
    >
      <p id={`${uid}-question`}>{question}</p>
      <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
        {t('panels.settings.keep')}
      </button>
      <button type="button" className="button button--danger" onClick={onRemove}>
        {t('panels.settings.removeAnyway')}
      </button>
    </div>
  );
}
