import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Encoding } from './compression.ts';
import { chooseEncoding, CompressedFiles, compressible, compressibleType } from './compression.ts';

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

interface FileInfo {
  path: string;
  size: number;
  mtime: Date;
  mtimeMs: number;
}

async function fileAt(path: string | null): Promise<FileInfo | null> {
  if (!path) return null;
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtime: info.mtime, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * The file's entity tag: its size and mtime (a build rewrites every file it changes), and the encoding, so
 * a cache never takes a compressed copy for the identity one or the other way round.
 */
function entityTag(file: FileInfo, encoding: Encoding | null): string {
  const suffix = encoding === 'gzip' ? '-gz' : encoding === 'br' ? '-br' : '';
  return `"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}${suffix}"`;
}

/** Whether If-None-Match names `tag` (weak comparison, as RFC 9110 asks for If-None-Match) or is `*`. */
function noneMatchHits(ifNoneMatch: string, tag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}

/** Whether the client's copy is still current: If-None-Match when sent, else If-Modified-Since. */
function notModified(request: IncomingMessage, file: FileInfo, tag: string): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return noneMatchHits(ifNoneMatch, tag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  // Last-Modified has whole seconds only.
  return Number.isFinite(since) && Math.floor(file.mtimeMs / 1000) * 1000 <= since;
}

const compressedFiles = new CompressedFiles();

/**
 * A share or participant link whose '#' a mail client or chat app encoded (`/join%23room=...`, the rest
 * often encoded too): the same link with its fragment back (`/join#room=...`), for a redirect, which keeps
 * the key out of the server's logs from then on; null for any other path. Only the link pages' paths.
 */
export function fragmentRestored(urlPath: string): string | null {
  const encoded = /^\/(join|participate\.html)%23(.*)$/i.exec(urlPath);
  if (!encoded) return null;
  try {
    return `/${encoded[1].toLowerCase()}#${decodeURIComponent(encoded[2])}`;
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
  const restored = fragmentRestored(urlPath);
  if (restored) {
    response.writeHead(302, { Location: restored, 'Cache-Control': 'no-store' }).end();
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
  // Text is sent gzip or brotli to a client that accepts it (a phone on a workshop's Wi-Fi loads a third of
  // the bytes). No ranges are served, and a Range request gets the file as it is, the bytes it counts in.
  const encoding =
    compressible(file.path, file.size) && request.headers.range === undefined
      ? chooseEncoding(request.headers['accept-encoding'])
      : null;
  const tag = entityTag(file, encoding);
  const headers: Record<string, string | number> = {
    ETag: tag,
    'Last-Modified': file.mtime.toUTCString(),
    'Cache-Control': cacheControl(servedPath),
    ...(compressibleType(file.path) ? { Vary: 'Accept-Encoding' } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (notModified(request, file, tag)) {
    response.writeHead(304, headers).end();
    return;
  }
  const compressed = encoding ? await compressedFiles.get(file.path, file, encoding) : null;
  if (encoding && compressed) {
    response.writeHead(200, {
      ...headers,
      'Content-Type': mimeType(file.path),
      'Content-Encoding': encoding,
      'Content-Length': compressed.length,
    });
    response.end(request.method === 'HEAD' ? undefined : compressed);
    return;
  }
  // Not compressed after all (the file changed while it was read): the identity copy, with its own tag.
  response.writeHead(200, {
    ...headers,
    ETag: entityTag(file, null),
    'Content-Type': mimeType(file.path),
    'Content-Length': file.size,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
