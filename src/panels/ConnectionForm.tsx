import { Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { useVocabulary } from '../ui/useVocabulary';
import { labelConnection } from '../domain/commands/connectionCommands';
import { deleteElements } from '../domain/commands/touchpointCommands';
import type { Connection, Touchpoint } from '../domain/journey';
import { findEntry } from '../domain/vocabulary';
import { Field } from './fields';
import { LIMITS } from '../domain/limits';

const NO_TOUCHPOINTS: Touchpoint[] = [];

/** Edits the label of one selected connection, or deletes the selected connections. */
export function ConnectionForm({ connections }: { connections: readonly Connection[] }) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  const touchpoints = useEditor((s) => s.journey?.touchpoints ?? NO_TOUCHPOINTS);
  const { functions } = useVocabulary();
  const uid = useId();
  const single = connections.length === 1 ? connections[0] : null;
  const ids = connections.map((c) => c.id);

  const from = single && touchpoints.find((tp) => tp.id === single.from);
  const to = single && touchpoints.find((tp) => tp.id === single.to);
  const titleOf = (tp: Touchpoint | null | undefined) => tp?.title || t('touchpoint.untitled');
  const fromOwner = findEntry(functions, from?.functionId ?? null);
  const toOwner = findEntry(functions, to?.functionId ?? null);
  const handoff = fromOwner && toOwner && fromOwner.id !== toOwner.id;

  return (
    <form className="inspector__form" data-edits="connection" onSubmit={(e) => e.preventDefault()}>
      <h2 className="inspector__heading">
        {single ? t('panels.inspector.connection') : t('panels.inspector.connectionsSelected', { count: ids.length })}
      </h2>
      {single && (
        <>
          <p className="inspector__hint">
            {t('panels.inspector.connectionRoute', { from: titleOf(from), to: titleOf(to) })}
          </p>
          {handoff && (
            <p className="inspector__handoff">
              {t('panels.inspector.handoff', { from: fromOwner.label, to: toOwner.label })}
            </p>
          )}
          <Field id={`${uid}-label`} label={t('panels.inspector.connectionLabel')}>
            <input
              id={`${uid}-label`}
              data-testid="field-connection-label"
              dir="auto"
              value={single.label}
              maxLength={LIMITS.connectionLabel}
              placeholder={t('panels.inspector.connectionLabelPlaceholder')}
              onChange={(e) => run(labelConnection, { id: single.id, label: e.target.value })}
            />
          </Field>
        </>
      )}
      <div className="inspector__actions">
        <button
          type="button"
          className="button"
          data-testid="inspector-delete"
          onClick={() => run(deleteElements, { touchpointIds: [], connectionIds: ids })}
        >
          <Trash2 size={16} aria-hidden="true" />
          {t('panels.inspector.deleteConnection', { count: ids.length })}
        </button>
      </div>
    </form>
  );
}
