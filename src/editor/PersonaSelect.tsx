import { Users } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../domain/journey';
import { activePersonaId } from '../domain/personas';
import { personaName } from '../i18n/personaName';
import { useEditor } from '../store/services';

const NO_PERSONAS: Persona[] = [];

/**
 * Chooses the persona whose emotions the inspector edits and the curve draws with its points (view state: not
 * saved with the journey, but remembered for it in this browser). Personas are added and named in the journey
 * settings.
 */
export function PersonaSelect() {
  const { t } = useTranslation();
  const id = useId();
  const personas = useEditor((s) => s.journey?.personas ?? NO_PERSONAS);
  const chosen = useEditor((s) => s.personaId);
  const choosePersona = useEditor((s) => s.choosePersona);
  const active = activePersonaId({ personas }, chosen);
  return (
    <label className="toolbar__persona" htmlFor={id} title={t('curve.personaHint')}>
      <Users size={16} aria-hidden="true" />
      <span className="visually-hidden">{t('curve.persona')}</span>
      <select
        id={id}
        data-testid="persona-select"
        value={active ?? ''}
        disabled={personas.length === 0}
        onChange={(e) => choosePersona(e.target.value)}
      >
        {personas.map((p, index) => (
          <option key={p.id} value={p.id}>
            {personaName(t, p.name, index + 1)}
          </option>
        ))}
      </select>
    </label>
  );
}
