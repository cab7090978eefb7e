import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Client, RawClient, RoomKeys } from './clients.ts';
import {
  authMessage,
  awarenessMessage,
  connect,
  mapUpdate,
  rawAuthenticated,
  rawClient,
  secretsOf,
  settled,
  sharedRoom,
  syncStep2Message,
  token,
  updateMessage,
} from './clients.ts';
import { appendContribution, contributionFields, contributionsOf, forger, itemsOf } from './contributing.ts';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess, tempDir } from './serverProcess.ts';
import { storedDocument } from './stored.ts';
import { waitFor } from './waitFor.ts';

const RATE = 5;
const MAX_REFUSALS = 6;
const NOTE_CHARS = 200;
const MESSAGES = 60;

const refusedWith = (reason: string) => JSON.stringify({ type: 'refused', reason });

describe('workshop participants: the contribute capability', () => {
  const data = tempDir('participants');
  let server: ServerProcess;
  const clients: Client[] = [];
  const raws: RawClient[] = [];
  const rooms: RoomKeys[] = [];
  const room = async () => {
    const keys = await sharedRoom(server.httpUrl);
    rooms.push(keys);
    return keys;
  };
  const open = (documentName: string, capability: string, key: string) => {
    const client = connect(server.wsUrl, documentName, token(capability, key));
    clients.push(client);
    return client;
  };
  const raw = async (documentName: string, capability: string, key: string) => {
    const { raw, reply } = await rawAuthenticated(server.wsUrl, documentName, token(capability, key));
    raws.push(raw);
    return { raw, auth: reply.auth };
  };
  /** A participant socket speaking the wire format by hand, authenticated on the contributions document. */
  const forgingParticipant = async (keys: RoomKeys) => {
    const { raw: socket, auth } = await raw(contributionsOf(keys.room), 'contribute', keys.contribute!);
    expect(auth?.ok).toBe(true);
    return socket;
  };
  /** What the server holds now, seen by a fresh viewer. */
  const serverCopy = async (keys: RoomKeys) => {
    const viewer = open(contributionsOf(keys.room), 'view', keys.view);
    await settled(viewer);
    return viewer.doc;
  };

  beforeAll(async () => {
    server = await startServerProcess({
      dataDir: data.path,
      args: [
        ...['--contribution-rate', String(RATE), '--max-refusals', String(MAX_REFUSALS)],
        ...['--max-note-chars', String(NOTE_CHARS), '--participant-messages', String(MESSAGES)],
      ],
    });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const socket of raws) socket.close();
    await server.stop();
    data.remove();
    const output = server.output();
    for (const secret of secretsOf(...rooms)) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/uncaught-exception|unhandled-rejection/);
  });

  it('opens the contributions document only: a participant link never reaches the journey', async () => {
    const keys = await room();
    expect((await raw(keys.room, 'contribute', keys.contribute!)).auth).toEqual({ ok: false, text: 'forbidden' });
    // Every connection to the contributions document is read-only for Hocuspocus: the server applies writes.
    for (const [capability, key] of [
      ['contribute', keys.contribute!],
      ['edit', keys.edit],
      ['view', keys.view],
    ]) {
      expect((await raw(contributionsOf(keys.room), capability, key)).auth).toEqual({ ok: true, text: 'readonly' });
    }
    const phone = open(keys.room, 'contribute', keys.contribute!);
    await waitFor(() => phone.refused, 'the refusal');
    expect(phone.refused).toBe('forbidden');
    // A room shared before participant links existed gets one through rotate, not by guessing.
    const old = await sharedRoom(server.httpUrl, { contribute: false });
    rooms.push(old);
    expect((await raw(contributionsOf(old.room), 'contribute', keys.contribute!)).auth).toEqual({
      ok: false,
      text: 'invalid-key',
    });
  });

  it('a participant follows the facilitator and appends; facilitator and viewers see it; it is stored', async () => {
    const keys = await room();
    const facilitator = open(contributionsOf(keys.room), 'edit', keys.edit);
    const phone = open(contributionsOf(keys.room), 'contribute', keys.contribute!);
    const viewer = open(contributionsOf(keys.room), 'view', keys.view);
    await Promise.all([settled(facilitator), settled(phone), settled(viewer)]);

    facilitator.doc.transact(() => {
      const present = facilitator.doc.getMap('present');
      present.set('kind', 'touchpoint');
      present.set('id', 'tp-checkout');
      present.set('title', 'Checkout');
      present.set('stage', 'Buy');
      present.set('index', 3);
      present.set('count', 9);
    });
    await waitFor(() => phone.doc.getMap('present').get('title') === 'Checkout', 'the phone to follow');
    await settled(facilitator);

    const note = contributionFields({ text: 'Too many steps' });
    const emotion = contributionFields({ kind: 'emotion', emotion: -2, text: undefined });
    const pain = contributionFields({ kind: 'pain', text: undefined });
    appendContribution(phone.doc, note);
    appendContribution(phone.doc, emotion);
    phone.doc.transact(() => appendContribution(phone.doc, pain));
    await waitFor(() => itemsOf(facilitator.doc).length === 3, 'the facilitator to see three contributions');
    await waitFor(() => itemsOf(viewer.doc).length === 3, 'the viewer to see them');
    // Acknowledged, so stored: the phone's provider has nothing unsynced.
    await settled(phone);
    expect(phone.stateless).toEqual([]);
    expect(itemsOf(facilitator.doc).map((c) => c.id)).toEqual([note.id, emotion.id, pain.id]);
    expect(itemsOf(facilitator.doc)[1]).toEqual(emotion);

    facilitator.doc.getMap('accepted').set(String(note.id), { as: 'note', at: new Date().toISOString() });
    await settled(facilitator);
    await waitFor(() => phone.doc.getMap('accepted').has(String(note.id)), 'the acceptance to reach the phone');
    const stored = storedDocument(data.path, contributionsOf(keys.room))!;
    expect(itemsOf(stored)).toHaveLength(3);
    expect(stored.getMap('present').get('title')).toBe('Checkout');
    expect(stored.getMap('accepted').has(String(note.id))).toBe(true);
    // The journey itself is untouched by all this.
    expect(storedDocument(data.path, keys.room)).toBeNull();
  });

  it('refuses forged participant writes: the journey, present, accepted, editing or deleting contributions', async () => {
    const keys = await room();
    const facilitator = open(contributionsOf(keys.room), 'edit', keys.edit);
    const phone = open(contributionsOf(keys.room), 'contribute', keys.contribute!);
    await Promise.all([settled(facilitator), settled(phone)]);
    facilitator.doc.getMap('present').set('title', 'Checkout');
    appendContribution(phone.doc, contributionFields({ id: 'honest' }));
    await waitFor(() => itemsOf(facilitator.doc).length === 1, 'the honest contribution');
    await settled(facilitator);
    // The forged writes are built on what the server stored, which may lag the synced clients a moment.
    const before = await waitFor(() => {
      const stored = storedDocument(data.path, contributionsOf(keys.room));
      return stored && itemsOf(stored).length === 1 && stored.getMap('present').get('title') ? stored : null;
    }, 'the honest contribution stored');

    // The journey: refused at authentication, and messages sent anyway go nowhere.
    const journey = await rawClient(server.wsUrl);
    raws.push(journey);
    journey.send(authMessage(keys.room, token('contribute', keys.contribute!)));
    await journey.next((r) => r.auth !== undefined, 'the journey refusal');
    journey.send(updateMessage(keys.room, mapUpdate('forged', 1)));
    journey.send(syncStep2Message(keys.room, mapUpdate('forged-step2', 1)));

    // The contributions document: each forged write is answered "not applied" with the reason.
    const forged: Array<[string, (doc: Y.Doc) => void]> = [
      ['not-allowed', (doc) => doc.getArray('items').delete(0, 1)],
      ['not-allowed', (doc) => (doc.getArray('items').get(0) as Y.Map<unknown>).set('text', 'rewritten')],
      ['not-allowed', (doc) => doc.getMap('present').set('title', 'Hijacked')],
      ['not-allowed', (doc) => doc.getMap('accepted').set('honest', { as: 'note' })],
      ['not-allowed', (doc) => doc.getMap('m').set('anything', 1)],
    ];
    const socket = await forgingParticipant(keys);
    for (const [i, [reason, edit]] of forged.entries()) {
      const update = forger(before).change(edit);
      socket.send(
        i % 2 === 0
          ? updateMessage(contributionsOf(keys.room), update)
          : syncStep2Message(contributionsOf(keys.room), update),
      );
      await socket.next(
        (r) => r.stateless === refusedWith(reason) && socket.replies.filter((x) => x.stateless).length === i + 1,
        `refusal ${i}`,
      );
    }
    await waitFor(() => socket.replies.filter((r) => r.applied === false).length >= forged.length, 'the answers');
    expect(socket.replies.some((r) => r.applied === true)).toBe(false);

    // An editor may not touch participants' contributions either; a viewer may write nothing.
    const editor = await raw(contributionsOf(keys.room), 'edit', keys.edit);
    editor.raw.send(
      updateMessage(
        contributionsOf(keys.room),
        forger(before).change((d) => d.getArray('items').delete(0, 1)),
      ),
    );
    await editor.raw.next((r) => r.stateless === refusedWith('not-allowed'), 'the editor refusal');
    const viewer = await raw(contributionsOf(keys.room), 'view', keys.view);
    const viewerWrite = forger(before).change((doc) => appendContribution(doc, contributionFields()));
    viewer.raw.send(updateMessage(contributionsOf(keys.room), viewerWrite));
    await viewer.raw.next((r) => r.applied === false, 'the viewer answer');

    const after = await serverCopy(keys);
    expect(itemsOf(after)).toEqual(itemsOf(before));
    expect(after.getMap('present').toJSON()).toEqual({ title: 'Checkout' });
    expect(after.getMap('accepted').size).toBe(0);
    expect(after.share.has('m') ? after.getMap('m').size : 0).toBe(0);
    expect(storedDocument(data.path, keys.room)).toBeNull();
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
  });

  it('refuses invalid contributions and notes over the size limit, and closes a repeat offender', async () => {
    const keys = await room();
    const socket = await forgingParticipant(keys);
    const name = contributionsOf(keys.room);
    const phone = forger();
    const invalid = [
      contributionFields({ text: 'x'.repeat(NOTE_CHARS + 1) }),
      contributionFields({ kind: 'emotion', emotion: 5, text: undefined }),
      contributionFields({ kind: 'shout' }),
      contributionFields({ participant: undefined }),
    ];
    for (const fields of invalid) {
      // Each refused change stays in the forger's own copy, so start every attempt from the server's state.
      socket.send(
        updateMessage(
          name,
          forger().change((doc) => appendContribution(doc, fields)),
        ),
      );
    }
    await waitFor(
      () => socket.replies.filter((r) => r.stateless === refusedWith('invalid-contribution')).length === invalid.length,
      'four refusals',
    );
    // At the limit is fine.
    socket.send(
      updateMessage(
        name,
        phone.change((doc) => appendContribution(doc, contributionFields({ text: 'y'.repeat(NOTE_CHARS) }))),
      ),
    );
    await socket.next((r) => r.applied === true, 'the note at the limit');
    // Two more refusals pass the limit of refusals: the connection is closed.
    for (let i = 0; i < MAX_REFUSALS; i++) {
      socket.send(
        updateMessage(
          name,
          forger().change((doc) => doc.getMap('present').set('title', `x${i}`)),
        ),
      );
    }
    await socket.next((r) => r.closeReason === 'too-many-refusals', 'the close');
    const copy = await serverCopy(keys);
    expect(itemsOf(copy).map((c) => String(c.text).length)).toEqual([NOTE_CHARS]);
  });

  it('rate limits each participant connection, and a provider over the limit is told why', async () => {
    const keys = await room();
    const facilitator = open(contributionsOf(keys.room), 'edit', keys.edit);
    const phone = open(contributionsOf(keys.room), 'contribute', keys.contribute!);
    await Promise.all([settled(facilitator), settled(phone)]);
    for (let i = 0; i < RATE + 2; i++) appendContribution(phone.doc, contributionFields({ text: `note ${i}` }));
    await waitFor(() => phone.stateless.includes(refusedWith('rate-limited')), 'the rate limit');
    await waitFor(() => itemsOf(facilitator.doc).length >= RATE, 'the first ones');
    // The bucket refills (RATE per 10 s); a write this quick after is still over it.
    expect(itemsOf(facilitator.doc).length).toBeLessThanOrEqual(RATE + 1);
    expect(phone.provider.hasUnsyncedChanges).toBe(true);
    // Another participant has its own allowance.
    const other = open(contributionsOf(keys.room), 'contribute', keys.contribute!);
    await settled(other);
    appendContribution(other.doc, contributionFields({ participant: { id: 'phone-2', name: 'Bo' } }));
    await settled(other);
    expect(other.stateless).toEqual([]);
  });

  it('cuts a flood off cheaply while the other participants keep getting through', async () => {
    const keys = await room();
    const name = contributionsOf(keys.room);
    const facilitator = open(name, 'edit', keys.edit);
    const honest = [0, 1, 2].map(() => open(name, 'contribute', keys.contribute!));
    await Promise.all([settled(facilitator), ...honest.map(settled)]);

    // A flooder with valid contributions, as fast as the socket takes them.
    const flooder = await forgingParticipant(keys);
    const source = forger();
    const flood = Array.from({ length: 2000 }, (_, i) =>
      updateMessage(
        name,
        source.change((doc) => appendContribution(doc, contributionFields({ text: `flood ${i}` }))),
      ),
    );
    // And one flooding presence, which is not a write but still counts.
    const chatty = await forgingParticipant(keys);
    const awareness = new Awareness(new Y.Doc());
    const presence = Array.from({ length: 500 }, (_, i) => {
      awareness.setLocalState({ user: { name: `chatty ${i}` } });
      return awarenessMessage(name, encodeAwarenessUpdate(awareness, [awareness.clientID]));
    });
    awareness.destroy();

    const sent: string[] = [];
    const sending = (async () => {
      for (let round = 0; round < 3; round++) {
        for (const [i, client] of honest.entries()) {
          const fields = contributionFields({ participant: { id: `honest-${i}`, name: `H${i}` }, text: `r${round}` });
          appendContribution(client.doc, fields);
          sent.push(String(fields.id));
        }
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    })();
    for (const message of flood) flooder.send(message);
    for (const message of presence) chatty.send(message);
    await sending;

    await waitFor(() => sent.every((id) => itemsOf(facilitator.doc).some((c) => c.id === id)), 'every honest one');
    await Promise.all(honest.map(settled));
    for (const client of honest) expect(client.stateless).toEqual([]);
    // The flooder got its allowance through, was refused (cheaply: not even decoded), then closed when it
    // went over its message budget; the chatty one over its presence budget.
    await flooder.next((r) => r.closeReason === 'too-many-messages', 'the flooder to be closed');
    await chatty.next((r) => r.closeReason === 'too-many-messages', 'the chatty one to be closed');
    const flooded = itemsOf(facilitator.doc).filter((c) => String(c.text).startsWith('flood'));
    expect(flooded.length).toBeGreaterThan(0);
    expect(flooded.length).toBeLessThanOrEqual(RATE + 1);
    const budget = MESSAGES + 3 * 6;
    expect(flooder.replies.filter((r) => r.stateless === refusedWith('rate-limited')).length).toBeLessThanOrEqual(
      budget,
    );
    // The server is still well: a new participant gets through at once.
    const late = open(name, 'contribute', keys.contribute!);
    await settled(late);
    appendContribution(late.doc, contributionFields({ text: 'after the flood' }));
    await waitFor(() => itemsOf(facilitator.doc).some((c) => c.text === 'after the flood'), 'the late one');
  });
});
