import { X } from 'lucide-react';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { connectTouchpoints } from '../domain/commands/connectionCommands';
import { deleteElements } from '../domain/commands/touchpointCommands';
import type { Touchpoint } from '../domain/journey';
import './ConnectionsField.css';

type Titled = Pick<Touchpoint, 'id' | 'title'>;
const NONE: readonly Titled[] = [];

const NO_TOUCHPOINTS: readonly Touchpoint[] = [];
let lastTitles = { of: '', titles: NONE };

/**
 * Ids and titles of the touchpoints other than `ownId`: the same array as last time while they have not
 * changed. Typing the edited touchpoint's own title therefore leaves the list of every other one alone.
 */
function otherTitles(touchpoints: readonly Touchpoint[], ownId: string): readonly Titled[] {
  const last = lastTitles.titles;
  let i = 0;
  let same = lastTitles.of === ownId;
  for (const tp of touchpoints) {
    if (!same) break;
    if (tp.id === ownId) continue;
    same = i < last.length && last[i].id === tp.id && last[i].title === tp.title;
    i++;
  }
  if (same && i === last.length) return last;
  const titles = touchpoints.filter((tp) => tp.id !== ownId).map(({ id, title }) => ({ id, title }));
  lastTitles = { of: ownId, titles };
  return titles;
}

/**
 * Where a touchpoint leads, and a way to connect it without a mouse. Given the id, not the touchpoint, so
 * dragging the card does not redraw a list of every other touchpoint on each step.
 */
export const ConnectionsField = memo(function ConnectionsField({ touchpointId }: { touchpointId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const run = useEditor((s) => s.run);
  // Ids and titles of the others only, kept while they stay the same, so moving a card or typing its title
  // does not redraw a list of every other touchpoint.
  const touchpoints = useEditor((s) => otherTitles(s.journey?.touchpoints ?? NO_TOUCHPOINTS, touchpointId));
  const connections = useEditor((s) => s.journey?.connections);
  if (!connections) return null;
  const titleOf = (tpId: string) => touchpoints.find((tp) => tp.id === tpId)?.title || t('touchpoint.untitled');
  const outgoing = connections.filter((c) => c.from === touchpointId);
  const linked = new Set(outgoing.map((c) => c.to));
  const candidates = touchpoints.filter((tp) => !linked.has(tp.id));

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
        onChange={(e) => e.target.value && run(connectTouchpoints, { from: touchpointId, to: e.target.value })}
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
});
