// Opening a journey and panning it, alone, over built directories (issue 18):
// `node scripts/bench/openpan.mjs --dist=dist,/tmp/base-dist --what=open|pan [--n=100] [--runs=5]
// [--hide=SELECTOR] [--style=SELECTOR;PROPERTY;VALUE] [--select] [--cold] [--in-page] [--trace=DIR] [--profile=DIR]`.
// Serves each already-built directory with `vite preview` on 127.0.0.1 (a directory whose path contains
// "floor" is taken as the floor page, `/?n=N`), alternating between them run by run (A, B, A, B...) so a
// load spike on the shared machine hits both alike. `open` times `goto('/journey/<id>')` until the first card
// is visible and the next frame painted (as run.mjs does); `pan` drags 60 steps from a point of empty pane
// (as run.mjs's pan) on the settled page. Prints per run and as medians: wall time, main-thread busy
// (TaskDuration: on a loaded machine it counts time the thread waited for a CPU too), the renderer main
// thread's CPU time from a trace (RunTask thread time, steadier than wall time when others load the
// machine) and, of that, the CPU time spent in Paint. For experiments before a pan, --hide sets
// `display: none` on every element matching SELECTOR and --style sets one inline property (the app's
// Content-Security-Policy refuses injected stylesheets, not CSSOM). --trace=DIR keeps each trace, for
// Chrome DevTools' Performance panel; --profile=DIR keeps a CDP CPU profile of each measured open or pan
// (`.cpuprofile`, for DevTools or a script; sampled every 100 us, which adds to the times). Builds nothing: `npx vite build --outDir X` first (`--minify false`
// keeps names readable in traces).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { journeyFile } from './journey.mjs';
import { importJourney, settle, taskDuration, timeOpen, warmEditor, warmFloor } from './page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? given.slice(name.length + 3) : fallback;
};
const dists = arg('dist', 'dist')
  .split(',')
  .map((d) => resolve(root, d));
const what = arg('what', 'open');
const n = Number(arg('n', 100));
const runs = Number(arg('runs', 5));
const hide = arg('hide', '');
const style = arg('style', '');
const traceDir = arg('trace', '');
const profileDir = arg('profile', '');
// --select: click the first card (the floor's first node) before the pan, as the bench's pan follows a drag
// that leaves a card selected (the app's inspector then holds the touchpoint's form).
const select = process.argv.includes('--select');
// --cold: open without showing a one-touchpoint journey (or the floor's one node) first (see warmEditor):
// the editor's code not yet fetched or compiled in this context.
const cold = process.argv.includes('--cold');
// --in-page: time the open in the page (page.mjs's timeOpen), without Playwright's locator polling.
const inPage = process.argv.includes('--in-page');
const STEPS = 60;
const TRACE_CATEGORIES = 'disabled-by-default-devtools.timeline,devtools.timeline,toplevel,v8';

/** The renderer main thread's events of a trace (the thread named CrRendererMain with most events). */
function mainThread(events) {
  let best = [];
  for (const named of events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')) {
    const own = events.filter((e) => e.pid === named.pid && e.tid === named.tid);
    if (own.length > best.length) best = own;
  }
  return best;
}
/** Thread time (ms) of the main thread's events of one name. */
const threadTime = (main, name) =>
  main.filter((e) => e.ph === 'X' && e.name === name).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;

/** A point of empty pane inside the canvas (only the pane under the pointer). */
function emptyPanePoint(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas"]') ?? document.querySelector('.react-flow');
    const r = canvas.getBoundingClientRect();
    for (let fy = 0.92; fy >= 0.08; fy -= 0.04) {
      for (let fx = 0.5; fx <= 0.9; fx += 0.05) {
        for (const gx of [fx, 1 - fx]) {
          const el = document.elementFromPoint(r.left + r.width * gx, r.top + r.height * fy);
          if (el?.classList.contains('react-flow__pane')) return { x: r.left + r.width * gx, y: r.top + r.height * fy };
        }
      }
    }
    return null;
  });
}

/** Opens the journey (or the floor's nodes) in `page`, waiting for the first card on screen. */
async function open(page, floor, id) {
  if (inPage)
    return timeOpen(
      page,
      floor ? `/?n=${n}` : `/journey/${id}`,
      floor ? '.react-flow__node' : '[data-testid="touchpoint"]',
    );
  await page.goto(floor ? `/?n=${n}` : `/journey/${id}`);
  await page
    .locator(floor ? '.react-flow__node' : '[data-testid="touchpoint"]')
    .first()
    .waitFor({ state: 'visible' });
  await settle(page);
}

async function measure(page, cdp, floor, id) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  let run;
  if (profileDir) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  const startProfile = () => (profileDir ? cdp.send('Profiler.start') : undefined);
  if (what === 'open') {
    await startProfile();
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    const t0 = performance.now();
    const inPageMs = await open(page, floor, id);
    // A navigation starts the page's counters afresh: TaskDuration is the new document's alone.
    run = { wall: performance.now() - t0, busy: await taskDuration(cdp), ...(inPage ? { inPage: inPageMs } : {}) };
  } else {
    await open(page, floor, id);
    if (!floor) await page.getByTestId('save-status').waitFor();
    const apply = ([selector, property, value]) =>
      document.querySelectorAll(selector).forEach((el) => el.style.setProperty(property, value));
    if (select)
      await page
        .locator(floor ? '.react-flow__node' : '[data-testid="touchpoint"]')
        .first()
        .click();
    if (hide) await page.evaluate(apply, [hide, 'display', 'none']);
    if (style) await page.evaluate(apply, style.split(';'));
    await page.waitForTimeout(300);
    await settle(page);
    const from = await emptyPanePoint(page);
    if (!from) throw new Error('no empty pane to pan from');
    await startProfile();
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    const busy0 = await taskDuration(cdp);
    const t0 = performance.now();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= STEPS; i++) await page.mouse.move(from.x - (180 * i) / STEPS, from.y - (60 * i) / STEPS);
    await page.mouse.up();
    await settle(page);
    run = { wall: performance.now() - t0, busy: (await taskDuration(cdp)) - busy0 };
  }
  const profile = profileDir ? (await cdp.send('Profiler.stop')).profile : null;
  const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await traced;
  const main = mainThread(events);
  return { ...run, cpu: threadTime(main, 'RunTask'), paint: threadTime(main, 'Paint'), events, profile };
}

const file = join(mkdtempSync(join(tmpdir(), 'recorrido-openpan-')), `journey-${n}.json`);
writeFileSync(file, JSON.stringify(journeyFile(n)));
if (traceDir) mkdirSync(traceDir, { recursive: true });
if (profileDir) mkdirSync(profileDir, { recursive: true });
const servers = [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = dists.map(() => []);
try {
  for (const dist of dists) {
    const server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir: dist },
      preview: { host: '127.0.0.1', port: 0 },
    });
    servers.push(server);
  }
  for (let r = 0; r < runs; r++) {
    for (const [i, dist] of dists.entries()) {
      const baseURL = `http://127.0.0.1:${servers[i].httpServer.address().port}`;
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1280, height: 800 },
        serviceWorkers: 'block',
      });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(120_000);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const floor = dist.includes('floor');
        // The app's journey arrives through the library's import after the editor has shown a journey of
        // one touchpoint (warmEditor); the floor shows one node as often: both open with their code warm.
        if (!floor && !cold) await warmEditor(page);
        const id = floor ? null : await importJourney(page, file);
        if (floor && !cold) await warmFloor(page);
        const { events, profile, ...run } = await measure(page, cdp, floor, id);
        results[i].push(run);
        if (traceDir) writeFileSync(join(traceDir, `${what}-${i}-${r}.json`), JSON.stringify({ traceEvents: events }));
        if (profile) writeFileSync(join(profileDir, `${what}-${i}-${r}.cpuprofile`), JSON.stringify(profile));
        const shown = Object.entries(run).map(([k, v]) => `${k} ${v.toFixed(0)}`);
        console.log(`${dist} run ${r + 1}: ${shown.join(', ')}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await new Promise((done) => server.httpServer.close(done));
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`\n${what} at N = ${n}, median of ${runs} (ms):`);
for (const [i, dist] of dists.entries()) {
  const keys = Object.keys(results[i][0] ?? {});
  console.log(`${dist}: ${keys.map((k) => `${k} ${median(results[i].map((run) => run[k])).toFixed(1)}`).join(', ')}`);
}
