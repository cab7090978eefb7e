import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './waitFor.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A sync server running as its own process, the way `npm run server` runs it. */
export interface ServerProcess {
  /** The process id (for measuring its CPU and memory). */
  pid: number;
  port: number;
  httpUrl: string;
  wsUrl: string;
  /** The SQLite directory, or undefined for a server on PostgreSQL. */
  dataDir?: string;
  /** Everything it printed on stdout and stderr so far. */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Sends `signal` and waits for the process to exit; resolves with its exit code or signal. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export interface StartOptions {
  /** SQLite directory; or give `postgres` (and `redis`) instead. */
  dataDir?: string;
  postgres?: string;
  redis?: string;
  appDir?: string;
  port?: number;
  args?: string[];
}

/** Starts `server/main.ts` on 127.0.0.1 and resolves once /health answers 200. */
export async function startServerProcess({
  dataDir,
  postgres,
  redis,
  appDir,
  port = 0,
  args = [],
}: StartOptions): Promise<ServerProcess> {
  const argv = ['--import', 'tsx', 'server/main.ts', '--port', String(port)];
  if (dataDir) argv.push('--data', dataDir);
  if (postgres) argv.push('--postgres', postgres);
  if (redis) argv.push('--redis', redis);
  if (appDir) argv.push('--app', appDir);
  const child: ChildProcess = spawn(process.execPath, [...argv, ...args], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  let done = false;
  void exited.then(() => {
    done = true;
    // SERVER_TEST_LOG=file keeps what each server printed, for debugging a failure.
    if (process.env.SERVER_TEST_LOG) appendFileSync(process.env.SERVER_TEST_LOG, `--- ${argv.join(' ')}\n${output}`);
  });

  const listening = await Promise.race([
    waitFor(() => /info listening .*port=(\d+)/.exec(output), 'the server to listen', { timeoutMs: 30_000 }),
    exited.then((code) => {
      throw new Error(`The server exited (${code}):\n${output}`);
    }),
  ]).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const actualPort = Number(listening[1]);
  const httpUrl = `http://127.0.0.1:${actualPort}`;
  await waitFor(async () => (await fetch(`${httpUrl}/health`)).status === 200, '/health');
  return {
    pid: child.pid!,
    port: actualPort,
    httpUrl,
    wsUrl: `ws://127.0.0.1:${actualPort}`,
    dataDir,
    output: () => output,
    alive: () => !done,
    stop: async (signal = 'SIGTERM') => {
      if (!done) child.kill(signal);
      return exited;
    },
  };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `recorrido-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A tiny stand-in for `dist/`: an index page, a hashed asset, the service worker and the manifest. */
export function writeAppFixture(dir: string): void {
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Recorrido</title><div id="root"></div>',
    'assets/index-abc123.js': 'console.log("app");',
    'assets/index-abc123.css': 'body{margin:0}',
    'sw.js': 'self.addEventListener("fetch", () => {});',
    'workbox-1a2b3c.js': '/* workbox */',
    'manifest.webmanifest': '{"name":"Recorrido"}',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'icon-192.png': 'png',
    '.env': 'SECRET=1',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}
