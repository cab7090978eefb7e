import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { randomToken } from './keys';
import { connect } from './provider';

/** A 127.0.0.1 port nobody listens on: one the system gave out and that was closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('connect', () => {
  it('reports a server nobody answers at as unreachable after a few refused attempts', async () => {
    const port = await closedPort();
    const doc = new Y.Doc();
    const statuses: string[] = [];
    let unreachable = 0;
    let refused: string | null = null;
    const connection = connect(
      doc,
      {
        journeyId: 'j1',
        server: `ws://127.0.0.1:${port}`,
        room: randomToken(16),
        capability: 'edit',
        keys: { edit: randomToken(32) },
      },
      null,
      {
        status: (status) => statuses.push(status),
        refused: (reason) => (refused = reason),
        scope: () => {},
        peers: () => {},
        unreachable: () => unreachable++,
      },
    );
    try {
      await expect.poll(() => unreachable, { timeout: 15_000 }).toBe(1);
      expect(refused).toBeNull();
      expect(statuses).not.toContain('synced');
    } finally {
      connection.destroy();
      doc.destroy();
    }
  }, 20_000);
});
