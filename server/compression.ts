import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The encodings the static files are sent in besides identity, best first. */
export type Encoding = 'br' | 'gzip';

/**
 * Formats worth compressing: text, and TrueType (the PDF's fonts, which the app's service worker fetches:
 * they shrink by half). PNG, JPEG, WebP and WOFF are compressed already and are sent as they are.
 */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.svg', '.txt', '.ttf']);

/** Below this size compression gains a few bytes at best (gzip adds ~20 of its own). */
export const MIN_COMPRESS_BYTES = 256;
/** Larger files are sent as they are: the build's largest file is well under this. */
export const MAX_COMPRESS_BYTES = 2 * 1024 * 1024;
/** What the cache may hold in all, counted in the files' own sizes (the compressed copies are smaller). */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

/** Whether a file's type is one sent compressed when the client accepts it (whatever its size). */
export function compressibleType(file: string): boolean {
  return COMPRESSIBLE.has(extname(file).toLowerCase());
}

/** Whether a file of this type and size is sent compressed when the client accepts it. */
export function compressible(file: string, size: number): boolean {
  return compressibleType(file) && size >= MIN_COMPRESS_BYTES && size <= MAX_COMPRESS_BYTES;
}

/**
 * The encoding to send for an Accept-Encoding header: brotli when accepted at least as much as gzip, else
 * gzip, else none (identity). `q=0` refuses an encoding; `*` stands for any not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    let weight = 1;
    for (const parameter of parameters) {
      const q = /^q\s*=\s*([0-9.]+)$/.exec(parameter);
      if (q) weight = Number(q[1]);
    }
    if (Number.isFinite(weight)) weights.set(name, weight);
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

const compressors: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  // zlib's thread pool does the work: the event loop (and every WebSocket on it) is not held up.
  gzip: (bytes) => promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION }),
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        // 6: ~8% smaller than gzip -9 for a few times its CPU. 9 saves 1% more for 15 times the CPU, 11 7% more
        // for 40 times (seconds per large chunk), and a first visit's service worker asks for 3 MB at once.
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
};

interface Entry {
  mtimeMs: number;
  size: number;
  body: Promise<Buffer | null>;
}

/**
 * Each file compressed once per encoding, kept in memory while its mtime and size stay the same (a new build
 * replaces the files, and so the copies). Bounded: only files up to MAX_COMPRESS_BYTES, and the oldest copies
 * leave once the files' sizes add up to more than MAX_CACHE_BYTES.
 */
export class CompressedFiles {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = MAX_CACHE_BYTES) {}

  /**
   * The file's bytes in `encoding`, or null if it could not be read as the size and mtime given (it changed
   * or went away meanwhile: the caller sends it as it is).
   */
  async get(path: string, file: { size: number; mtimeMs: number }, encoding: Encoding): Promise<Buffer | null> {
    const key = `${encoding}:${path}`;
    const cached = this.entries.get(key);
    if (cached && cached.mtimeMs === file.mtimeMs && cached.size === file.size) return cached.body;
    if (cached) this.forget(key, cached);
    const entry: Entry = { mtimeMs: file.mtimeMs, size: file.size, body: compress(path, file.size, encoding) };
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes || old === entry) break;
      this.forget(oldKey, old);
    }
    const body = await entry.body;
    // A file that changed while it was read is read again next time.
    if (!body && this.entries.get(key) === entry) this.forget(key, entry);
    return body;
  }

  private forget(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

async function compress(path: string, size: number, encoding: Encoding): Promise<Buffer | null> {
  try {
    const bytes = await readFile(path);
    return bytes.length === size ? await compressors[encoding](bytes) : null;
  } catch {
    return null;
  }
}
