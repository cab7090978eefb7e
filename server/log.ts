import { format } from 'node:util';
import { isRefusal } from './refusals.ts';

/** One log line's fields: plain values only, never a token, key or request body. */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/**
 * Anything shaped like a share key (43 base64url characters) or a key hash (64 hex digits) is blanked
 * before a line is written. The server never logs those on purpose; this catches the accidents, such as
 * a library printing an object it was handed.
 */
const SECRET_SHAPED = /[A-Za-z0-9_-]{43,}/g;

/** The text with every secret-shaped run replaced by `[redacted]`. */
export function redact(text: string): string {
  return text.replace(SECRET_SHAPED, '[redacted]');
}

function quote(value: string | number | boolean): string {
  const text = String(value);
  return /^[\w.:/@+-]+$/.test(text) ? text : JSON.stringify(text);
}

/** A line `time level event key=value ...`, redacted. */
export function formatLine(level: string, event: string, fields: LogFields = {}): string {
  const pairs = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${quote(value as string | number | boolean)}`);
  return redact([new Date().toISOString(), level, event, ...pairs].join(' '));
}

/** A logger writing one line per event to the given sink (stdout by default). */
export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  return {
    info: (event, fields) => write(formatLine('info', event, fields)),
    warn: (event, fields) => write(formatLine('warn', event, fields)),
    error: (event, fields) => write(formatLine('error', event, fields)),
  };
}

function isLockContention(value: unknown): boolean {
  return value instanceof Error && typeof value.cause === 'string' && value.cause.includes('another instance locked');
}

/**
 * Routes console output (Hocuspocus reports its own errors with console.error) through the same
 * redaction, so nothing secret-shaped reaches stdout or stderr from a library either. Hocuspocus also
 * reports each of our refusals as it closes the connection; those are ours, logged once by us, and a
 * flood of them must not become a flood of lines. Nor does the Redis extension's "another instance
 * locked it already" when two processes compact one document at once: expected, and harmless.
 */
export function redactConsole(): void {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const stream = method === 'log' || method === 'info' || method === 'debug' ? process.stdout : process.stderr;
    console[method] = (...args: unknown[]) => {
      if (args.some((arg) => isRefusal(arg) || isLockContention(arg))) return;
      stream.write(`${redact(format(...args))}\n`);
    };
  }
}

/** A short, secret-free description of something thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  if (error && typeof error === 'object' && 'reason' in error) return String(error.reason).slice(0, 300);
  return typeof error;
}
