import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, RoomKeys } from './clients.ts';
import {
  connect,
  manage,
  mapUpdate,
  randomId,
  rawAuthenticated,
  secretsOf,
  settled,
  sha256,
  sharedRoom,
  syncStep2Message,
  token,
  updateMessage,
} from './clients.ts';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess, tempDir } from './serverProcess.ts';
import { storedDocument, storedRows } from './stored.ts';
import { waitFor } from './waitFor.ts';

describe('capabilities: who may open and change a room', () => {
  const data = tempDir('access');
  let server: ServerProcess;
  const clients: Client[] = [];
  const rooms: RoomKeys[] = [];
  const open = (room: string, tokenOf: string | (() => Promise<string>)) => {
    const client = connect(server.wsUrl, room, tokenOf);
    clients.push(client);
    return client;
  };
  const room = async () => {
    const keys = await sharedRoom(server.httpUrl);
    rooms.push(keys);
    return keys;
  };
  const refusalFor = async (documentName: string, tokenText: string) => {
    const { raw, reply } = await rawAuthenticated(server.wsUrl, documentName, tokenText);
    raw.close();
    return reply.auth;
  };

  beforeAll(async () => {
    // A short grace keeps the test of a silent rotated-out client quick.
    server = await startServerProcess({ dataDir: data.path, args: ['--rotation-grace-ms', '1000'] });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
    data.remove();
    const output = server.output();
    for (const secret of secretsOf(...rooms)) expect(output).not.toContain(secret);
    expect(output).not.toContain('[redacted]');
  });

  it('refuses a missing, malformed or wrong token with a reason the client can show', async () => {
    const keys = await room();
    expect(await refusalFor(keys.room, '')).toEqual({ ok: false, text: 'missing-token' });
    expect(await refusalFor(keys.room, 'let me in')).toEqual({ ok: false, text: 'malformed-token' });
    expect(await refusalFor(keys.room, `v2.edit.${keys.edit}`)).toEqual({ ok: false, text: 'malformed-token' });
    expect(await refusalFor(keys.room, token('admin', keys.edit))).toEqual({ ok: false, text: 'malformed-token' });
    expect(await refusalFor(keys.room, token('edit', randomId(32)))).toEqual({ ok: false, text: 'invalid-key' });
    expect(await refusalFor(keys.room, token('edit', keys.view))).toEqual({ ok: false, text: 'invalid-key' });
    expect(await refusalFor(keys.room, token('edit', keys.manage))).toEqual({ ok: false, text: 'invalid-key' });
    expect(await refusalFor(randomId(16), token('edit', keys.edit))).toEqual({ ok: false, text: 'unknown-room' });
    expect(await refusalFor('journey-1', token('edit', keys.edit))).toEqual({ ok: false, text: 'unknown-document' });
    expect(await refusalFor(`${keys.room}/journey`, token('edit', keys.edit))).toEqual({
      ok: false,
      text: 'unknown-document',
    });
    expect(await refusalFor(`${keys.room}/contributions/x`, token('edit', keys.edit))).toEqual({
      ok: false,
      text: 'unknown-document',
    });
    // A room shared without a participant link has no contribute key to match.
    expect(await refusalFor(`${keys.room}/contributions`, token('contribute', randomId(32)))).toEqual({
      ok: false,
      text: 'invalid-key',
    });
    expect(await refusalFor(keys.room, token('view', keys.view))).toEqual({ ok: true, text: 'readonly' });
    expect(await refusalFor(keys.room, token('edit', keys.edit))).toEqual({ ok: true, text: 'read-write' });

    // What the app sees through the provider.
    const wrong = open(keys.room, token('edit', randomId(32)));
    await waitFor(() => wrong.refused, 'the refusal');
    expect(wrong.refused).toBe('invalid-key');
    expect(wrong.doc.getMap('m').size).toBe(0);
  });

  it('never lets a view-only connection change the document, even with forged messages', async () => {
    const keys = await room();
    const editor = open(keys.room, token('edit', keys.edit));
    await settled(editor);
    editor.doc.getMap('m').set('legit', 1);
    await settled(editor);

    // A read-only provider that edits anyway.
    const viewer = open(keys.room, token('view', keys.view));
    await settled(viewer);
    expect(viewer.scope).toBe('readonly');
    viewer.doc.getMap('m').set('from-viewer', 1);

    // A hand-made client with the view key sending raw Yjs updates, both ways a client can.
    const { raw, reply } = await rawAuthenticated(server.wsUrl, keys.room, token('view', keys.view));
    expect(reply.auth).toEqual({ ok: true, text: 'readonly' });
    raw.send(updateMessage(keys.room, mapUpdate('forged-update', 1)));
    raw.send(syncStep2Message(keys.room, mapUpdate('forged-step2', 1)));
    await waitFor(() => raw.replies.filter((r) => r.applied === false).length >= 2, 'two refusals');
    expect(raw.replies.some((r) => r.applied === true)).toBe(false);
    await waitFor(() => viewer.provider.hasUnsyncedChanges, 'the viewer edit to stay unsynced');
    raw.close();

    const fresh = open(keys.room, token('edit', keys.edit));
    await settled(fresh);
    expect(fresh.doc.getMap('m').toJSON()).toEqual({ legit: 1 });
    expect(editor.doc.getMap('m').toJSON()).toEqual({ legit: 1 });
    expect(storedDocument(data.path, keys.room)?.getMap('m').toJSON()).toEqual({ legit: 1 });
  });

  it('rotates keys: old ones stop working, a client holding the new key carries on', async () => {
    const keys = await room();
    let rotatorToken = token('edit', keys.edit);
    const gate = { passed: Promise.resolve(), open: () => {} };
    const rotator = open(keys.room, async () => {
      await gate.passed;
      return rotatorToken;
    });
    const oldEditor = open(keys.room, token('edit', keys.edit));
    const oldViewer = open(keys.room, token('view', keys.view));
    await Promise.all([settled(rotator), settled(oldEditor), settled(oldViewer)]);

    const next = { edit: randomId(32), view: randomId(32) };
    rooms.push({ room: keys.room, manage: keys.manage, ...next });
    // The rotating client holds back its token answer until it has edited, to show that an edit made
    // while its old key is revoked is not lost.
    gate.passed = new Promise<void>((resolve) => (gate.open = resolve));
    const body = { keyHashes: { edit: sha256(next.edit), view: sha256(next.view) } };
    expect((await manage(server.httpUrl, 'POST', `/api/rooms/${keys.room}/rotate`, undefined, body)).status).toBe(401);
    expect((await manage(server.httpUrl, 'POST', `/api/rooms/${keys.room}/rotate`, keys.edit, body)).status).toBe(403);
    const response = await manage(server.httpUrl, 'POST', `/api/rooms/${keys.room}/rotate`, keys.manage, body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ room: keys.room, rotated: ['edit', 'view'], manageKeyRotated: false });

    rotator.doc.getMap('m').set('during-rotation', true);
    rotatorToken = token('edit', next.edit);
    gate.open();
    await waitFor(() => oldEditor.closes.includes('key-rotated'), 'the old editor to be closed');
    await waitFor(() => oldViewer.closes.includes('key-rotated'), 'the old viewer to be closed');

    rotator.doc.getMap('m').set('after-rotation', true);
    const newEditor = open(keys.room, token('edit', next.edit));
    await settled(newEditor);
    await waitFor(
      () => newEditor.doc.getMap('m').get('during-rotation') && newEditor.doc.getMap('m').get('after-rotation'),
      'the rotator edits to reach the new editor',
    );
    expect(rotator.closes).toEqual([]);
    const newViewer = open(keys.room, token('view', next.view));
    await settled(newViewer);

    expect(await refusalFor(keys.room, token('edit', keys.edit))).toEqual({ ok: false, text: 'invalid-key' });
    expect(await refusalFor(keys.room, token('view', keys.view))).toEqual({ ok: false, text: 'invalid-key' });
    // The closed editor's later edits go nowhere.
    oldEditor.doc.getMap('m').set('after-close', true);
    await settled(rotator);
    expect(storedDocument(data.path, keys.room)?.getMap('m').has('after-close')).toBe(false);
  });

  it('rotates one capability without touching the others, and closes a silent client after the grace', async () => {
    const keys = await room();
    const editor = open(keys.room, token('edit', keys.edit));
    const { raw } = await rawAuthenticated(server.wsUrl, keys.room, token('view', keys.view));
    await settled(editor);
    const view = randomId(32);
    rooms.push({ ...keys, view });
    const body = { keyHashes: { view: sha256(view) } };
    const response = await manage(server.httpUrl, 'POST', `/api/rooms/${keys.room}/rotate`, keys.manage, body);
    expect(response.status).toBe(200);
    // The raw client never answers the token request: it is closed once the grace period ends.
    await raw.next((r) => r.closeReason === 'key-rotated', 'the silent viewer to be closed');
    raw.close();
    editor.doc.getMap('m').set('still-editing', true);
    await settled(editor);
    expect(editor.closes).toEqual([]);
    expect(await refusalFor(keys.room, token('view', view))).toEqual({ ok: true, text: 'readonly' });
  });

  it('stops sharing: connected clients are told, the room and its document are removed', async () => {
    const keys = await room();
    const editor = open(keys.room, token('edit', keys.edit));
    const viewer = open(keys.room, token('view', keys.view));
    await Promise.all([settled(editor), settled(viewer)]);
    editor.doc.getMap('m').set('content', 'shared');
    await settled(editor);
    expect(storedRows(data.path, keys.room).rooms).toBe(1);

    expect((await manage(server.httpUrl, 'DELETE', `/api/rooms/${keys.room}`)).status).toBe(401);
    expect((await manage(server.httpUrl, 'DELETE', `/api/rooms/${keys.room}`, keys.view)).status).toBe(403);
    const response = await manage(server.httpUrl, 'DELETE', `/api/rooms/${keys.room}`, keys.manage);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ room: keys.room, stopped: true, disconnected: 2 });
    await waitFor(() => editor.closes.includes('sharing-stopped'), 'the editor to be told');
    await waitFor(() => viewer.closes.includes('sharing-stopped'), 'the viewer to be told');

    editor.doc.getMap('m').set('after-stop', true);
    expect(await refusalFor(keys.room, token('edit', keys.edit))).toEqual({ ok: false, text: 'unknown-room' });
    expect(storedRows(data.path, keys.room)).toEqual({ rooms: 0, keys: 0, documents: 0, updates: 0 });
    expect((await manage(server.httpUrl, 'DELETE', `/api/rooms/${keys.room}`, keys.manage)).status).toBe(404);
    // The client keeps its own copy: offline-first means stopping sharing loses nothing locally.
    expect(editor.doc.getMap('m').get('content')).toBe('shared');
  });
});
