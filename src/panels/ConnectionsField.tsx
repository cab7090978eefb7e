import { X } from 'lucide-react';
import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../app/services';
import { connectTouchpoints } from '../domain/commands/connectionCommands';
import { deleteElements } from '../domain/commands/touchpointCommands';
import type { Touchpoint } from '../domain/journey';

const NONE: string[] = [];

function pairs(flat: readonly string[]): { id: string; title: string }[] {
  const out: { id: string; title: string }[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ id: flat[i], title: flat[i + 1] });
  return out;
}

/** Where a touchpoint leads, and a way to connect it without a mouse. */
export function ConnectionsField({ touchpoint }: { touchpoint: Touchpoint }) {
  const { t } = useTranslation();
  const id = useId();
  const run = useEditor((s) => s.run);
  // Ids and titles only, so moving a card does not redraw a list of every other touchpoint.
  const flat = useEditor(useShallow((s) => s.journey?.touchpoints.flatMap((tp) => [tp.id, tp.title]) ?? NONE));
  const touchpoints = useMemo(() => pairs(flat), [flat]);
  const connections = useEditor((s) => s.journey?.connections);
  if (!connections) return null;
  const titleOf = (tpId: string) => touchpoints.find((tp) => tp.id === tpId)?.title || t('touchpoint.untitled');
  const outgoing = connections.filter((c) => c.from === touchpoint.id);
  const linked = new Set(outgoing.map((c) => c.to));
  const candidates = touchpoints.filter((tp) => tp.id !== touchpoint.id && !linked.has(tp.id));

  return (
    <div className="panel-field">
      <span className="panel-field__label">{t('panels.connections.leadsTo')}</span>
      {outgoing.length > 0 && (
        <ul className="connections-list" data-testid="touchpoint-connections">
          {outgoing.map((c) => (
            <li key={c.id}>
              <span>→ {titleOf(c.to)}</span>
              <button
                type="button"
                className="button button--ghost button--icon"
                aria-label={t('panels.connections.remove', { title: titleOf(c.to) })}
                onClick={() => run(deleteElements, { touchpointIds: [], connectionIds: [c.id] })}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-connect`} className="visually-hidden">
        {t('panels.connections.connectTo')}
      </label>
      <select
        id={`${id}-connect`}
        data-testid="field-connect-to"
        value=""
        disabled={candidates.length === 0}
        onChange={(e) => e.target.value && run(connectTouchpoints, { from: touchpoint.id, to: e.target.value })}
      >
        <option value="">{t('panels.connections.connectTo')}</option>
        {candidates.map((tp) => (
          <option key={tp.id} value={tp.id}>
            {tp.title || t('touchpoint.untitled')}
          </option>
        ))}
      </select>
    </div>
  );
}
