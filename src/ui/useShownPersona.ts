import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../domain/journey';
import { shownPersonaId } from '../domain/personas';
import { personaName } from '../i18n/personaName';
import { useEditor } from '../store/services';

/** A persona other than the main one whose emotions the cards, the presentation and Measures show, and what the app calls it. */
export interface ShownPersona {
  id: string;
  /** Its name, or "Persona 3" for an unnamed one (personaName). */
  name: string;
}

const NO_PERSONAS: Journey['personas'] = [];

/**
 * The persona chosen in the editor's toolbar, whose emotions the presentation and the Measures dialog show
 * as the editor's cards do (shownPersonaId); null for the main one, whose emotion is each touchpoint's own.
 * The choice is the editor store's (the presentation opens over the editor), remembered per journey.
 */
export function useShownPersona(): ShownPersona | null {
  const { t } = useTranslation();
  const personas = useEditor((s) => s.journey?.personas ?? NO_PERSONAS);
  const chosen = useEditor((s) => s.personaId);
  return useMemo(() => {
    const id = shownPersonaId({ personas }, chosen);
    const index = personas.findIndex((p) => p.id === id);
    return id === null ? null : { id, name: personaName(t, personas[index].name, index + 1) };
  }, [t, personas, chosen]);
}
