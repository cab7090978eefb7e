import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Everything the server can be told on its command line. */
export interface ServerOptions {
  port: number;
  host: string;
  /** Directory holding the SQLite database. */
  dataDir: string;
  /** Directory of the built app served over HTTP. */
  appDir: string;
  /** Largest Yjs state a document may grow to. */
  maxDocumentBytes: number;
  /** Largest WebSocket message accepted; bigger ones close the socket (1009). */
  maxMessageBytes: number;
  /** Quiet time before an edited document is compacted into one stored state. */
  storeDebounceMs: number;
  /** Longest a busy document waits for that. */
  storeMaxDebounceMs: number;
  /** How long a rotated-out connection has to present a new key before it is closed. */
  rotationGraceMs: number;
}

const MIB = 1024 * 1024;

export const DEFAULTS = {
  host: '127.0.0.1',
  appDir: 'dist',
  maxDocumentBytes: 5 * MIB,
  storeDebounceMs: 2000,
  storeMaxDebounceMs: 10_000,
  rotationGraceMs: 5000,
} as const;

export const USAGE = `Usage: npm run server -- --port P --data DIR [options]

  --port P                  port for the app and the sync endpoint (0 picks a free one)
  --data DIR                directory of the SQLite database (created if missing)
  --host H                  address to listen on (default ${DEFAULTS.host}; 0.0.0.0 for the LAN)
  --app DIR                 built app to serve (default ${DEFAULTS.appDir})
  --max-document-bytes N    largest document, as Yjs state (default ${DEFAULTS.maxDocumentBytes})
  --max-message-bytes N     largest WebSocket message (default: the document limit + 64 KiB)
  --store-debounce-ms N     quiet time before a document is compacted (default ${DEFAULTS.storeDebounceMs})
  --rotation-grace-ms N     time a rotated-out client has to present its new key (default ${DEFAULTS.rotationGraceMs})
`;

function integer(name: string, value: string | undefined, fallback: number, min: number, max = 2 ** 31): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}`);
  }
  return number;
}

/** Reads the command line; throws an Error whose message says what is wrong. */
export function parseOptions(argv: string[], cwd = process.cwd()): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      app: { type: 'string' },
      'max-document-bytes': { type: 'string' },
      'max-message-bytes': { type: 'string' },
      'store-debounce-ms': { type: 'string' },
      'rotation-grace-ms': { type: 'string' },
    },
  });
  if (values.port === undefined) throw new Error('--port is required');
  if (!values.data) throw new Error('--data is required');
  const maxDocumentBytes = integer('max-document-bytes', values['max-document-bytes'], DEFAULTS.maxDocumentBytes, 1024);
  const storeDebounceMs = integer('store-debounce-ms', values['store-debounce-ms'], DEFAULTS.storeDebounceMs, 0);
  return {
    port: integer('port', values.port, 0, 0, 65535),
    host: values.host ?? DEFAULTS.host,
    dataDir: resolve(cwd, values.data),
    appDir: resolve(cwd, values.app ?? DEFAULTS.appDir),
    maxDocumentBytes,
    maxMessageBytes: integer('max-message-bytes', values['max-message-bytes'], maxDocumentBytes + 64 * 1024, 1024),
    storeDebounceMs,
    storeMaxDebounceMs: Math.max(storeDebounceMs, DEFAULTS.storeMaxDebounceMs),
    rotationGraceMs: integer('rotation-grace-ms', values['rotation-grace-ms'], DEFAULTS.rotationGraceMs, 0),
  };
}
