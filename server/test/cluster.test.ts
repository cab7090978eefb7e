import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, RoomKeys } from './clients.ts';
import { connect, manage, randomId, secretsOf, settled, sha256, sharedRoom, token } from './clients.ts';
import { appendContribution, contributionFields, contributionsOf, itemsOf } from './contributing.ts';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess } from './serverProcess.ts';
import type { PostgresService, RedisService } from './services.ts';
import { postgresBinDir, redisServerPath, startPostgres, startRedis } from './services.ts';
import { waitFor } from './waitFor.ts';

const missing = [redisServerPath() ? '' : 'redis-server', postgresBinDir() ? '' : 'PostgreSQL'].filter(Boolean);
if (missing.length > 0) {
  console.warn(`${missing.join(' and ')} not installed: the tests of several server processes are skipped`);
}

/** The names present in a client's view of presence, other than its own. */
const peersOf = (client: Client) =>
  [...(client.provider.awareness?.getStates() ?? new Map()).entries()]
    .filter(([id]) => id !== client.doc.clientID)
    .map(([, state]) => (state.user as { name?: string } | undefined)?.name)
    .filter(Boolean);

describe.skipIf(missing.length > 0)('two server processes sharing rooms through Redis and PostgreSQL', () => {
  let redis: RedisService;
  let postgres: PostgresService;
  let a: ServerProcess;
  let b: ServerProcess;
  let database = '';
  const clients: Client[] = [];
  const rooms: RoomKeys[] = [];
  const open = (server: ServerProcess, documentName: string, capability: string, key: string) => {
    const client = connect(server.wsUrl, documentName, token(capability, key));
    clients.push(client);
    return client;
  };
  const room = async () => {
    const keys = await sharedRoom(a.httpUrl);
    rooms.push(keys);
    return keys;
  };

  beforeAll(async () => {
    [redis, postgres] = (await Promise.all([startRedis(), startPostgres()])) as [RedisService, PostgresService];
    database = await postgres.createDatabase('cluster');
    const args = ['--rotation-grace-ms', '1000', '--store-debounce-ms', '200'];
    // One after the other: the second finds the schema in place.
    a = await startServerProcess({ postgres: database, redis: redis.url, args });
    b = await startServerProcess({ postgres: database, redis: redis.url, args });
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([redis?.stop(), postgres?.stop()]);
    for (const server of [a, b]) {
      const output = server?.output() ?? '';
      for (const secret of secretsOf(...rooms)) expect(output).not.toContain(secret);
      expect(output).not.toContain(database);
      expect(output).not.toMatch(/uncaught-exception|unhandled-rejection/);
    }
  }, 60_000);

  it('lets a client on each process edit one room; both converge, presence included', async () => {
    const keys = await room();
    const onA = open(a, keys.room, 'edit', keys.edit);
    const onB = open(b, keys.room, 'edit', keys.edit);
    await Promise.all([settled(onA), settled(onB)]);
    onA.provider.setAwarenessField('user', { name: 'Ana on A' });
    onB.provider.setAwarenessField('user', { name: 'Bo on B' });
    onA.doc.getMap('m').set('from-a', 1);
    onB.doc.getMap('m').set('from-b', 2);
    onB.doc.getArray('list').push(['x', 'y']);
    await waitFor(() => onA.doc.getMap('m').size === 2 && onB.doc.getMap('m').size === 2, 'both edits on both');
    await waitFor(() => onA.doc.getArray('list').length === 2, 'the list on A');
    expect(onA.doc.getMap('m').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 });
    expect(onB.doc.getMap('m').toJSON()).toEqual(onA.doc.getMap('m').toJSON());
    await waitFor(() => peersOf(onA).includes('Bo on B'), 'B’s presence on A');
    await waitFor(() => peersOf(onB).includes('Ana on A'), 'A’s presence on B');

    // What each process stored makes one document: a third client, on either, gets everything.
    await Promise.all([settled(onA), settled(onB)]);
    const late = open(b, keys.room, 'view', keys.view);
    await settled(late);
    expect(late.doc.getMap('m').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 });
  });

  it('brings participants on one process to the facilitator on the other', async () => {
    const keys = await room();
    const facilitator = open(a, contributionsOf(keys.room), 'edit', keys.edit);
    const phones = [0, 1, 2].map((i) =>
      open(i % 2 ? a : b, contributionsOf(keys.room), 'contribute', keys.contribute!),
    );
    await Promise.all([settled(facilitator), ...phones.map(settled)]);
    facilitator.doc.getMap('present').set('title', 'Checkout');
    await waitFor(() => phones.every((p) => p.doc.getMap('present').get('title') === 'Checkout'), 'phones to follow');
    for (const [i, phone] of phones.entries()) {
      appendContribution(phone.doc, contributionFields({ participant: { id: `p${i}`, name: `P${i}` } }));
    }
    await waitFor(() => itemsOf(facilitator.doc).length === 3, 'three contributions on A');
    await Promise.all(phones.map(settled));
  });

  it('after rotate or stop sharing on one process, the other process checks its connections again', async () => {
    const keys = await room();
    const editorOnB = open(b, keys.room, 'edit', keys.edit);
    const phoneOnB = open(b, contributionsOf(keys.room), 'contribute', keys.contribute!);
    await Promise.all([settled(editorOnB), settled(phoneOnB)]);

    const body = { keyHashes: { contribute: sha256(randomId(32)) } };
    const rotated = await manage(a.httpUrl, 'POST', `/api/rooms/${keys.room}/rotate`, keys.manage, body);
    expect(rotated.status).toBe(200);
    await waitFor(() => phoneOnB.closes.includes('key-rotated'), 'the participant on B to be closed');
    expect(editorOnB.closes).toEqual([]);

    const stopped = await manage(a.httpUrl, 'DELETE', `/api/rooms/${keys.room}`, keys.manage);
    expect(stopped.status).toBe(200);
    await waitFor(() => editorOnB.closes.includes('sharing-stopped'), 'the editor on B to be told');
  });
});
