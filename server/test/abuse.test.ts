import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawClient, RoomKeys } from './clients.ts';
import {
  authMessage,
  createRoom,
  newRoomKeys,
  mapUpdate,
  rawAuthenticated,
  rawClient,
  secretsOf,
  settled,
  token,
  updateMessage,
  roomsAndClients,
} from './clients.ts';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess, tempDir } from './serverProcess.ts';
import { storedDocument } from './stored.ts';
import { waitFor } from './waitFor.ts';

const DOCUMENT_LIMIT = 64 * 1024;
const MESSAGE_LIMIT = 128 * 1024;

/** A small seeded generator, so a failing fuzz case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const bytes = (length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
  return { next, bytes, int: (max: number) => Math.floor(next() * max) };
}

/** `[document name][type][payload]` with any type number and payload. */
function message(documentName: string, type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  encoding.writeUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('bad input and abuse', () => {
  const data = tempDir('abuse');
  let server: ServerProcess;
  const raws: RawClient[] = [];
  const { open, room, rooms, destroyClients } = roomsAndClients(() => server);
  const authenticated = async (keys: RoomKeys, capability: 'edit' | 'view' = 'edit') => {
    const { raw, reply } = await rawAuthenticated(server.wsUrl, keys.room, token(capability, keys[capability]));
    raws.push(raw);
    expect(reply.auth?.ok).toBe(true);
    return raw;
  };
  /** Two fresh editors of a fresh room still converge: the server is serving. */
  const stillServing = async () => {
    expect(server.alive()).toBe(true);
    expect((await fetch(`${server.httpUrl}/health`)).status).toBe(200);
    const keys = await room();
    const a = open(keys);
    const b = open(keys);
    await Promise.all([settled(a), settled(b)]);
    a.doc.getMap('m').set('ping', 1);
    await waitFor(() => b.doc.getMap('m').get('ping') === 1, 'an edit to travel');
  };

  beforeAll(async () => {
    server = await startServerProcess({
      dataDir: data.path,
      args: ['--max-document-bytes', String(DOCUMENT_LIMIT), '--max-message-bytes', String(MESSAGE_LIMIT)],
    });
  });

  afterAll(async () => {
    destroyClients();
    for (const raw of raws) raw.close();
    await server.stop();
    data.remove();
    const output = server.output();
    for (const secret of secretsOf(...rooms)) expect(output).not.toContain(secret);
    expect(output).not.toContain('[redacted]');
    expect(output).not.toMatch(/uncaught-exception|unhandled-rejection/);
  });

  it('refuses an update that would take a document over the size limit, and keeps serving the room', async () => {
    const keys = await room();
    const big = open(keys);
    const other = open(keys);
    await Promise.all([settled(big), settled(other)]);
    other.doc.getMap('m').set('small', 1);
    await settled(other);
    big.doc.getText('t').insert(0, 'x'.repeat(DOCUMENT_LIMIT + 1000));
    await waitFor(() => big.closes.includes('document-too-large'), 'the refusal');

    other.doc.getMap('m').set('after', 2);
    const third = open(keys);
    await settled(third);
    await waitFor(() => third.doc.getMap('m').get('after') === 2, 'later edits to go through');
    expect(third.doc.getText('t').length).toBe(0);
    expect(other.doc.getText('t').length).toBe(0);
    expect(storedDocument(data.path, keys.room)?.getText('t').length).toBe(0);
  });

  it('refuses to make a room for a journey already over the size limit, and makes one that fits', async () => {
    const over = newRoomKeys();
    const refused = await createRoom(server.httpUrl, over, DOCUMENT_LIMIT + 1);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: 'document-too-large' });
    // No room was made: the same id is free for a journey that fits.
    const fits = await createRoom(server.httpUrl, over, DOCUMENT_LIMIT);
    expect(fits.status).toBe(201);
  });

  it('stops a document that grows past the limit in small steps', async () => {
    const keys = await room();
    const writer = open(keys);
    await settled(writer);
    const chunk = 'y'.repeat(4096);
    for (let i = 0; i < 40 && !writer.closes.includes('document-too-large'); i++) {
      writer.doc.getArray('chunks').push([chunk]);
      await waitFor(() => !writer.provider.hasUnsyncedChanges || writer.closes.length > 0, 'the chunk');
    }
    expect(writer.closes).toContain('document-too-large');
    const stored = storedDocument(data.path, keys.room);
    expect(stored?.getArray('chunks').length).toBeGreaterThan(5);
    expect(stored!.getArray('chunks').length * chunk.length).toBeLessThanOrEqual(DOCUMENT_LIMIT);
  });

  it('closes a socket whose message is over the message limit', async () => {
    const keys = await room();
    const raw = await authenticated(keys);
    raw.send(updateMessage(keys.room, mapUpdate('huge', 'z'.repeat(MESSAGE_LIMIT + 1))));
    expect((await raw.closed).code).toBe(1009);
    await stillServing();
  });

  it('refuses oversized presence and stateless broadcasts from viewers', async () => {
    const keys = await room();
    const editor = await authenticated(keys);
    editor.send(message(keys.room, 1, new Uint8Array(70 * 1024)));
    await editor.next((r) => r.closeReason === 'message-too-large', 'the presence refusal');
    const viewer = await authenticated(keys, 'view');
    const stateless = encoding.createEncoder();
    encoding.writeVarString(stateless, 'I am the facilitator');
    viewer.send(message(keys.room, 6, encoding.toUint8Array(stateless)));
    await viewer.next((r) => r.closeReason === 'read-only', 'the broadcast refusal');
  });

  it('closes a socket that floods documents it never authenticated for', async () => {
    const keys = await room();
    const raw = await rawClient(server.wsUrl);
    raws.push(raw);
    for (let i = 0; i < 300 && raw.ws.readyState === raw.ws.OPEN; i++) {
      raw.send(updateMessage(keys.room, mapUpdate(`k${i}`, i)));
    }
    expect((await raw.closed).code).toBe(1008);
    expect(storedDocument(data.path, keys.room)).toBeNull();
  });

  it('survives malformed messages: random bytes, truncated sync messages, wrong document names', async () => {
    const rng = random(13);
    const keys = await room();

    // Random bytes on fresh sockets.
    for (let s = 0; s < 10; s++) {
      const raw = await rawClient(server.wsUrl);
      raws.push(raw);
      for (let i = 0; i < 10; i++) raw.send(rng.bytes(rng.int(300)));
      raw.send(authMessage(keys.room, token('edit', keys.edit)));
    }

    // Every truncation of a real update message, on an authenticated socket each.
    const whole = updateMessage(keys.room, mapUpdate('truncated', 'a value long enough to cut'));
    for (let cut = 1; cut < whole.length; cut += Math.max(1, Math.floor(whole.length / 12))) {
      const raw = await authenticated(keys);
      raw.send(whole.subarray(0, cut));
    }

    // A valid header with a random Yjs update, and every message type with random payloads.
    for (let i = 0; i < 12; i++) {
      const raw = await authenticated(keys);
      raw.send(updateMessage(keys.room, rng.bytes(1 + rng.int(200))));
      raw.send(message(keys.room, rng.int(12), rng.bytes(rng.int(100))));
      raw.send(message(keys.room, 0, Uint8Array.of(rng.int(5), ...rng.bytes(rng.int(50)))));
    }

    // Names that are not documents, as authentication and as plain messages.
    const names = ['', 'x'.repeat(5000), '../../etc/passwd', `${keys.room}/../x`, 'ключ', '\u0000', `${keys.room}/`];
    for (const name of names) {
      const { raw, reply } = await rawAuthenticated(server.wsUrl, name, token('edit', keys.edit));
      raws.push(raw);
      expect(reply.auth).toEqual({ ok: false, text: 'unknown-document' });
      raw.send(updateMessage(name, mapUpdate('x', 1)));
    }

    await stillServing();
    const late = open(keys, 'view');
    await settled(late);
    expect(late.doc.getMap('m').has('x')).toBe(false);
  });
});
