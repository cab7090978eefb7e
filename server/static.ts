import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type served for a file name. */
export function mimeType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Hashed build output never changes under its name; everything else is revalidated on each load. */
function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The file under `root` a URL path names, or null for paths that try to leave it, name hidden files or
 * cannot be decoded.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = normalize(decoded).replace(/^[/]+/, '');
  if (relative.split('/').some((segment) => segment.startsWith('.'))) return null;
  const file = join(root, relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Whether a path is a client route of the single-page app (no file extension in its last segment). */
function isAppRoute(urlPath: string): boolean {
  return !(urlPath.split('/').pop() ?? '').includes('.');
}

async function fileAt(path: string | null): Promise<{ path: string; size: number; mtime: Date } | null> {
  if (!path) return null;
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtime: info.mtime } : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built app from `root`: its files with their MIME types, and index.html for any client
 * route (`/journey/<id>` and the like), so a share link opens on a fresh browser.
 */
export async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response
      .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Method not allowed\n');
    return;
  }
  const requested = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  let file = await fileAt(resolveInside(root, requested));
  let servedPath = requested;
  if (!file && isAppRoute(urlPath)) {
    file = await fileAt(join(root, 'index.html'));
    servedPath = '/index.html';
  }
  if (!file) {
    const message = (await fileAt(join(root, 'index.html')))
      ? 'Not found\n'
      : 'The app is not built: run npm run build\n';
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
    return;
  }
  response.writeHead(200, {
    'Content-Type': mimeType(file.path),
    'Content-Length': file.size,
    'Last-Modified': file.mtime.toUTCString(),
    'Cache-Control': cacheControl(servedPath),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
