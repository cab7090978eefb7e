import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Contribution } from '../domain/contributions';
import {
  appendContribution,
  contributionsDocName,
  markAccepted,
  readAccepted,
  readContributions,
  readPresent,
  writePresent,
} from './workshopDoc';

const note: Contribution = {
  id: 'c1',
  participant: { id: 'p1', name: 'Ana' },
  target: { kind: 'touchpoint', id: 'tp1' },
  kind: 'note',
  text: 'hola',
  at: '2026-11-29T12:00:00.000Z',
};

/** The update one change makes, as a provider would send it. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.encodeStateAsUpdate(doc, before);
}

describe('the contributions document', () => {
  it('is named after the room', () => {
    expect(contributionsDocName('room123')).toBe('room123/contributions');
  });

  it('appends a contribution as one new map of plain fields, in one update, without undefined fields', () => {
    const doc = new Y.Doc();
    const update = updateOf(doc, () => appendContribution(doc, { ...note, emotion: undefined }));
    const decoded = Y.decodeUpdate(update);
    // Only inserts: nothing deleted, which the server would refuse from a participant.
    expect(decoded.ds.clients.size).toBe(0);
    const other = new Y.Doc();
    Y.applyUpdate(other, update);
    expect(readContributions(other)).toEqual([note]);
    expect(other.getArray<Y.Map<unknown>>('items').get(0).has('emotion')).toBe(false);
  });

  it('skips items that are not contributions', () => {
    const doc = new Y.Doc();
    doc.getArray('items').push(['text', new Y.Map([['id', 'x']])]);
    appendContribution(doc, note);
    expect(readContributions(doc)).toEqual([note]);
  });

  it('writes the step shown field by field, and clears it when the presentation ends', () => {
    const doc = new Y.Doc();
    writePresent(doc, { kind: 'touchpoint', id: 'tp1', title: 'Pago', stage: 'Compro', index: 3, count: 9 });
    expect(readPresent(doc)).toEqual({
      kind: 'touchpoint',
      id: 'tp1',
      title: 'Pago',
      stage: 'Compro',
      index: 3,
      count: 9,
    });
    // Only what changed travels: the next step of the same stage changes id, title and index.
    const update = updateOf(doc, () =>
      writePresent(doc, { kind: 'touchpoint', id: 'tp2', title: 'Firma', stage: 'Compro', index: 4, count: 9 }),
    );
    expect(Y.decodeUpdate(update).structs).toHaveLength(3);
    writePresent(doc, { kind: 'overview', title: 'Me uno', index: 0, count: 9 });
    expect(readPresent(doc)).toEqual({ kind: 'overview', title: 'Me uno', index: 0, count: 9 });
    writePresent(doc, null);
    expect(readPresent(doc)).toBeNull();
    expect(doc.getMap('present').size).toBe(0);
  });

  it('records accepted contributions with how they were taken in', () => {
    const doc = new Y.Doc();
    markAccepted(doc, 'c1', 'pain', new Date('2026-11-29T12:00:00Z'));
    doc.getMap('accepted').set('junk', { as: 'other' });
    expect([...readAccepted(doc)]).toEqual([['c1', 'pain']]);
    expect(doc.getMap('accepted').get('c1')).toEqual({ as: 'pain', at: '2026-11-29T12:00:00.000Z' });
  });
});
