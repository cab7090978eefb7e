import * as Y from 'yjs';
import type { AcceptedAs, Contribution, PresentStep } from '../domain/contributions';
import { readContribution, readPresentStep } from '../domain/contributions';

/**
 * A room's contributions document, `<room>/contributions` (server/README.md): `items` (a Y.Array of Y.Maps,
 * appended by participants, never changed), `present` (a Y.Map: the step the facilitator shows) and
 * `accepted` (a Y.Map keyed by contribution id). The server checks every write against these shapes, so
 * this is the only code that writes them.
 */

/** The contributions document's name for a room. */
export const contributionsDocName = (room: string) => `${room}/contributions`;

const items = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('items');
const present = (doc: Y.Doc) => doc.getMap<unknown>('present');
const accepted = (doc: Y.Doc) => doc.getMap<unknown>('accepted');

/**
 * Appends one contribution as the server wants it: a new Y.Map whose fields are plain values set before it
 * is inserted, all in one update. Fields left undefined are left out (the server refuses nulls).
 */
export function appendContribution(doc: Y.Doc, contribution: Contribution): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(contribution)) if (value !== undefined) map.set(key, value);
  items(doc).push([map]);
}

/** Every readable contribution, in document order; malformed items are skipped. */
export function readContributions(doc: Y.Doc): Contribution[] {
  const out: Contribution[] = [];
  for (const map of items(doc)) {
    const item = map instanceof Y.Map ? readContribution(map.toJSON()) : undefined;
    if (item) out.push(item);
  }
  return out;
}

/** The step the facilitator shows, or null when nobody presents. */
export function readPresent(doc: Y.Doc): PresentStep | null {
  return readPresentStep(present(doc).toJSON());
}

/** Who wrote the step shown: the presentation's own random id (`by`, beside the step), or null. */
export function readPresenter(doc: Y.Doc): string | null {
  const by = present(doc).get('by');
  return typeof by === 'string' ? by : null;
}

/**
 * Writes the step shown by presenter `by` (facilitators only: the server refuses it from anyone else).
 * Only the fields that changed are written, so stepping back and forth stays a handful of bytes per press.
 */
export function writePresent(doc: Y.Doc, step: PresentStep | null, by?: string): void {
  const map = present(doc);
  doc.transact(() => {
    if (!step) {
      for (const key of [...map.keys()]) map.delete(key);
      return;
    }
    const wanted: Record<string, unknown> = { ...step, ...(by ? { by } : {}) };
    for (const key of [...map.keys()]) if (!(key in wanted)) map.delete(key);
    for (const [key, value] of Object.entries(wanted)) if (map.get(key) !== value) map.set(key, value);
  });
}

/** The contributions accepted into the journey, by id, with how. */
export function readAccepted(doc: Y.Doc): Map<string, AcceptedAs> {
  const out = new Map<string, AcceptedAs>();
  accepted(doc).forEach((value, id) => {
    const as = (value as { as?: unknown } | null)?.as;
    if (as === 'note' || as === 'pain' || as === 'touchpoint') out.set(id, as);
  });
  return out;
}

/** Marks a contribution accepted (facilitators only), with when. */
export function markAccepted(doc: Y.Doc, id: string, as: AcceptedAs, at = new Date()): void {
  accepted(doc).set(id, { as, at: at.toISOString() });
}
