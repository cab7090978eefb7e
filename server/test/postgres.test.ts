import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, RoomKeys } from './clients.ts';
import { connect, secretsOf, settled, sharedRoom, token } from './clients.ts';
import { appendContribution, contributionFields, contributionsOf, itemsOf } from './contributing.ts';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess } from './serverProcess.ts';
import type { PostgresService } from './services.ts';
import { postgresBinDir, startPostgres } from './services.ts';
import { waitFor } from './waitFor.ts';

const hasPostgres = postgresBinDir() !== undefined;
if (!hasPostgres) console.warn('PostgreSQL is not installed: the server-on-PostgreSQL tests are skipped');

describe.skipIf(!hasPostgres)('the server on PostgreSQL', () => {
  let postgres: PostgresService;
  let database = '';
  const servers: ServerProcess[] = [];
  const clients: Client[] = [];
  const rooms: RoomKeys[] = [];
  const start = async () => {
    const server = await startServerProcess({ postgres: database, args: ['--store-debounce-ms', '100000'] });
    servers.push(server);
    return server;
  };
  const open = (server: ServerProcess, documentName: string, capability: string, key: string) => {
    const client = connect(server.wsUrl, documentName, token(capability, key));
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    postgres = (await startPostgres())!;
    database = await postgres.createDatabase('server');
  }, 60_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await postgres?.stop();
    for (const server of servers) {
      for (const secret of secretsOf(...rooms)) expect(server.output()).not.toContain(secret);
      expect(server.output()).not.toContain(database);
    }
  });

  it('acknowledges only what is committed: a killed server loses nothing a client saw as synced', async () => {
    const first = await start();
    const keys = await sharedRoom(first.httpUrl);
    rooms.push(keys);
    const editor = open(first, keys.room, 'edit', keys.edit);
    const phone = open(first, contributionsOf(keys.room), 'contribute', keys.contribute!);
    await Promise.all([settled(editor), settled(phone)]);
    for (let i = 0; i < 20; i++) editor.doc.getMap('m').set(`k${i}`, i);
    appendContribution(phone.doc, contributionFields({ text: 'kept' }));
    // Synced means committed: nothing was compacted yet (long debounce), everything is in the log.
    await Promise.all([settled(editor), settled(phone)]);
    expect(await first.stop('SIGKILL')).toBe('SIGKILL');

    const second = await start();
    const late = open(second, keys.room, 'view', keys.view);
    const facilitator = open(second, contributionsOf(keys.room), 'edit', keys.edit);
    await Promise.all([settled(late), settled(facilitator)]);
    expect(late.doc.getMap('m').size).toBe(20);
    await waitFor(() => itemsOf(facilitator.doc).length === 1, 'the contribution');
    expect(itemsOf(facilitator.doc)[0].text).toBe('kept');
  });
});
