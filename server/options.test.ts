import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseOptions } from './options.ts';

describe('command line', () => {
  it('needs a port and a data directory, and listens on 127.0.0.1 by default', () => {
    const options = parseOptions(['--port', '8080', '--data', 'rooms'], '/srv');
    expect(options).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/srv/rooms', appDir: '/srv/dist' });
    expect(options.maxMessageBytes).toBe(DEFAULTS.maxDocumentBytes + 64 * 1024);
    expect(() => parseOptions(['--data', 'x'])).toThrow('--port is required');
    expect(() => parseOptions(['--port', '1'])).toThrow('--data is required');
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
});
