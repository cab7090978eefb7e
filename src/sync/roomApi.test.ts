import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyHash, newRoom } from './keys';
import { createRoom, rotateRoom } from './roomApi';

/** Replaces fetch with one that answers `status` and records each request's URL, headers and JSON body. */
function recordFetch(status = 200) {
  const calls: Array<{ url: string; headers: Record<string, string>; body: unknown }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
      return new Response('{}', { status });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('the room API', () => {
  const { room, keys } = newRoom();

  it('registers a room with the hashes of its edit, view and contribute keys, never a key', async () => {
    const calls = recordFetch(201);
    await createRoom('ws://192.168.1.20:8080', room, keys);
    expect(calls[0].url).toBe('http://192.168.1.20:8080/api/rooms');
    expect(calls[0].body).toEqual({
      room,
      manageKeyHash: keyHash(keys.manage),
      keyHashes: { edit: keyHash(keys.edit), view: keyHash(keys.view), contribute: keyHash(keys.contribute) },
    });
    const sent = JSON.stringify(calls[0]);
    for (const key of Object.values(keys)) expect(sent).not.toContain(key);
  });

  it('adds a contribute key to a room shared before by rotating that capability alone', async () => {
    const calls = recordFetch();
    await rotateRoom('ws://h:1', room, keys.manage, { contribute: keys.contribute });
    expect(calls[0].url).toBe(`http://h:1/api/rooms/${room}/rotate`);
    expect(calls[0].headers.Authorization).toBe(`Bearer ${keys.manage}`);
    expect(calls[0].body).toEqual({ keyHashes: { contribute: keyHash(keys.contribute) } });
  });

  it('rotates every link the room has, and leaves out those it has not', async () => {
    const calls = recordFetch();
    await rotateRoom('ws://h:1', room, keys.manage, { edit: keys.edit, view: keys.view, contribute: undefined });
    expect(calls[0].body).toEqual({ keyHashes: { edit: keyHash(keys.edit), view: keyHash(keys.view) } });
  });
});
