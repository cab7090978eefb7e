import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../sqliteStore.ts';
import { mapUpdate, rawAuthenticated, secretsOf, settled, token, updateMessage, roomsAndClients } from './clients.ts';
import type { ServerProcess } from './serverProcess.ts';
import { REPO, startServerProcess, tempDir } from './serverProcess.ts';
import { storedDocument } from './stored.ts';
import { waitFor } from './waitFor.ts';

const run = (file: string, args: string[]) => promisify(execFile)(file, args, { cwd: REPO });

describe('sync between clients', () => {
  const data = tempDir('sync');
  let server: ServerProcess;
  const { open, room, rooms, destroyClients } = roomsAndClients(() => server);

  beforeAll(async () => {
    server = await startServerProcess({ dataDir: data.path });
  });

  afterAll(async () => {
    destroyClients();
    await server.stop();
    data.remove();
    for (const secret of secretsOf(...rooms)) expect(server.output()).not.toContain(secret);
  });

  it('makes two editors of one room converge', async () => {
    const keys = await room();
    const a = open(keys);
    const b = open(keys);
    await Promise.all([settled(a), settled(b)]);
    a.doc.getMap('m').set('from-a', 1);
    b.doc.getMap('m').set('from-b', 2);
    b.doc.getArray('list').push(['x', 'y']);
    await waitFor(() => a.doc.getMap('m').size === 2 && b.doc.getMap('m').size === 2, 'both edits on both sides');
    await waitFor(() => a.doc.getArray('list').length === 2, 'the list on A');
    expect(a.doc.getMap('m').toJSON()).toEqual(b.doc.getMap('m').toJSON());
    expect(a.doc.getMap('m').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 });
    await Promise.all([settled(a), settled(b)]);
    expect(storedDocument(data.path, keys.room)?.getMap('m').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 });
  });

  it('keeps two rooms apart, even against a client naming the other room', async () => {
    const first = await room();
    const second = await room();
    const a = open(first);
    const b = open(second);
    await Promise.all([settled(a), settled(b)]);
    a.doc.getMap('m').set('only-first', true);
    b.doc.getMap('m').set('only-second', true);
    await Promise.all([settled(a), settled(b)]);

    // A socket authenticated for the first room sends an update addressed to the second.
    const { raw, reply } = await rawAuthenticated(server.wsUrl, first.room, token('edit', first.edit));
    expect(reply.auth).toEqual({ ok: true, text: 'read-write' });
    raw.send(updateMessage(second.room, mapUpdate('smuggled', true)));
    // And the first room's editor's update, after it, still goes through: the socket was fine.
    raw.send(updateMessage(first.room, mapUpdate('raw-first', true)));
    await waitFor(() => a.doc.getMap('m').get('raw-first'), 'the first room update');
    raw.close();

    const late = open(second);
    await settled(late);
    expect(late.doc.getMap('m').toJSON()).toEqual({ 'only-second': true });
    expect(b.doc.getMap('m').toJSON()).toEqual({ 'only-second': true });
    expect(a.doc.getMap('m').has('only-second')).toBe(false);
    expect(storedDocument(data.path, second.room)?.getMap('m').toJSON()).toEqual({ 'only-second': true });
  });

  it('gives a late client everything the room has', async () => {
    const keys = await room();
    const a = open(keys);
    await settled(a);
    for (let i = 0; i < 50; i++) a.doc.getMap('m').set(`k${i}`, i);
    await settled(a);
    const late = open(keys, 'view');
    await settled(late);
    expect(late.doc.getMap('m').size).toBe(50);
    expect(late.scope).toBe('readonly');
  });

  it('backs the database up while the server runs', async () => {
    const keys = await room();
    const a = open(keys);
    await settled(a);
    a.doc.getMap('m').set('backed-up', true);
    await settled(a);
    const backup = tempDir('backup');
    try {
      const out = join(backup.path, DATABASE_FILE);
      const { stdout } = await run(process.execPath, [
        '--import',
        'tsx',
        'server/backup.ts',
        '--data',
        data.path,
        '--out',
        out,
      ]);
      expect(stdout).toMatch(/Backed up \d+ rooms/);
      expect(storedDocument(backup.path, keys.room)?.getMap('m').get('backed-up')).toBe(true);
      await expect(
        run(process.execPath, ['--import', 'tsx', 'server/backup.ts', '--data', data.path, '--out', out]),
      ).rejects.toThrow('exists');
    } finally {
      backup.remove();
    }
  });
});
