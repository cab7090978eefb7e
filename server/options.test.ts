import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseOptions } from './options.ts';

describe('command line', () => {
  it('needs a port and a data directory, and listens on 127.0.0.1 by default', () => {
    const options = parseOptions(['--port', '8080', '--data', 'rooms'], '/srv');
    expect(options).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      store: { kind: 'sqlite', dataDir: '/srv/rooms' },
      appDir: '/srv/dist',
    });
    expect(options.redisUrl).toBeUndefined();
    expect(options.maxMessageBytes).toBe(DEFAULTS.maxDocumentBytes + 64 * 1024);
    expect(() => parseOptions(['--data', 'x'])).toThrow('--port is required');
    expect(() => parseOptions(['--port', '1'])).toThrow('--data (SQLite) or --postgres is required');
  });

  it('refuses values that are not what they say', () => {
    expect(() => parseOptions(['--port', '70000', '--data', 'x'])).toThrow('--port');
    expect(() => parseOptions(['--port', '-1', '--data', 'x'])).toThrow();
    expect(() => parseOptions(['--port', '1', '--data', 'x', '--max-document-bytes', '1e6'])).toThrow();
    expect(() => parseOptions(['--port', '1', '--data', 'x', '--verbose'])).toThrow();
  });

  it('takes the host and the limits', () => {
    const options = parseOptions(
      ['--port', '0', '--data', 'd', '--host', '0.0.0.0', '--max-document-bytes', '2048', '--store-debounce-ms', '0'],
      '/srv',
    );
    expect(options).toMatchObject({ host: '0.0.0.0', maxDocumentBytes: 2048, maxMessageBytes: 2048 + 65536 });
    expect(options.storeDebounceMs).toBe(0);
  });

  it('takes PostgreSQL instead of SQLite, and Redis only with PostgreSQL', () => {
    const url = 'postgres://recorrido@127.0.0.1:5432/recorrido';
    const options = parseOptions(['--port', '0', '--postgres', url, '--redis', 'redis://127.0.0.1:6379']);
    expect(options.store).toEqual({ kind: 'postgres', url });
    expect(options.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(() => parseOptions(['--port', '0', '--data', 'd', '--postgres', url])).toThrow('exclude');
    expect(() => parseOptions(['--port', '0', '--data', 'd', '--redis', 'redis://127.0.0.1:6379'])).toThrow(
      '--redis needs --postgres',
    );
    expect(() => parseOptions(['--port', '0', '--postgres', 'mysql://x'])).toThrow('postgres://');
    expect(() => parseOptions(['--port', '0', '--postgres', url, '--redis', 'http://x'])).toThrow('redis://');
  });

  it('takes the participant limits', () => {
    const defaults = parseOptions(['--port', '0', '--data', 'd']);
    expect(defaults.participants).toEqual({ contributions: 20, messages: 100, windowMs: 10_000, maxRefusals: 10 });
    expect(defaults.maxNoteChars).toBe(1000);
    const options = parseOptions(
      ['--port', '0', '--data', 'd', '--contribution-rate', '5', '--participant-messages', '30'].concat([
        '--max-refusals',
        '0',
        '--max-note-chars',
        '280',
      ]),
    );
    expect(options.participants).toMatchObject({ contributions: 5, messages: 30, maxRefusals: 0 });
    expect(options.maxNoteChars).toBe(280);
    expect(() => parseOptions(['--port', '0', '--data', 'd', '--contribution-rate', '0'])).toThrow();
  });
});
