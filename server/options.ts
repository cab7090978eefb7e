import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_NOTE_CHARS } from './contributions.ts';
import type { ParticipantLimits } from './rateLimit.ts';

/** Where rooms and documents are kept: an embedded SQLite directory, or a PostgreSQL database. */
export type StoreOption = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string };

/** Everything the server can be told on its command line. */
export interface ServerOptions {
  port: number;
  host: string;
  store: StoreOption;
  /** Redis URL that joins this process to others serving the same rooms; none for one process. */
  redisUrl?: string;
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
  /** What a participant (contribute) connection may send. */
  participants: ParticipantLimits;
  /** Longest note a participant may send, in characters. */
  maxNoteChars: number;
}

const MIB = 1024 * 1024;

export const DEFAULTS = {
  host: '127.0.0.1',
  appDir: 'dist',
  maxDocumentBytes: 5 * MIB,
  storeDebounceMs: 2000,
  storeMaxDebounceMs: 10_000,
  rotationGraceMs: 5000,
  contributionsPer10s: 20,
  participantMessagesPer10s: 100,
  maxRefusals: 10,
  maxNoteChars: DEFAULT_MAX_NOTE_CHARS,
} as const;

export const USAGE = `Usage: npm run server -- --port P (--data DIR | --postgres URL) [options]

  --port P                  port for the app and the sync endpoint (0 picks a free one)
  --data DIR                directory of the SQLite database (created if missing): one process
  --postgres URL            a PostgreSQL database instead (postgres://user:password@host:port/db);
                            several processes may share it
  --redis URL               Redis (redis://host:port) joining this process to others that serve the
                            same rooms from the same PostgreSQL database
  --host H                  address to listen on (default ${DEFAULTS.host}; 0.0.0.0 for the LAN)
  --app DIR                 built app to serve (default ${DEFAULTS.appDir})
  --max-document-bytes N    largest document, as Yjs state (default ${DEFAULTS.maxDocumentBytes})
  --max-message-bytes N     largest WebSocket message (default: the document limit + 64 KiB)
  --store-debounce-ms N     quiet time before a document is compacted (default ${DEFAULTS.storeDebounceMs})
  --rotation-grace-ms N     time a rotated-out client has to present its new key (default ${DEFAULTS.rotationGraceMs})
  --contribution-rate N     contributions one participant connection may send per 10 s (default ${DEFAULTS.contributionsPer10s})
  --participant-messages N  messages of any kind per participant connection per 10 s; more closes it
                            (default ${DEFAULTS.participantMessagesPer10s})
  --max-refusals N          refused writes before a connection is closed (default ${DEFAULTS.maxRefusals})
  --max-note-chars N        longest participant note, in characters (default ${DEFAULTS.maxNoteChars})
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
      postgres: { type: 'string' },
      redis: { type: 'string' },
      'contribution-rate': { type: 'string' },
      'participant-messages': { type: 'string' },
      'max-refusals': { type: 'string' },
      'max-note-chars': { type: 'string' },
    },
  });
  if (values.port === undefined) throw new Error('--port is required');
  if (!values.data && !values.postgres) throw new Error('--data (SQLite) or --postgres is required');
  if (values.data && values.postgres) throw new Error('--data and --postgres exclude each other');
  if (values.postgres !== undefined && !/^postgres(ql)?:\/\//.test(values.postgres)) {
    throw new Error('--postgres must be a postgres:// URL');
  }
  if (values.redis !== undefined && !/^rediss?:\/\//.test(values.redis))
    throw new Error('--redis must be a redis:// URL');
  // Each SQLite process keeps its own database: processes sharing rooms need one database between them.
  if (values.redis && !values.postgres) throw new Error('--redis needs --postgres: the processes share one database');
  const maxDocumentBytes = integer('max-document-bytes', values['max-document-bytes'], DEFAULTS.maxDocumentBytes, 1024);
  const storeDebounceMs = integer('store-debounce-ms', values['store-debounce-ms'], DEFAULTS.storeDebounceMs, 0);
  return {
    port: integer('port', values.port, 0, 0, 65535),
    host: values.host ?? DEFAULTS.host,
    store: values.postgres
      ? { kind: 'postgres', url: values.postgres }
      : { kind: 'sqlite', dataDir: resolve(cwd, values.data!) },
    redisUrl: values.redis,
    appDir: resolve(cwd, values.app ?? DEFAULTS.appDir),
    maxDocumentBytes,
    maxMessageBytes: integer('max-message-bytes', values['max-message-bytes'], maxDocumentBytes + 64 * 1024, 1024),
    storeDebounceMs,
    storeMaxDebounceMs: Math.max(storeDebounceMs, DEFAULTS.storeMaxDebounceMs),
    rotationGraceMs: integer('rotation-grace-ms', values['rotation-grace-ms'], DEFAULTS.rotationGraceMs, 0),
    participants: {
      contributions: integer('contribution-rate', values['contribution-rate'], DEFAULTS.contributionsPer10s, 1),
      messages: integer('participant-messages', values['participant-messages'], DEFAULTS.participantMessagesPer10s, 10),
      windowMs: 10_000,
      maxRefusals: integer('max-refusals', values['max-refusals'], DEFAULTS.maxRefusals, 0),
    },
    maxNoteChars: integer('max-note-chars', values['max-note-chars'], DEFAULTS.maxNoteChars, 1, 100_000),
  };
}
