import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkContributionsUpdate } from './contributionRules.ts';

const NOTE_LIMIT = 1000;

/** A valid contribution's fields. */
function fields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'c1',
    participant: { id: 'p1', name: 'Ana' },
    target: { kind: 'touchpoint', id: 'tp-1' },
    kind: 'note',
    text: 'The queue was long',
    at: '2026-11-29T10:00:00.000Z',
    ...overrides,
  };
}

/** A Y.Map holding `record`, ready to be inserted. */
function contribution(record: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) if (value !== undefined) map.set(key, value);
  return map;
}

/** A client document holding what the server holds, and a way to record the next change it makes. */
function clientOf(server: Y.Doc) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  const change = (edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    doc.transact(() => edit(doc));
    return Y.encodeStateAsUpdate(doc, before);
  };
  return { doc, change };
}

/** A server document with a present step and one contribution already in. */
function serverDoc(): Y.Doc {
  const server = new Y.Doc();
  const facilitator = clientOf(server);
  Y.applyUpdate(
    server,
    facilitator.change((doc) => {
      doc.getMap('present').set('kind', 'touchpoint');
      doc.getMap('present').set('title', 'Checkout');
      doc.getArray('items').push([contribution(fields({ id: 'first' }))]);
    }),
  );
  return server;
}

const append = (server: Y.Doc, update: Uint8Array) => checkContributionsUpdate(server, update, 'append', NOTE_LIMIT);
const facilitate = (server: Y.Doc, update: Uint8Array) =>
  checkContributionsUpdate(server, update, 'facilitate', NOTE_LIMIT);

describe('what a participant may write to the contributions document', () => {
  it('appends contributions at the end or anywhere in items, several at once', () => {
    const server = serverDoc();
    const phone = clientOf(server);
    const one = phone.change((doc) => doc.getArray('items').push([contribution(fields({ id: 'a' }))]));
    expect(append(server, one)).toMatchObject({ ok: true, contributions: [{ id: 'a', kind: 'note' }] });
    Y.applyUpdate(server, one);
    const two = phone.change((doc) => {
      doc
        .getArray('items')
        .insert(0, [contribution(fields({ id: 'b', kind: 'emotion', emotion: -2, text: undefined }))]);
      doc.getArray('items').push([contribution(fields({ id: 'c', kind: 'pain', text: undefined }))]);
    });
    const verdict = append(server, two);
    expect(verdict.ok && verdict.contributions.map((c) => c.id)).toEqual(['b', 'c']);
    // Sending again what the server already has is harmless and adds nothing.
    Y.applyUpdate(server, two);
    expect(append(server, two)).toEqual({ ok: true, contributions: [] });
  });

  it('refuses invalid contributions', () => {
    const server = serverDoc();
    const bad: Array<Record<string, unknown>> = [
      fields({ kind: 'rant' }),
      fields({ kind: 'emotion', emotion: 3, text: undefined }),
      fields({ kind: 'emotion', emotion: 1.5, text: undefined }),
      fields({ kind: 'emotion', text: undefined }),
      fields({ kind: 'note', emotion: 1 }),
      fields({ text: 'x'.repeat(NOTE_LIMIT + 1) }),
      fields({ text: '   ' }),
      fields({ text: undefined }),
      fields({ id: undefined }),
      fields({ at: 'yesterday' }),
      fields({ participant: { id: 'p1' } }),
      fields({ participant: { id: 'p1', name: 'x'.repeat(61) } }),
      fields({ target: { kind: 'persona', id: 'x' } }),
      fields({ kind: 'pain', text: undefined, target: { kind: 'stage', id: 's1' } }),
      fields({ extra: true }),
      fields({ id: 'has spaces' }),
    ];
    for (const record of bad) {
      const phone = clientOf(server);
      const update = phone.change((doc) => doc.getArray('items').push([contribution(record)]));
      expect(append(server, update), JSON.stringify(record)).toEqual({ ok: false, reason: 'invalid-contribution' });
    }
    // Exactly at the limit, counted in characters: accepted.
    const phone = clientOf(server);
    const long = phone.change((doc) =>
      doc.getArray('items').push([contribution(fields({ text: '😀'.repeat(NOTE_LIMIT) }))]),
    );
    expect(append(server, long).ok).toBe(true);
  });

  it('refuses deleting, changing existing items, and writing present, accepted or any other type', () => {
    const server = serverDoc();
    const attempts: Array<(doc: Y.Doc) => void> = [
      (doc) => doc.getArray('items').delete(0, 1),
      (doc) => (doc.getArray('items').get(0) as Y.Map<unknown>).set('text', 'rewritten'),
      (doc) => (doc.getArray('items').get(0) as Y.Map<unknown>).set('extra', 1),
      (doc) => (doc.getArray('items').get(0) as Y.Map<unknown>).delete('text'),
      (doc) => doc.getMap('present').set('title', 'Hijacked'),
      (doc) => doc.getMap('accepted').set('first', { as: 'note' }),
      (doc) => doc.getMap('other').set('x', 1),
      (doc) => doc.getText('items-text').insert(0, 'x'),
      (doc) => doc.getArray('items').push(['a plain string']),
      (doc) => doc.getArray('items').push([new Y.Array()]),
      (doc) => {
        const map = contribution(fields({ id: 'nested' }));
        map.set('participant', new Y.Map());
        doc.getArray('items').push([map]);
      },
      (doc) => {
        doc.getArray('items').push([contribution(fields({ id: 'sneaky' }))]);
        doc.getMap('present').set('title', 'Hijacked');
      },
    ];
    for (const attempt of attempts) {
      const phone = clientOf(server);
      const update = phone.change(attempt);
      expect(append(server, update), attempt.toString()).toMatchObject({ ok: false });
      expect(append(server, update)).not.toEqual({ ok: false, reason: 'invalid-contribution' });
    }
  });

  it('accepts a sync step 2 that carries deletions the server already has', () => {
    const server = serverDoc();
    const facilitator = clientOf(server);
    // The facilitator moves on: the old present values are deleted.
    Y.applyUpdate(
      server,
      facilitator.change((doc) => doc.getMap('present').set('title', 'Delivery')),
    );
    const phone = clientOf(server);
    phone.doc.getArray('items').push([contribution(fields({ id: 'offline' }))]);
    // What the provider sends on reconnect: everything the server lacks, plus its whole delete set.
    const step2 = Y.encodeStateAsUpdate(phone.doc, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(append(server, step2)).toMatchObject({ ok: true, contributions: [{ id: 'offline' }] });
    // A viewer may send that too as long as it adds nothing.
    const viewer = clientOf(server);
    const nothingNew = Y.encodeStateAsUpdate(viewer.doc, Y.encodeStateVector(server));
    expect(checkContributionsUpdate(server, nothingNew, 'read', NOTE_LIMIT)).toEqual({ ok: true, contributions: [] });
    expect(checkContributionsUpdate(server, step2, 'read', NOTE_LIMIT)).toEqual({ ok: false, reason: 'not-allowed' });
  });

  it('refuses an update that would stay pending, and bytes that are not an update', () => {
    const server = serverDoc();
    const phone = clientOf(server);
    phone.change((doc) => doc.getArray('items').push([contribution(fields({ id: 'skipped' }))]));
    const second = phone.change((doc) => doc.getArray('items').push([contribution(fields({ id: 'after-gap' }))]));
    expect(append(server, second)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(append(server, Uint8Array.of(1, 2, 3, 4, 5))).toMatchObject({ ok: false });
    expect(append(server, new Uint8Array())).toMatchObject({ ok: false });
  });
});

describe('what an editor may write to the contributions document', () => {
  it('sets, replaces and removes entries of present and accepted', () => {
    const server = serverDoc();
    const editor = clientOf(server);
    const step = editor.change((doc) => {
      const present = doc.getMap('present');
      present.set('kind', 'stage');
      present.set('title', 'Discover');
      present.delete('id');
      doc.getMap('accepted').set('first', { as: 'note', at: '2026-11-29T10:01:00.000Z' });
    });
    expect(facilitate(server, step)).toEqual({ ok: true, contributions: [] });
    Y.applyUpdate(server, step);
    const undo = editor.change((doc) => doc.getMap('accepted').delete('first'));
    expect(facilitate(server, undo).ok).toBe(true);
  });

  it('refuses an editor touching items or other types', () => {
    const server = serverDoc();
    const attempts: Array<(doc: Y.Doc) => void> = [
      (doc) => doc.getArray('items').delete(0, 1),
      (doc) => (doc.getArray('items').get(0) as Y.Map<unknown>).set('text', 'edited'),
      (doc) => doc.getArray('items').push([contribution(fields({ id: 'from-editor' }))]),
      (doc) => doc.getMap('other').set('x', 1),
      (doc) => doc.getMap('present').set('nested', new Y.Map()),
    ];
    for (const attempt of attempts) {
      const editor = clientOf(server);
      expect(facilitate(server, editor.change(attempt)), attempt.toString()).toEqual({
        ok: false,
        reason: 'not-allowed',
      });
    }
  });
});
