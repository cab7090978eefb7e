import { Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../domain/journey';
import { useEditor } from '../store/services';

/** How many of the journey's touchpoints `personaId` has rated (its entries in personaEmotions). */
function ratedBy(journey: Journey | null, personaId: string): number {
  return journey?.touchpoints.filter((t) => t.personaEmotions[personaId] !== undefined).length ?? 0;
}

/**
 * A persona's remove button (not the main one's: its emotions are the journey's own). A persona that has
 * rated no touchpoint goes at once; one that has asks first, in its row, saying how many emotions go with
 * it, since its curve is work a reload's lost undo history cannot bring back. The question starts on "Keep
 * it", as a confirmation should. `onRemove` removes it (PersonasSection moves the focus on).
 */
export function PersonaRemove({ personaId, name, onRemove }: { personaId: string; name: string; onRemove(): void }) {
  const { t } = useTranslation();
  const rated = useEditor((s) => ratedBy(s.journey, personaId));
  const [asking, setAsking] = useState(false);
  const uid = useId();
  const removeButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // "Keep it" unmounts the focused button: give the focus back to the button that asked.
    if (asked.current && !asking) removeButton.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking || rated === 0) {
    return (
      <button
        ref={removeButton}
        type="button"
        className="button button--ghost"
        data-testid="persona-remove"
        aria-label={t('panels.personas.remove', { name })}
        onClick={() => (rated > 0 ? setAsking(true) : onRemove())}
      >
        <Trash2 size={14} aria-hidden="true" />
      </button>
    );
  }
  return (
    <div
      className="personas__confirm"
      role="group"
      aria-labelledby={`${uid}-question`}
      data-testid="persona-remove-confirm"
    >
      <p id={`${uid}-question`}>
        {[
          t('panels.settings.removeQuestion', { label: name }),
          t('panels.personas.removeRated', { count: rated }),
          t('panels.settings.removeUndo'),
        ].join(' ')}
      </p>
      <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
        {t('panels.settings.keep')}
      </button>
      <button type="button" className="button button--danger" onClick={onRemove}>
        {t('panels.settings.removeAnyway')}
      </button>
    </div>
  );
}
