import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from './serverProcess.ts';
import { startServerProcess, tempDir } from './serverProcess.ts';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire: still compressed, whatever Content-Encoding says. */
  body: Buffer;
}

/** A request with exactly these headers (fetch would add its own Accept-Encoding and decompress). */
function raw(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Text the size of a real bundle, repetitive enough to compress the way minified code does. */
function bundleText(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `export function step${i}(a,b){return a+b*${i}}\n`).join('');
}

describe('static files: compressed for clients that accept it', () => {
  const data = tempDir('static-data');
  const app = tempDir('static-app');
  const dist = join(app.path, 'dist');
  const files: Record<string, Buffer> = {
    'index.html': Buffer.from(`<!doctype html><title>Recorrido</title>${'<p>paragraph</p>'.repeat(200)}`),
    'participate.html': Buffer.from(`<!doctype html><title>Participate</title>${'<p>step</p>'.repeat(200)}`),
    'assets/participate-abc123.js': Buffer.from(bundleText(2000)),
    'assets/index-abc123.css': Buffer.from('.a{margin:0;padding:0}\n'.repeat(300)),
    'manifest.webmanifest': Buffer.from(
      JSON.stringify({ name: 'Recorrido', icons: Array(40).fill({ src: '/i.png' }) }),
    ),
    'tiny.js': Buffer.from('console.log(1);'),
    // Already compressed formats: compressing them again costs CPU and gains nothing.
    'icon-512.png': Buffer.concat([Buffer.from('\x89PNG'), Buffer.alloc(8000, 0x41)]),
    'assets/font-abc123.woff2': Buffer.alloc(8000, 0x42),
    'random.bin': randomBytes(4000),
  };
  let server: ServerProcess;
  const get = (path: string, headers?: Record<string, string>) => raw(server.port, path, headers);

  beforeAll(async () => {
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dist, name, '..'), { recursive: true });
      writeFileSync(join(dist, name), bytes);
    }
    server = await startServerProcess({ dataDir: data.path, appDir: dist });
  });

  afterAll(async () => {
    await server.stop();
    data.remove();
    app.remove();
  });

  it('sends gzip to a client that accepts only gzip, and the body inflates to the file', async () => {
    for (const path of ['/assets/participate-abc123.js', '/participate.html', '/assets/index-abc123.css']) {
      const file = files[path.slice(1)];
      const response = await get(path, { 'Accept-Encoding': 'gzip, deflate' });
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers.vary, path).toBe('Accept-Encoding');
      expect(Number(response.headers['content-length']), path).toBe(response.body.length);
      expect(response.body.length, path).toBeLessThan(file.length / 3);
      expect(gunzipSync(response.body).equals(file), path).toBe(true);
    }
    // The page itself, through a client route (index.html), too.
    const route = await get('/journey/abc', { 'Accept-Encoding': 'gzip' });
    expect(route.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(route.body).equals(files['index.html'])).toBe(true);
  });

  it('prefers brotli when the client accepts br, and the body decompresses to the file', async () => {
    const file = files['assets/participate-abc123.js'];
    const response = await get('/assets/participate-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(brotliDecompressSync(response.body).equals(file)).toBe(true);
    const gzip = await get('/assets/participate-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(response.body.length).toBeLessThanOrEqual(gzip.body.length);
    // q-values: refused or less wanted encodings are not chosen.
    const noBr = await get('/assets/participate-abc123.js', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(noBr.headers['content-encoding']).toBe('gzip');
    const gzipFirst = await get('/assets/participate-abc123.js', { 'Accept-Encoding': 'br;q=0.5, gzip;q=1' });
    expect(gzipFirst.headers['content-encoding']).toBe('gzip');
    const any = await get('/assets/participate-abc123.js', { 'Accept-Encoding': '*' });
    expect(any.headers['content-encoding']).toBe('br');
  });

  it('sends the file as it is without Accept-Encoding, or when the client refuses every encoding', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'gzip;q=0, br;q=0' },
    ];
    for (const headers of cases) {
      const response = await get('/assets/participate-abc123.js', headers);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(Number(response.headers['content-length'])).toBe(files['assets/participate-abc123.js'].length);
      expect(response.body.equals(files['assets/participate-abc123.js'])).toBe(true);
    }
  });

  it('never compresses images, fonts or unknown types, nor files too small to gain from it', async () => {
    for (const path of ['/icon-512.png', '/assets/font-abc123.woff2', '/random.bin', '/tiny.js']) {
      const response = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBeUndefined();
      expect(response.body.equals(files[path.slice(1)]), path).toBe(true);
      expect(Number(response.headers['content-length']), path).toBe(files[path.slice(1)].length);
    }
    expect((await get('/icon-512.png', { 'Accept-Encoding': 'gzip' })).headers.vary).toBeUndefined();
  });

  it('keeps the caching headers, with an ETag of its own for each encoding', async () => {
    const path = '/assets/participate-abc123.js';
    const identity = await get(path);
    const gzip = await get(path, { 'Accept-Encoding': 'gzip' });
    const br = await get(path, { 'Accept-Encoding': 'br' });
    for (const response of [identity, gzip, br]) {
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['last-modified']).toBe(identity.headers['last-modified']);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.headers.etag).toMatch(/^"[^"]+"$/);
    }
    const tags = [identity, gzip, br].map((response) => response.headers.etag);
    expect(new Set(tags).size).toBe(3);
    expect(gzip.headers.etag).toBe(identity.headers.etag!.replace(/"$/, '-gz"'));
    expect(br.headers.etag).toBe(identity.headers.etag!.replace(/"$/, '-br"'));
    // The same request twice gets the same tag (nothing random in it).
    expect((await get(path, { 'Accept-Encoding': 'gzip' })).headers.etag).toBe(gzip.headers.etag);
  });

  it('answers If-None-Match with 304 for the tag of the encoding it would send, and only that one', async () => {
    const path = '/participate.html';
    const gzip = await get(path, { 'Accept-Encoding': 'gzip' });
    const gzipTag = gzip.headers.etag!;
    const notModified = await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': gzipTag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(gzipTag);
    expect(notModified.headers.vary).toBe('Accept-Encoding');
    expect(notModified.headers['cache-control']).toBe('no-cache');
    expect(notModified.headers['content-encoding']).toBeUndefined();
    // A proxy may have weakened the tag; a list of tags; any tag.
    for (const ifNoneMatch of [`W/${gzipTag}`, `"other", ${gzipTag}`, '*']) {
      expect((await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': ifNoneMatch })).status).toBe(304);
    }
    // The gzip copy's tag does not stand for what an identity or brotli client would get.
    const identity = await get(path, { 'If-None-Match': gzipTag });
    expect(identity.status).toBe(200);
    expect(identity.body.equals(files['participate.html'])).toBe(true);
    const br = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': gzipTag });
    expect(br.status).toBe(200);
    expect(brotliDecompressSync(br.body).equals(files['participate.html'])).toBe(true);
    expect((await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! })).status).toBe(304);
    expect((await get(path, { 'If-None-Match': identity.headers.etag! })).status).toBe(304);
  });

  it('answers HEAD with the headers a GET gets, the compressed length included, and no body', async () => {
    const path = '/assets/index-abc123.css';
    const got = await get(path, { 'Accept-Encoding': 'gzip' });
    const head = await raw(server.port, path, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-encoding', 'content-length', 'etag', 'vary', 'cache-control', 'content-type']) {
      expect(head.headers[name], name).toBe(got.headers[name]);
    }
    const headIdentity = await raw(server.port, path, {}, 'HEAD');
    expect(Number(headIdentity.headers['content-length'])).toBe(files['assets/index-abc123.css'].length);
  });

  it('answers a Range request with the whole file as it is (no ranges are served)', async () => {
    const path = '/assets/participate-abc123.js';
    const response = await get(path, { 'Accept-Encoding': 'gzip, br', Range: 'bytes=0-99' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['accept-ranges']).toBeUndefined();
    expect(response.body.equals(files['assets/participate-abc123.js'])).toBe(true);
  });

  it('compresses a file again once it changes, never sending the old copy', async () => {
    const name = 'assets/changing.js';
    const first = Buffer.from(bundleText(500));
    writeFileSync(join(dist, name), first);
    const before = await get(`/${name}`, { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(before.body).equals(first)).toBe(true);
    // Same size, later mtime: only the mtime tells the two apart.
    const second = Buffer.from(first.toString().replace('step0(', 'stepA('));
    writeFileSync(join(dist, name), second);
    const { mtime } = statSync(join(dist, name));
    utimesSync(join(dist, name), mtime, new Date(mtime.getTime() + 5000));
    const after = await get(`/${name}`, { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(after.body).equals(second)).toBe(true);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('sends a link whose # a mail client encoded to the same link with its fragment', async () => {
    const key = 'k'.repeat(43);
    const join = await get(`/join%23room%3Dabcdefghijklmnop%26cap%3Dedit%26key%3D${key}`);
    expect(join.status).toBe(302);
    expect(join.headers.location).toBe(`/join#room=abcdefghijklmnop&cap=edit&key=${key}`);
    const phone = await get(`/participate.html%23room=abcdefghijklmnop&cap=contribute&key=${key}`);
    expect(phone.headers.location).toBe(`/participate.html#room=abcdefghijklmnop&cap=contribute&key=${key}`);
    // Any other path with an encoded '#' is served as before.
    expect((await get('/assets/x%23y.js')).status).toBe(404);
  });
});
