import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShareRow } from '../storage/database';
import { closeTestServices, createTestServices } from '../test/testServices';
import { keyHash, randomToken } from './keys';
import { readParticipantLink } from './links';
import { startSync } from './syncService';

afterEach(async () => {
  vi.unstubAllGlobals();
  await closeTestServices();
});

/** The sync service over test services, showing `share` as the open journey's (as refresh() would). */
function serviceShowing(share: ShareRow) {
  const services = createTestServices();
  const sync = startSync(services.editor, services.repository, services.shares);
  sync.store.setState({ journeyId: share.journeyId, share });
  return { services, sync };
}

const sharedBefore = (): ShareRow => ({
  journeyId: 'j1',
  server: 'ws://192.168.1.20:8080',
  room: randomToken(16),
  capability: 'edit',
  keys: { edit: randomToken(32), view: randomToken(32), manage: randomToken(32) },
});

describe('participants on a shared journey', () => {
  it('a room shared before workshops has no participants’ link until the sharer adds one through rotate', async () => {
    const share = sharedBefore();
    const { services, sync } = serviceShowing(share);
    expect(sync.participantLink()).toBeNull();
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response('{}', { status: 200 });
      }),
    );

    await sync.enableParticipants();

    const stored = await services.shares.get('j1');
    const key = stored?.keys.contribute;
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the contribute capability was rotated: the edit and view links keep working.
    expect(bodies).toEqual([{ keyHashes: { contribute: keyHash(key!) } }]);
    expect(stored?.keys.edit).toBe(share.keys.edit);
    const link = new URL(sync.participantLink()!);
    expect(link.origin).toBe('http://192.168.1.20:8080');
    expect(readParticipantLink(link.hash)).toEqual({ room: share.room, key });
    sync.dispose();
  });

  it('someone who joined by a link cannot add one, and nothing is sent', async () => {
    const { manage: _, ...keys } = sharedBefore().keys;
    const { sync } = serviceShowing({ ...sharedBefore(), keys });
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await expect(sync.enableParticipants()).rejects.toThrow('Only the sharer');
    expect(fetch).not.toHaveBeenCalled();
    sync.dispose();
  });

  it('a failed rotate keeps the share as it was', async () => {
    const share = sharedBefore();
    const { services, sync } = serviceShowing(share);
    await services.shares.put(share);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":"invalid-manage-key"}', { status: 403 })),
    );
    await expect(sync.enableParticipants()).rejects.toMatchObject({ code: 'invalid-manage-key' });
    expect((await services.shares.get('j1'))?.keys.contribute).toBeUndefined();
    expect(sync.participantLink()).toBeNull();
    sync.dispose();
  });
});
