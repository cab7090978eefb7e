import { createId } from '../ids';
import { cutText, LIMITS } from '../limits';
import { defineCommand } from './command';

/** Connects two touchpoints; branches and loops are fine, the same link twice is not. */
export const connectTouchpoints = defineCommand<{ from: string; to: string; id?: string }>({
  id: 'connection.add',
  apply: (draft, { from, to, id }) => {
    const exists = (touchpointId: string) => draft.touchpoints.some((t) => t.id === touchpointId);
    if (from === to || !exists(from) || !exists(to)) return;
    if (draft.connections.some((c) => c.from === from && c.to === to)) return;
    draft.connections.push({ id: id ?? createId(), from, to, label: '' });
  },
});

/** Labels a connection (e.g. "si no resuelve"); typing merges into one undo step. */
export const labelConnection = defineCommand<{ id: string; label: string }>({
  id: 'connection.label',
  mergeKey: ({ id }) => `label:${id}`,
  apply: (draft, { id, label }) => {
    const connection = draft.connections.find((c) => c.id === id);
    if (connection) connection.label = cutText(label, LIMITS.connectionLabel);
  },
});
