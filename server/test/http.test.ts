import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, manage, newRoomKeys, randomId, sha256 } from './clients.ts';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess, tempDir, writeAppFixture } from './serverProcess.ts';

/** A GET with the path exactly as given. */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP: the app, /health and the room API on the sync port', () => {
  const data = tempDir('http');
  const app = tempDir('app');
  let server: ServerProcess;
  const get = (path: string, init?: RequestInit) => fetch(`${server.httpUrl}${path}`, init);

  beforeAll(async () => {
    writeAppFixture(join(app.path, 'dist'));
    writeFileSync(join(app.path, 'secret.txt'), 'outside the app');
    server = await startServerProcess({ dataDir: data.path, appDir: join(app.path, 'dist') });
  });

  afterAll(async () => {
    await server.stop();
    data.remove();
    app.remove();
  });

  it('answers /health', async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the built app with the right MIME types and caching', async () => {
    const cases: Array<[string, string, string]> = [
      ['/', 'text/html; charset=utf-8', 'no-cache'],
      ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
      ['/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['/assets/index-abc123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
      ['/workbox-1a2b3c.js', 'text/javascript; charset=utf-8', 'no-cache'],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
      ['/favicon.svg', 'image/svg+xml', 'no-cache'],
      ['/icon-192.png', 'image/png', 'no-cache'],
    ];
    for (const [path, type, cache] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('cache-control'), path).toBe(cache);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('answers client routes with index.html, and missing files with 404', async () => {
    for (const path of ['/journey/abc', '/trash', '/journey/abc/present?x=1']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('<title>Recorrido</title>');
    }
    expect((await get('/assets/missing-123.js')).status).toBe(404);
    expect((await get('/.env')).status).toBe(404);
    // Raw requests, so no URL parser tidies the path before the server sees it.
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%5c..%5csecret.txt']) {
      const { status, body } = await rawGet(server.port, path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('outside the app');
    }
    expect((await get('/%E0%A4%A')).status).toBe(200); // undecodable: treated as a client route
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });

  it('creates a room once, and says so again for the same request', async () => {
    const keys = newRoomKeys();
    const created = await createRoom(server.httpUrl, keys);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ room: keys.room, capabilities: ['edit', 'view', 'contribute'] });
    expect((await createRoom(server.httpUrl, keys)).status).toBe(200);
    const other = await createRoom(server.httpUrl, { ...newRoomKeys(), room: keys.room });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ error: 'room-exists' });
  });

  it('refuses malformed room requests with a code and a message', async () => {
    const keys = newRoomKeys();
    const valid = {
      room: keys.room,
      manageKeyHash: sha256(keys.manage),
      keyHashes: { edit: sha256(keys.edit), view: sha256(keys.view) },
    };
    const post = (body: unknown, type = 'application/json') =>
      fetch(`${server.httpUrl}/api/rooms`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const bad: unknown[] = [
      {},
      { ...valid, room: 'short' },
      { ...valid, manageKeyHash: keys.manage },
      { ...valid, keyHashes: { edit: sha256(keys.edit) } },
      { ...valid, keyHashes: { ...valid.keyHashes, admin: sha256(randomId(32)) } },
      { ...valid, keyHashes: { edit: sha256(keys.edit), view: sha256(keys.edit) } },
      { ...valid, manageKeyHash: sha256(keys.edit) },
      '{not json',
      [],
    ];
    for (const body of bad) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toEqual({ error: 'bad-request', message: expect.any(String) });
    }
    expect((await post(valid, 'text/plain')).status).toBe(415);
    expect((await post({ ...valid, padding: 'p'.repeat(20_000) })).status).toBe(413);
    expect((await get('/api/rooms')).status).toBe(405);
    expect((await get('/api/nothing')).status).toBe(404);
    expect((await manage(server.httpUrl, 'DELETE', '/api/rooms/not-a-room', keys.manage)).status).toBe(404);
    expect((await manage(server.httpUrl, 'POST', `/api/rooms/${randomId(16)}/rotate`, keys.manage, {})).status).toBe(
      404,
    );
  });

  it('answers CORS preflights, so an app served elsewhere can share through this server', async () => {
    const response = await get('/api/rooms', {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
