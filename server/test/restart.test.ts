import { afterAll, describe, expect, it } from 'vitest';
import type { Client, RoomKeys } from './clients.ts';
import { connect, secretsOf, settled, sharedRoom, token } from './clients.ts';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess, tempDir } from './serverProcess.ts';
import { waitFor } from './waitFor.ts';

describe('a restart loses nothing a client saw as synced', () => {
  const dirs: Array<{ remove: () => void }> = [];
  const clients: Client[] = [];
  const outputs: string[] = [];
  const rooms: RoomKeys[] = [];
  const open = (server: ServerProcess, keys: RoomKeys) => {
    const client = connect(server.wsUrl, keys.room, token('edit', keys.edit));
    clients.push(client);
    return client;
  };

  afterAll(() => {
    for (const client of clients) client.destroy();
    for (const dir of dirs) dir.remove();
    for (const secret of secretsOf(...rooms)) for (const output of outputs) expect(output).not.toContain(secret);
  });

  async function editThenRestart(signal: NodeJS.Signals, args: string[]) {
    const data = tempDir(`restart-${signal}`);
    dirs.push(data);
    const first = await startServerProcess({ dataDir: data.path, args });
    const keys = await sharedRoom(first.httpUrl);
    rooms.push(keys);
    const writer = open(first, keys);
    const offline = open(first, keys);
    await Promise.all([settled(writer), settled(offline)]);
    for (let i = 0; i < 100; i++) writer.doc.getMap('cards').set(`card-${i}`, { title: `Card ${i}`, stage: i % 5 });
    writer.doc.getText('notes').insert(0, 'Written before the restart.');
    await settled(writer);
    await waitFor(() => offline.doc.getMap('cards').size === 100, 'the second client to have everything');
    offline.provider.configuration.websocketProvider.disconnect();

    const exit = await first.stop(signal);
    outputs.push(first.output());
    // Neither client may help the new server: what it has after the restart, it had on disk.
    writer.destroy();
    offline.doc.getMap('cards').set('offline', { title: 'Made offline', stage: 0 });

    const second = await startServerProcess({ dataDir: data.path, port: first.port, args });
    const reader = open(second, keys);
    await settled(reader);
    expect(reader.doc.getMap('cards').size).toBe(100);
    expect(reader.doc.getMap('cards').get('card-42')).toEqual({ title: 'Card 42', stage: 2 });
    expect(reader.doc.getText('notes').toString()).toBe('Written before the restart.');

    // A client that edited while the server was away merges its edit on reconnect.
    void offline.provider.configuration.websocketProvider.connect();
    await waitFor(() => reader.doc.getMap('cards').has('offline'), 'the offline edit to arrive');
    expect(reader.doc.getMap('cards').size).toBe(101);
    await second.stop();
    outputs.push(second.output());
    return { exit, output: first.output() };
  }

  it('refuses to run two servers on one data directory, and takes over after a killed one', async () => {
    const data = tempDir('lock');
    dirs.push(data);
    const first = await startServerProcess({ dataDir: data.path });
    await expect(startServerProcess({ dataDir: data.path })).rejects.toThrow(/Another server \(pid \d+\) is using/);
    expect(first.alive()).toBe(true);
    await first.stop('SIGKILL');
    const second = await startServerProcess({ dataDir: data.path });
    await second.stop();
  });

  it('on SIGTERM: the server stores every document, then exits cleanly', async () => {
    const { exit, output } = await editThenRestart('SIGTERM', []);
    expect(exit).toBe(0);
    expect(output).toMatch(/info stopped/);
  });

  it('on SIGKILL: every acknowledged update was already on disk', async () => {
    // No compaction during the test: what survives is the per-update log alone.
    const { exit } = await editThenRestart('SIGKILL', ['--store-debounce-ms', '600000']);
    expect(exit).toBe('SIGKILL');
  });
});
