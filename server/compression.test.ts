import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseEncoding, compressible, CompressedFiles, MAX_COMPRESS_BYTES } from './compression.ts';

describe('chooseEncoding', () => {
  it('takes brotli over gzip unless the client weighs gzip higher, and nothing it refuses', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('deflate')).toBeNull();
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('GZIP;Q=0.8, BR;q=0.9')).toBe('br');
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.1')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(chooseEncoding('gzip;q=nonsense')).toBe('gzip');
  });
});

describe('compressible', () => {
  it('is text of a size worth compressing, never images or fonts', () => {
    expect(compressible('/dist/assets/a.js', 10_000)).toBe(true);
    expect(compressible('/dist/index.HTML', 10_000)).toBe(true);
    expect(compressible('/dist/manifest.webmanifest', 10_000)).toBe(true);
    expect(compressible('/dist/assets/NotoSans-Regular-abc.ttf', 260_000)).toBe(true);
    expect(compressible('/dist/a.js', 100)).toBe(false);
    expect(compressible('/dist/a.js', MAX_COMPRESS_BYTES + 1)).toBe(false);
    for (const name of ['a.png', 'a.woff2', 'a.jpg', 'a.wasm', 'a'])
      expect(compressible(name, 10_000), name).toBe(false);
  });
});

describe('CompressedFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'recorrido-compression-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const { size, mtimeMs } = statSync(path);
    return { path, file: { size, mtimeMs } };
  };

  it('compresses a file once while its size and mtime stay, and again when either changes', async () => {
    const files = new CompressedFiles();
    const { path, file } = write('a.js', 'a'.repeat(1000));
    const first = await files.get(path, file, 'gzip');
    expect(gunzipSync(first!).toString()).toBe('a'.repeat(1000));
    expect(await files.get(path, file, 'gzip')).toBe(first);
    writeFileSync(path, 'b'.repeat(1000));
    const changed = await files.get(path, { ...file, mtimeMs: file.mtimeMs + 1 }, 'gzip');
    expect(gunzipSync(changed!).toString()).toBe('b'.repeat(1000));
  });

  it('gives null for a file that is not what its stat said, or is gone, and tries it again next time', async () => {
    const files = new CompressedFiles();
    const { path, file } = write('b.js', 'a'.repeat(1000));
    expect(await files.get(path, { ...file, size: 999 }, 'br')).toBeNull();
    expect(await files.get(join(dir, 'missing.js'), file, 'br')).toBeNull();
    expect(await files.get(path, file, 'br')).not.toBeNull();
  });

  it('keeps the files it holds under its bound, dropping the oldest', async () => {
    const files = new CompressedFiles(2500);
    const a = write('c.js', 'a'.repeat(1000));
    const b = write('d.js', 'b'.repeat(1000));
    const c = write('e.js', 'c'.repeat(1000));
    const first = await files.get(a.path, a.file, 'gzip');
    await files.get(b.path, b.file, 'gzip');
    expect(await files.get(a.path, a.file, 'gzip')).toBe(first);
    await files.get(c.path, c.file, 'gzip'); // 3,000 bytes: the first one leaves
    const again = await files.get(a.path, a.file, 'gzip');
    expect(again).not.toBe(first);
    expect(again!.equals(first!)).toBe(true);
  });
});
