import { Plus } from 'lucide-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addPersona, removePersona, updatePersona } from '../domain/commands/personaCommands';
import { createId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { personaName } from '../i18n/personaName';
import { useEditor } from '../store/services';
import { focusAfterRemoval } from '../ui/focusAfterRemoval';
import { PersonaNameField } from './PersonaNameField';
import { PersonaRemove } from './PersonaRemove';
import './PersonasSection.css';

/**
 * The journey's personas (customer segments), each with its own emotion curve: name and who they are. The
 * first is the main one: its emotions are the journey's own, so it can be renamed but not removed. Names are
 * checked as typed (PersonaNameField); removing one that has rated touchpoints asks first (PersonaRemove).
 */
export function PersonasSection() {
  const { t } = useTranslation();
  const uid = useId();
  const run = useEditor((s) => s.run);
  const personas = useEditor((s) => s.journey?.personas ?? []);
  const list = useRef<HTMLOListElement>(null);
  const full = personas.length >= LIMITS.personas;

  const add = () => {
    const id = createId();
    run(addPersona, { name: '', id });
    // The new persona's name field, ready to type into.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLInputElement>(`[data-persona-id="${id}"] input`)?.focus(),
    );
  };

  // The focus goes to the name of the persona now in its place, or the one before (focusAfterRemoval).
  const remove = (id: string, index: number) => {
    run(removePersona, { id });
    focusAfterRemoval(list.current, '[data-testid="persona-name"]', index);
  };

  return (
    <section className="personas" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{t('panels.personas.title')}</h3>
      <p className="hint">{t('panels.personas.hint')}</p>
      <ol className="personas__list" ref={list}>
        {personas.map((persona, index) => (
          <li key={persona.id} className="personas__row" data-testid="persona" data-persona-id={persona.id}>
            <PersonaNameField
              id={`${uid}-${persona.id}-name`}
              label={index === 0 ? t('panels.personas.mainName') : t('panels.personas.name', { n: index + 1 })}
              persona={persona}
              index={index}
              personas={personas}
            />
            <div className="panel-field">
              <label htmlFor={`${uid}-${persona.id}-description`} className="panel-field__label">
                {t('panels.personas.description')}
              </label>
              <textarea
                id={`${uid}-${persona.id}-description`}
                data-testid="persona-description"
                rows={2}
                maxLength={LIMITS.persona}
                value={persona.description}
                placeholder={t('panels.personas.descriptionPlaceholder')}
                onChange={(e) => run(updatePersona, { id: persona.id, description: e.target.value })}
              />
            </div>
            {index > 0 && (
              <PersonaRemove
                personaId={persona.id}
                name={personaName(t, persona.name, index + 1)}
                onRemove={() => remove(persona.id, index)}
              />
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="button" data-testid="persona-add" disabled={full} onClick={add}>
        <Plus size={14} aria-hidden="true" />
        {t('panels.personas.add')}
      </button>
      {full && <p className="hint">{t('panels.personas.full', { count: LIMITS.personas })}</p>}
    </section>
  );
}
