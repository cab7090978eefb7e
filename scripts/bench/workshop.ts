// npm run bench:workshop: K simulated participants (the real @hocuspocus/provider over `ws`, one socket
// each, all on 127.0.0.1) join a room with the participant link and send notes, emotions and pains at a
// set rate; a facilitator client (edit link) watches the room's contributions document. Prints p50/p95
// delivery latency (a participant's append to the facilitator seeing it), the server processes' CPU and
// memory (/proc), and whether any contribution was lost (the facilitator saw it, and the server holds
// it for a fresh client). Runs on one process (SQLite), then on two processes through Redis (PostgreSQL
// as their store, participants split across both), then searches what one process holds: rooms of 25
// participants, doubling, until p95 passes 250 ms.
//
// Options: --participants=N (50) --seconds=N (60) --interval-ms=N (2000, each participant's pace)
//   --rooms=N (1) --mode=single|redis|both (both) --search / --no-search (on unless --smoke)
//   --room-size=N (25) --search-seconds=N (20) --max-rooms=N (16) --smoke (a few seconds of each).
// Every loop is bounded in count and time; nothing leaves 127.0.0.1.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { RoomKeys } from '../../server/test/clients.ts';
import { sharedRoom, token } from '../../server/test/clients.ts';
import { appendContribution, contributionFields, contributionsOf } from '../../server/test/contributing.ts';
import type { ServerProcess } from '../../server/test/serverProcess.ts';
import { startServerProcess, tempDir } from '../../server/test/serverProcess.ts';
import { postgresBinDir, redisServerPath, startPostgres, startRedis } from '../../server/test/services.ts';

const flag = (name: string) => process.argv.includes(`--${name}`);
const arg = (name: string, fallback: number, max: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = hit ? Number(hit.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return Math.min(value, max);
};
const text = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

const SMOKE = flag('smoke');
const PARTICIPANTS = arg('participants', SMOKE ? 6 : 50, 1000);
const SECONDS = arg('seconds', SMOKE ? 3 : 60, 600);
const INTERVAL_MS = arg('interval-ms', SMOKE ? 500 : 2000, 60_000);
const ROOMS = arg('rooms', 1, 64);
const MODE = text('mode', 'both');
const SEARCH = !SMOKE && !flag('no-search') && (flag('search') || !process.argv.some((a) => a.startsWith('--mode')));
const ROOM_SIZE = arg('room-size', 25, 200);
const SEARCH_SECONDS = arg('search-seconds', 20, 120);
const MAX_ROOMS = arg('max-rooms', 16, 64);
const TARGET_P95_MS = 250;
/** Longest wait for the last contributions to arrive after sending stops. */
const DRAIN_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `check` at most `ms`; returns whether it came true. */
async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** A provider on its own socket, as a phone or a laptop has. */
function client(wsUrl: string, name: string, tokenText: string) {
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, maxAttempts: 5 });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token: tokenText });
  provider.attach();
  const refusals: string[] = [];
  provider.on('stateless', ({ payload }: { payload: string }) => refusals.push(payload));
  provider.on('close', ({ event }: { event: { reason?: string } }) => event.reason && refusals.push(event.reason));
  return {
    doc,
    provider,
    refusals,
    ready: () => until(() => provider.isSynced && provider.isAuthenticated, 20_000),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
type Client = ReturnType<typeof client>;

/** CPU (% of one core, averaged) and memory (peak resident MB) of processes, sampled from /proc. */
function sampler(pids: number[]) {
  const ticks = (pid: number) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  const rss = (pid: number) => {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return line ? Number(line[1]) / 1024 : 0;
  };
  const start = pids.map(ticks);
  const began = performance.now();
  const peak = pids.map(rss);
  const timer = setInterval(() => pids.forEach((pid, i) => (peak[i] = Math.max(peak[i], rss(pid)))), 500);
  return () => {
    clearInterval(timer);
    const seconds = (performance.now() - began) / 1000;
    // Kernel clock ticks are 100 per second on Linux.
    return pids.map((pid, i) => ({
      pid,
      cpuPercent: ((ticks(pid) - start[i]) / 100 / seconds) * 100,
      peakRssMb: Math.max(peak[i], rss(pid)),
    }));
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

interface RunResult {
  label: string;
  rooms: number;
  participants: number;
  sent: number;
  received: number;
  stored: number;
  lost: number;
  refused: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  servers: Array<{ pid: number; cpuPercent: number; peakRssMb: number }>;
}

/**
 * One measured run: `rooms` rooms of `perRoom` participants each, spread over `servers` in turn, each
 * participant appending one contribution every `intervalMs` for `seconds`.
 */
async function run(
  label: string,
  servers: ServerProcess[],
  rooms: number,
  perRoom: number,
  seconds: number,
  intervalMs: number,
): Promise<RunResult> {
  const keys: RoomKeys[] = [];
  for (let r = 0; r < rooms; r++) keys.push(await sharedRoom(servers[0].httpUrl));
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  const facilitators: Client[] = [];
  const phones: Array<{ client: Client; room: RoomKeys; index: number }> = [];
  try {
    for (const room of keys) {
      const facilitator = client(servers[0].wsUrl, contributionsOf(room.room), token('edit', room.edit));
      facilitators.push(facilitator);
      const items = facilitator.doc.getArray<Y.Map<unknown>>('items');
      items.observe((event) => {
        const now = performance.now();
        for (const delta of event.changes.delta) {
          for (const map of (delta.insert as Y.Map<unknown>[] | undefined) ?? []) {
            const at = sent.get(String(map.get('id')));
            if (at !== undefined) latencies.push(now - at);
          }
        }
      });
      for (let i = 0; i < perRoom; i++) {
        const server = servers[(phones.length + 1) % servers.length];
        phones.push({
          client: client(server.wsUrl, contributionsOf(room.room), token('contribute', room.contribute!)),
          room,
          index: i,
        });
      }
    }
    const ready = await Promise.all([...facilitators, ...phones.map((p) => p.client)].map((c) => c.ready()));
    if (!ready.every(Boolean)) throw new Error(`${ready.filter((r) => !r).length} clients did not connect`);
    for (const facilitator of facilitators) {
      facilitator.doc.getMap('present').set('title', 'Checkout');
    }

    const measure = sampler(servers.map((s) => s.pid));
    const kinds = ['note', 'emotion', 'pain'] as const;
    const end = performance.now() + seconds * 1000;
    const timers: NodeJS.Timeout[] = [];
    for (const { client: phone, index } of phones) {
      let n = 0;
      const send = () => {
        if (performance.now() >= end) return;
        const kind = kinds[(index + n) % kinds.length];
        const fields = contributionFields({
          participant: { id: `p${index}`, name: `Participant ${index}` },
          kind,
          text: kind === 'emotion' ? undefined : `${kind} ${n} from participant ${index}`,
          emotion: kind === 'emotion' ? ((index + n) % 5) - 2 : undefined,
        });
        n++;
        sent.set(String(fields.id), performance.now());
        appendContribution(phone.doc, fields);
      };
      // Spread over the interval, as a room's phones would be.
      const first = () => {
        send();
        timers.push(setInterval(send, intervalMs));
      };
      timers.push(setTimeout(first, Math.random() * intervalMs));
    }
    await sleep(seconds * 1000);
    for (const timer of timers) clearInterval(timer);
    await until(() => latencies.length >= sent.size, DRAIN_MS);
    const servers_ = measure();
    await until(() => phones.every((p) => !p.client.provider.hasUnsyncedChanges), DRAIN_MS);

    // What the server holds, seen by a fresh client per room on the first process.
    let stored = 0;
    for (const room of keys) {
      const viewer = client(servers[0].wsUrl, contributionsOf(room.room), token('view', room.view));
      await viewer.ready();
      const ids = new Set(viewer.doc.getArray<Y.Map<unknown>>('items').map((m) => String(m.get('id'))));
      for (const id of sent.keys()) if (ids.has(id)) stored++;
      viewer.destroy();
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const refused = phones.reduce((sum, p) => sum + p.client.refusals.length, 0);
    return {
      label,
      rooms,
      participants: rooms * perRoom,
      sent: sent.size,
      received: latencies.length,
      stored,
      lost: sent.size - Math.min(latencies.length, stored),
      refused,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? NaN,
      servers: servers_,
    };
  } finally {
    for (const c of [...facilitators, ...phones.map((p) => p.client)]) c.destroy();
  }
}

function report(result: RunResult): void {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const servers = result.servers
    .map((s) => `pid ${s.pid}: CPU ${s.cpuPercent.toFixed(0)}% of a core, peak RSS ${s.peakRssMb.toFixed(0)} MB`)
    .join('; ');
  const verdict = result.p95 < TARGET_P95_MS && result.lost === 0 ? 'OK' : 'OVER TARGET';
  console.log(
    `${result.label}: ${result.rooms} room(s) x ${result.participants / result.rooms} participants, ` +
      `sent ${result.sent}, facilitator saw ${result.received}, server holds ${result.stored}, lost ${result.lost}, ` +
      `refusals ${result.refused}\n  latency p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, ` +
      `max ${ms(result.max)}  [${verdict}: p95 < ${TARGET_P95_MS} ms, nothing lost]\n  ${servers}`,
  );
}

const serverArgs = ['--store-debounce-ms', '2000'];

async function single(rooms: number, perRoom: number, seconds: number, label: string): Promise<RunResult> {
  const data = tempDir('bench-workshop');
  const server = await startServerProcess({ dataDir: data.path, args: serverArgs });
  try {
    return await run(label, [server], rooms, perRoom, seconds, INTERVAL_MS);
  } finally {
    await server.stop();
    data.remove();
  }
}

async function clustered(): Promise<RunResult | undefined> {
  if (!redisServerPath() || !postgresBinDir()) {
    console.log('two processes through Redis: skipped (redis-server or PostgreSQL is not installed)');
    return undefined;
  }
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const servers: ServerProcess[] = [];
  try {
    const database = await postgres!.createDatabase('bench');
    for (let i = 0; i < 2; i++) {
      servers.push(await startServerProcess({ postgres: database, redis: redis!.url, args: serverArgs }));
    }
    return await run('two processes (Redis, PostgreSQL)', servers, ROOMS, PARTICIPANTS, SECONDS, INTERVAL_MS);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await Promise.all([redis?.stop(), postgres?.stop()]);
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:workshop: ${PARTICIPANTS} participants x ${ROOMS} room(s), one contribution each every ` +
      `${INTERVAL_MS} ms for ${SECONDS} s (target: p95 < ${TARGET_P95_MS} ms, nothing lost)`,
  );
  const results: RunResult[] = [];
  if (MODE === 'single' || MODE === 'both') {
    const result = await single(ROOMS, PARTICIPANTS, SECONDS, 'one process (SQLite)');
    report(result);
    results.push(result);
  }
  if (MODE === 'redis' || MODE === 'both') {
    const result = await clustered();
    if (result) report(result);
    if (result) results.push(result);
  }
  if (SEARCH) {
    console.log(
      `\nWhat one process holds: rooms of ${ROOM_SIZE} participants, doubling, ${SEARCH_SECONDS} s each, ` +
        `until p95 passes ${TARGET_P95_MS} ms or a contribution is lost`,
    );
    let lastGood: RunResult | undefined;
    for (let rooms = 1; rooms <= MAX_ROOMS; rooms *= 2) {
      const result = await single(rooms, ROOM_SIZE, SEARCH_SECONDS, `search ${rooms} x ${ROOM_SIZE}`);
      report(result);
      if (result.p95 >= TARGET_P95_MS || result.lost > 0) {
        console.log(
          `One process holds ${lastGood ? `${lastGood.rooms} x ${ROOM_SIZE} = ${lastGood.participants}` : 'less than one room of'} ` +
            `participants within target; p95 passes ${TARGET_P95_MS} ms at ${rooms} x ${ROOM_SIZE} = ${rooms * ROOM_SIZE}.`,
        );
        break;
      }
      lastGood = result;
      if (rooms * 2 > MAX_ROOMS) console.log(`Within target up to ${rooms} x ${ROOM_SIZE}, the largest step tried.`);
    }
  }
  const failed = results.filter((r) => r.lost > 0);
  if (failed.length > 0) {
    console.error(`Lost contributions in: ${failed.map((r) => r.label).join(', ')}`);
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
