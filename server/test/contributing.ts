import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';

/** The contributions document of a room. */
export const contributionsOf = (room: string) => `${room}/contributions`;

/** A valid contribution's fields (server/README.md, "Contributions document"), with overrides. */
export function contributionFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    participant: { id: 'phone-1', name: 'Ana' },
    target: { kind: 'touchpoint', id: 'tp-checkout' },
    kind: 'note',
    text: 'The queue was long',
    at: new Date().toISOString(),
    ...overrides,
  };
}

/** Appends one contribution to `items`, as the participant page does; fields set to undefined are left out. */
export function appendContribution(doc: Y.Doc, fields: Record<string, unknown>): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
  doc.getArray('items').push([map]);
}

/** The contributions a document holds, as plain objects. */
export function itemsOf(doc: Y.Doc): Array<Record<string, unknown>> {
  return doc
    .getArray<Y.Map<unknown>>('items')
    .toArray()
    .map((map) => map.toJSON());
}

/**
 * A participant's document that records each change as the update a provider would send, to forge
 * messages by hand: `change` returns the update of one transaction.
 */
export function forger(base?: Y.Doc) {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  return {
    doc,
    change(edit: (doc: Y.Doc) => void): Uint8Array {
      const before = Y.encodeStateVector(doc);
      doc.transact(() => edit(doc));
      return Y.encodeStateAsUpdate(doc, before);
    },
  };
}
