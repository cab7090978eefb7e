import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { waitFor } from './waitFor.ts';

/**
 * Redis and PostgreSQL for tests and benchmarks: Debian's own binaries, each started as a child process
 * on a free 127.0.0.1 port with its data in a temporary directory, and stopped (and the directory
 * removed) after. Nothing is installed here: scripts/test-all.sh installs the packages.
 */

/** A free TCP port on 127.0.0.1 (free when asked; the service takes it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** A service child process and how to stop it. */
interface Child {
  child: ChildProcess;
  output(): string;
  exited: Promise<void>;
}

function start(command: string, args: string[], options: { uid?: number; gid?: number } = {}): Child {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

async function stop({ child, exited }: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A running redis-server. */
export interface RedisService {
  url: string;
  stop(): Promise<void>;
}

/** Where redis-server is, or undefined when it is not installed. */
export const redisServerPath = () => onPath('redis-server');

/** Starts redis-server on a free port, persisting nothing; undefined when redis-server is not installed. */
export async function startRedis(): Promise<RedisService | undefined> {
  const binary = redisServerPath();
  if (!binary) return undefined;
  const port = await freePort();
  const redis = start(binary, [
    ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    ...['--daemonize', 'no', '--loglevel', 'warning'],
  ]);
  try {
    await waitFor(
      async () => {
        if (redis.child.exitCode !== null) throw new Error(`redis-server exited:\n${redis.output()}`);
        return ping(port);
      },
      'redis-server to answer',
      { timeoutMs: 20_000, intervalMs: 50 },
    );
  } catch (error) {
    await stop(redis, 'SIGKILL');
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => stop(redis, 'SIGTERM') };
}

/** Whether a Redis answers PING on the port, by hand (RESP), without a client library. */
async function ping(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Debian keeps PostgreSQL's server binaries in /usr/lib/postgresql/<version>/bin, off the PATH. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'postgres')) && existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return join(root, versions[0], 'bin');
  const initdb = onPath('initdb');
  return initdb && onPath('postgres') ? join(initdb, '..') : undefined;
}

/** A running PostgreSQL with a superuser `recorrido` trusted on 127.0.0.1. */
export interface PostgresService {
  port: number;
  /** The URL of database `name` (made by createDatabase). */
  url(name: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root: as root, run it as Debian's `postgres` user (or `nobody`). */
function serviceUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
      const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
      return { uid, gid };
    } catch {
      // Try the next one.
    }
  }
  throw new Error('Running as root, and neither a postgres nor a nobody user exists to run PostgreSQL');
}

/**
 * A fresh PostgreSQL cluster (initdb into a temporary directory, about 2 to 4 s here) on a free port,
 * durability off (fsync): it lives for one test file. Undefined when PostgreSQL is not installed.
 */
export async function startPostgres(): Promise<PostgresService | undefined> {
  const bin = postgresBinDir();
  if (!bin) return undefined;
  const user = serviceUser();
  const dir = mkdtempSync(join(tmpdir(), 'recorrido-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(
      join(bin, 'initdb'),
      ['-D', data, '-A', 'trust', '-U', 'recorrido', '-E', 'UTF8', '--locale', 'C', '--no-sync', '--no-instructions'],
      { stdio: 'pipe', ...user },
    );
  } catch (error) {
    remove();
    throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`, {
      cause: error,
    });
  }
  const port = await freePort();
  const server = start(
    join(bin, 'postgres'),
    [
      ...['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'],
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ],
    user ?? {},
  );
  const url = (name: string) => `postgres://recorrido@127.0.0.1:${port}/${name}`;
  const admin = () => new pg.Client({ connectionString: url('postgres') });
  try {
    await waitFor(
      async () => {
        if (server.child.exitCode !== null) throw new Error(`postgres exited:\n${server.output()}`);
        const client = admin();
        try {
          await client.connect();
          return true;
        } finally {
          await client.end().catch(() => undefined);
        }
      },
      'PostgreSQL to accept connections',
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  } catch (error) {
    await stop(server, 'SIGKILL');
    remove();
    throw error;
  }
  return {
    port,
    url,
    createDatabase: async (name) => {
      const client = admin();
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name.replace(/[^a-z0-9_]/g, '')}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    // SIGINT is PostgreSQL's fast shutdown: it ends sessions and exits without waiting for clients.
    stop: async () => {
      await stop(server, 'SIGINT');
      remove();
    },
  };
}
