import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../domain/journey';
import { useEditor } from '../store/services';
import { InlineRemove } from '../ui/InlineRemove';

/** How many of the journey's touchpoints `personaId` has rated (its entries in personaEmotions). */
function ratedBy(journey: Journey | null, personaId: string): number {
  return journey?.touchpoints.filter((t) => t.personaEmotions[personaId] !== undefined).length ?? 0;
}

/**
 * A persona's remove button (not the main one's: its emotions are the journey's own). A persona that has
 * rated no touchpoint goes at once; one that has asks first, in its row, saying how many emotions go with
 * it, since its curve is work a reload's lost undo history cannot bring back. `onRemove` removes it
 * (PersonasSection moves the focus on).
 */
export function PersonaRemove({ personaId, name, onRemove }: { personaId: string; name: string; onRemove(): void }) {
  const { t } = useTranslation();
  const rated = useEditor((s) => ratedBy(s.journey, personaId));
  const question =
    rated === 0
      ? null
      : [
          t('panels.settings.removeQuestion', { label: name }),
          t('panels.personas.removeRated', { count: rated }),
          t('panels.settings.removeUndo'),
        ].join(' ');
  return (
    <InlineRemove
      question={question}
      onRemove={onRemove}
      label={t('panels.personas.remove', { name })}
      className="personas__confirm"
      buttonTestId="persona-remove"
      testId="persona-remove-confirm"
    >
      <Trash2 size={14} aria-hidden="true" />
    </InlineRemove>
  );
}
