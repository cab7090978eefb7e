// npm run bench:sync: two headless Chromium clients on one shared journey through a local sync server
// (the real `server/main.ts`, serving the built app on 127.0.0.1), and how long an edit in one takes to
// appear in the other: a title edit, and a drag of 50 cards. Prints p50/p95 in ms and writes
// bench-sync-results.json. Options: --edits=N (title edits, default 30), --drags=N (default 10),
// --no-build (use dist/ as it is).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, cpus } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { journeyFile } from './journey.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const EDITS = Math.min(arg('edits', 30), 200);
const DRAGS = Math.min(arg('drags', 10), 50);
const CARDS = 50;
/** No single wait of the benchmark may last longer than this. */
const WAIT_MS = 15_000;

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function startServer(port, dataDir) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--data', dataDir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`sync server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (x) => Math.round(x * 10) / 10;

/**
 * Waits in page `watcher` until what `kind` looks for shows (a card's title text, a card's new place), and
 * returns the wall-clock time it first saw it. Written out, not passed as code: the app's CSP forbids eval.
 */
async function seenAt(watcher, kind, args) {
  return watcher.evaluate(
    ({ kind, args, waitMs }) =>
      new Promise((resolve, reject) => {
        const test = () => {
          if (kind === 'title') {
            const titles = document.querySelectorAll(`[data-touchpoint-id="${args.id}"] .touchpoint__title`);
            return [...titles].some((el) => el.textContent === args.text);
          }
          return (
            document.querySelector(`.react-flow__node[data-id="${args.id}"]`)?.getAttribute('style') !== args.before
          );
        };
        const now = () => performance.timeOrigin + performance.now();
        if (test()) return resolve(now());
        const observer = new MutationObserver(() => {
          if (!test()) return;
          observer.disconnect();
          resolve(now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${kind} not seen within ${waitMs} ms`));
        }, waitMs);
      }),
    { kind, args, waitMs: WAIT_MS },
  );
}

async function main() {
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'recorrido-bench-sync-'));
  const port = await freePort();
  const server = await startServer(port, dataDir);
  const base = `http://127.0.0.1:${port}`;
  // The pages are served by the sync server itself, so the app's CSP (connect-src 'self') allows the socket.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const a = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const b = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const file = join(dataDir, 'journey.json');
    writeFileSync(file, JSON.stringify(journeyFile(CARDS)));
    await a.goto(`${base}/?lang=en`);
    await a.getByTestId('import-journey-input').setInputFiles(file);
    await a.getByTestId('journey-card').first().click();
    await a.getByTestId('canvas').waitFor();
    await a.getByTestId('share-journey').click();
    await a.getByTestId('share-start').click();
    const link = await a.getByTestId('share-link-edit').inputValue();
    await a.keyboard.press('Escape');
    await b.goto(link);
    await b.getByTestId('canvas').waitFor({ timeout: WAIT_MS });
    for (const page of [a, b]) {
      await page.locator('[data-testid="sync-status"][data-state="synced"]').waitFor({ timeout: WAIT_MS });
    }

    // Title edits: from the input event in A to the new text on B's canvas.
    await a.locator('[data-testid="touchpoint"][data-touchpoint-id="tp-1"]').click();
    const title = a.getByTestId('field-title');
    await title.evaluate((input) =>
      input.addEventListener('input', () => (window.__editAt = performance.timeOrigin + performance.now()), true),
    );
    const titleMs = [];
    for (let i = 0; i < EDITS; i++) {
      const text = `Edited ${i} ${Math.random().toString(36).slice(2, 8)}`;
      const seen = seenAt(b, 'title', { id: 'tp-1', text });
      await title.fill(text);
      const at = await seen;
      titleMs.push(at - (await a.evaluate(() => window.__editAt)));
    }

    // Drags of all 50 cards: from the drop in A to the last moved card's new place in B.
    await a.keyboard.press('Escape');
    await a.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await a.keyboard.press('Control+a');
    await a.evaluate(() =>
      window.addEventListener('mouseup', () => (window.__dropAt = performance.timeOrigin + performance.now()), true),
    );
    const dragMs = [];
    for (let i = 0; i < DRAGS; i++) {
      const node = a.locator('.react-flow__node[data-id="tp-1"]');
      const box = await node.boundingBox();
      const before = await b.locator(`.react-flow__node[data-id="tp-${CARDS}"]`).getAttribute('style');
      const seen = seenAt(b, 'place', { id: `tp-${CARDS}`, before });
      await a.mouse.move(box.x + 20, box.y + 10);
      await a.mouse.down();
      const dx = i % 2 === 0 ? 48 : -48;
      for (let step = 1; step <= 5; step++) await a.mouse.move(box.x + 20 + (dx * step) / 5, box.y + 10);
      await a.mouse.up();
      const at = await seen;
      dragMs.push(at - (await a.evaluate(() => window.__dropAt)));
    }

    const results = {
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, chromium: browser.version() },
      titleEdit: { runs: titleMs.length, p50: round(percentile(titleMs, 50)), p95: round(percentile(titleMs, 95)) },
      drag50: { runs: dragMs.length, p50: round(percentile(dragMs, 50)), p95: round(percentile(dragMs, 95)) },
      samples: { titleMs: titleMs.map(round), dragMs: dragMs.map(round) },
    };
    writeFileSync(join(root, 'bench-sync-results.json'), JSON.stringify(results, null, 2));
    console.log(`Sync latency, edit in one client to its appearance in the other (loopback, ${cpus().length} CPUs)`);
    console.log('| figure                       | runs |  p50 (ms) |  p95 (ms) |');
    console.log('|------------------------------|-----:|----------:|----------:|');
    for (const [name, r] of [
      ['title edit', results.titleEdit],
      [`drag of ${CARDS} cards`, results.drag50],
    ]) {
      console.log(
        `| ${name.padEnd(28)} | ${String(r.runs).padStart(4)} | ${String(r.p50).padStart(9)} | ${String(r.p95).padStart(9)} |`,
      );
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
