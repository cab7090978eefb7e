// Recorrido benchmark: `npm run bench [-- --n=100,500 --runs=3 --only=pdf]` (or BENCH_N / BENCH_RUNS).
// Builds the app and a bare React Flow "floor" page, serves both on 127.0.0.1, drives Debian's Chromium
// with Playwright and prints app vs floor figures (median of the runs); writes bench-results.json.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir, cpus, totalmem, platform, release } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { journeyFile } from './journey.mjs';
import { importJourney, runMain, settle, taskDuration, warmEditor, warmFloor } from './page.mjs';
import { keystrokeHarnessMeasure, keystrokeMeasure, presentMeasure } from './editing.mjs';
import { benchInsights } from './insights.mjs';
import { initialJs } from './initialJs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const floorOut = join(root, 'node_modules/.bench/floor');

// --- options ------------------------------------------------------------------------------------------
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('n') ?? process.env.BENCH_N ?? '100,500,1000,2000').split(',').map(Number);
const runs = Number(arg('runs') ?? process.env.BENCH_RUNS ?? 3);
// --only=pdf: the PDF figures alone (no floor, no gestures, no PNG), for PDF work.
const only = arg('only') ?? process.env.BENCH_ONLY ?? 'all';
// The insights page over a library of this many journeys of 50 touchpoints (issue 16); 0 skips it.
const insightsJourneys = Number(arg('insights-journeys') ?? 200);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !['all', 'pdf'].includes(only) ||
  !Number.isInteger(insightsJourneys) ||
  insightsJourneys < 0
) {
  throw new Error('usage: npm run bench -- [--n=100,500,1000,2000] [--runs=3] [--only=pdf] [--insights-journeys=200]');
}
const PDF_SIZES = new Set([100, 500, 2000]);
/** Sizes that also export the journey with plain Spanish titles and with mixed scripts (issue 12). */
const SCRIPT_PDF_SIZES = new Set([500]);
const PNG_SIZES = new Set([100, 500]);
/**
 * Measures run on the open journey after the gestures, autosave and exports, in this order, each at its
 * sizes: `{ sizes, figures: [[key, label, hasFloor]], measure({ page, cdp, n, browser, appUrl }) }`
 * returning its figures, and `floor({ page, cdp, n })` for those with a floor, run on the floor page after
 * its gestures. A new measure is one line here.
 */
const APP_MEASURES = [
  { sizes: [100, 2000], ...keystrokeMeasure },
  { sizes: [100], ...keystrokeHarnessMeasure },
  { sizes: [2000], ...presentMeasure },
];
const STEPS = 60;
const VIEWPORT = { width: 1280, height: 800 };
const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // Network stays on this machine: every host but 127.0.0.1 fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

const log = (...a) => console.error('[bench]', ...a);
const round = (v, d = 1) => (v == null ? null : Math.round(v * 10 ** d) / 10 ** d);
const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const p95 = (values) => {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.ceil(v.length * 0.95) - 1)];
};

// --- page helpers -------------------------------------------------------------------------------------
/** Starts collecting requestAnimationFrame times (performance.now, not the stale rAF argument). */
const startFrames = (page) =>
  page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__benchFrames = [performance.now()];
    w.__benchOn = true;
    const tick = () => {
      if (!w.__benchOn) return;
      w.__benchFrames.push(performance.now());
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
/** Waits for one more frame, stops collecting and returns the p95 gap between frames. */
const stopFrames = (page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const w = /** @type {any} */ (window);
            w.__benchOn = false;
            const f = w.__benchFrames;
            done(f.slice(1).map((t, i) => t - f[i]));
          }, 0),
        ),
      ),
  );
/** Runs a gesture and returns wall time, p95 frame gap and main-thread busy time (ms). */
async function measureGesture(page, cdp, gesture) {
  await settle(page);
  await startFrames(page);
  const busy0 = await taskDuration(cdp);
  const t0 = performance.now();
  await gesture();
  await settle(page);
  const wall = performance.now() - t0;
  const busy = (await taskDuration(cdp)) - busy0;
  const gaps = await stopFrames(page);
  return { wall, p95: p95(gaps), busy, frames: gaps.length };
}

/** A point on the empty pane inside the canvas (nothing but the pane under the pointer), for panning. */
async function emptyPanePoint(page, canvasSelector) {
  return page.evaluate((selector) => {
    const r = document.querySelector(selector).getBoundingClientRect();
    for (let fy = 0.92; fy >= 0.08; fy -= 0.04) {
      for (let fx = 0.5; fx <= 0.9; fx += 0.05) {
        for (const gx of [fx, 1 - fx]) {
          const x = r.left + r.width * gx;
          const y = r.top + r.height * fy;
          const el = document.elementFromPoint(x, y);
          if (el && el.classList.contains('react-flow__pane')) return { x, y };
        }
      }
    }
    return null;
  }, canvasSelector);
}

/** The centre of the node nearest the middle of the canvas, fully on screen. */
async function nodeToDrag(page, canvasSelector, nodeSelector) {
  return page.evaluate(
    ([cs, ns]) => {
      const c = document.querySelector(cs).getBoundingClientRect();
      const cx = c.left + c.width / 2;
      const cy = c.top + c.height / 2;
      let best = null;
      for (const el of document.querySelectorAll(ns)) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.left < c.left || r.top < c.top || r.right > c.right - 80 || r.bottom > c.bottom - 80)
          continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const d = Math.hypot(x - cx, y - cy);
        if (!best || d < best.d) best = { x, y, d };
      }
      return best;
    },
    [canvasSelector, nodeSelector],
  );
}

async function drag(page, from, dx, dy) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= STEPS; i++) await page.mouse.move(from.x + (dx * i) / STEPS, from.y + (dy * i) / STEPS);
  await page.mouse.up();
}

async function gestures(page, cdp, canvasSelector, nodeSelector) {
  const node = await nodeToDrag(page, canvasSelector, nodeSelector);
  if (!node) throw new Error('no node on screen to drag');
  const nodeAt = (p) =>
    page.evaluate(
      ([x, y, ns]) => {
        const el = document.elementFromPoint(x, y)?.closest(ns);
        if (!el) return null;
        el.setAttribute('data-bench-dragged', '');
        return el.getBoundingClientRect().left;
      },
      [p.x, p.y, nodeSelector],
    );
  const before = await nodeAt(node);
  if (before == null) throw new Error('the node to drag is not under the pointer');
  const dragResult = await measureGesture(page, cdp, () => drag(page, node, 60, 30));
  const after = await page.evaluate(() => document.querySelector('[data-bench-dragged]')?.getBoundingClientRect().left);
  if (after == null || Math.abs(after - before) < 10)
    throw new Error(`the drag did not move the node (${before} -> ${after})`);
  const pane = await emptyPanePoint(page, canvasSelector);
  if (!pane) throw new Error('no empty pane to pan from');
  const viewport = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
  const v0 = await viewport();
  const panResult = await measureGesture(page, cdp, () => drag(page, pane, -180, -60));
  if ((await viewport()) === v0) throw new Error('the pan did not move the viewport');
  return { drag: dragResult, pan: panResult };
}

// --- the app ------------------------------------------------------------------------------------------
/** Times the PDF dialog's Download until the file arrives, on the journey open in `page`. */
async function timePdf(page) {
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-pdf').click();
  await page.getByTestId('pdf-page-count').filter({ hasText: /\d/ }).waitFor();
  const s = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pdf-download').click()]);
  const path = await download.path();
  const ms = performance.now() - s;
  await settle(page);
  return { ms, bytes: statSync(path).size };
}

/**
 * The PDF export of the same journey with plain Spanish titles and with titles mixing Polish, Cyrillic,
 * CJK and emoji (issue 12): each in a fresh context (so each loads the PDF code as a first export does),
 * imported, opened, then exported through the dialog.
 */
async function benchScripts(browser, appUrl, files) {
  const result = {};
  for (const [key, file] of Object.entries(files)) {
    const context = await browser.newContext({ baseURL: appUrl, viewport: VIEWPORT, serviceWorkers: 'block' });
    const page = await context.newPage();
    page.setDefaultTimeout(180_000);
    try {
      const id = await importJourney(page, file, 'es');
      await page.goto(`/journey/${id}`);
      await page.getByTestId('touchpoint').first().waitFor({ state: 'visible' });
      await settle(page);
      const { ms, bytes } = await timePdf(page);
      result[`pdf_${key}`] = ms;
      result[`pdfBytes_${key}`] = bytes;
    } finally {
      await context.close();
    }
  }
  return result;
}

async function benchApp(browser, appUrl, n, file) {
  const context = await browser.newContext({ baseURL: appUrl, viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result = {};
  try {
    // The editor opens a journey of one touchpoint first, as the floor shows `/?n=1`: both open warm.
    await warmEditor(page);
    const id = await importJourney(page, file);

    const t0 = performance.now();
    await page.goto(`/journey/${id}`);
    await page.getByTestId('touchpoint').first().waitFor({ state: 'visible' });
    await settle(page);
    result.open = performance.now() - t0;
    await page.getByTestId('save-status').waitFor();
    if (only === 'pdf') {
      if (PDF_SIZES.has(n)) {
        const { ms, bytes } = await timePdf(page);
        Object.assign(result, { pdf: ms, pdfBytes: bytes });
      }
      return result;
    }

    const g = await gestures(page, cdp, '[data-testid="canvas"]', '[data-testid="touchpoint"]');
    Object.assign(result, flatGestures(g));
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    // Autosave: a keystroke in the journey name until the save-status says the write committed.
    const name = page.getByTestId('journey-name');
    await name.click();
    await name.press('End');
    await settle(page);
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      const status = document.querySelector('[data-testid="save-status"]');
      w.__benchSave = { key: 0, left: 0, saved: 0 };
      document.addEventListener('keydown', () => (w.__benchSave.key ||= performance.now()), { capture: true });
      new MutationObserver(() => {
        const s = w.__benchSave;
        const state = status.getAttribute('data-state');
        if (s.key && state !== 'saved') s.left ||= performance.now();
        if (s.left && state === 'saved') s.saved ||= performance.now();
      }).observe(status, { attributes: true, attributeFilter: ['data-state'] });
    });
    const busy0 = await taskDuration(cdp);
    await page.keyboard.press('x');
    await page.waitForFunction(() => /** @type {any} */ (window).__benchSave.saved > 0, null, { timeout: 60_000 });
    const busy = (await taskDuration(cdp)) - busy0;
    const save = await page.evaluate(() => /** @type {any} */ (window).__benchSave);
    result.autosave = save.saved - save.key;
    result.autosaveBusy = busy;

    if (PDF_SIZES.has(n)) {
      const { ms, bytes } = await timePdf(page);
      Object.assign(result, { pdf: ms, pdfBytes: bytes });
    }
    if (PNG_SIZES.has(n)) {
      if (await page.getByTestId('pdf-download').isVisible()) await page.keyboard.press('Escape');
      await page.getByTestId('export-menu').click();
      const s = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
      await download.path();
      result.png = performance.now() - s;
    }
    for (const m of APP_MEASURES) {
      if (m.sizes.includes(n)) Object.assign(result, await m.measure({ page, cdp, n, browser, appUrl }));
    }
  } finally {
    await context.close();
  }
  return result;
}

function flatGestures(g) {
  return {
    dragWall: g.drag.wall,
    dragP95: g.drag.p95,
    dragBusy: g.drag.busy,
    panWall: g.pan.wall,
    panP95: g.pan.p95,
    panBusy: g.pan.busy,
  };
}

// --- the floor ----------------------------------------------------------------------------------------
async function benchFloor(browser, floorUrl, n) {
  const context = await browser.newContext({ baseURL: floorUrl, viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    // Shown as often as the app's editor is before its timed open (warmEditor): both open with warm code.
    await warmFloor(page);
    const t0 = performance.now();
    await page.goto(`/?n=${n}`);
    await page.locator('.react-flow__node').first().waitFor({ state: 'visible' });
    await settle(page);
    const open = performance.now() - t0;
    const g = await gestures(page, cdp, '.react-flow', '.react-flow__node');
    const result = { open, ...flatGestures(g) };
    for (const m of APP_MEASURES) {
      if (m.floor && m.sizes.includes(n)) Object.assign(result, await m.floor({ page, cdp, n }));
    }
    return result;
  } finally {
    await context.close();
  }
}

// --- main ---------------------------------------------------------------------------------------------
const FIGURES = [
  ['open', 'open (ms)', true],
  ['dragWall', 'drag 60 steps, wall (ms)', true],
  ['dragP95', 'drag p95 frame gap (ms)', true],
  ['dragBusy', 'drag main-thread busy (ms)', true],
  ['panWall', 'pan 60 steps, wall (ms)', true],
  ['panP95', 'pan p95 frame gap (ms)', true],
  ['panBusy', 'pan main-thread busy (ms)', true],
  ['autosave', 'autosave, edit to saved (ms)', false],
  ['autosaveBusy', 'autosave main-thread busy (ms)', false],
  ['pdf', 'PDF export (ms)', false],
  ['pdfBytes', 'PDF size (kB)', false],
  ['pdf_es', 'PDF export, Spanish titles (ms)', false],
  ['pdf_mixed', 'PDF export, mixed scripts (ms)', false],
  ['pdfBytes_es', 'PDF size, Spanish titles (kB)', false],
  ['pdfBytes_mixed', 'PDF size, mixed scripts (kB)', false],
  ['png', 'PNG export (ms)', false],
  ...APP_MEASURES.flatMap((m) => m.figures),
];

function table(results) {
  const rows = [['N', 'figure', 'app', 'floor', 'app/floor']];
  for (const r of results) {
    for (const [key, label, hasFloor] of FIGURES) {
      let app = r.median.app[key];
      if (app == null) continue;
      const bytes = key.startsWith('pdfBytes');
      if (bytes) app /= 1024;
      const floor = hasFloor ? r.median.floor[key] : null;
      rows.push([
        String(r.n),
        label,
        String(round(app, bytes ? 0 : 1)),
        floor == null ? '' : String(round(floor, 1)),
        floor ? `${round(app / floor, 2)}x` : '',
      ]);
    }
    // Each run exports both back to back, so the ratio is taken run by run (the machine's load drifts
    // between runs far more than within one) and its median reported.
    const ratios = r.runs.app.filter((a) => a.pdf_es && a.pdf_mixed).map((a) => a.pdf_mixed / a.pdf_es);
    const ratio = median(ratios);
    if (ratio != null) rows.push([String(r.n), 'PDF mixed scripts / Spanish, per run', '', '', `${round(ratio, 2)}x`]);
  }
  return rows;
}

function markdown(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((v, c) => (c < 2 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join(' | ')} |`;
  return [
    line(rows[0]),
    `|${widths.map((w, c) => (c < 2 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

async function main() {
  const started = Date.now();
  log('building the app');
  await build({ root, logLevel: 'warn' });
  log('building the floor page');
  await build({
    configFile: false,
    root: join(here, 'floor'),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: floorOut, emptyOutDir: true },
  });

  const servers = [];
  let browser;
  const work = mkdtempSync(join(tmpdir(), 'recorrido-bench-'));
  try {
    const appServer = await preview({
      root,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    servers.push(appServer);
    const floorServer = await preview({
      configFile: false,
      root: join(here, 'floor'),
      logLevel: 'warn',
      build: { outDir: floorOut },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    servers.push(floorServer);
    const urlOf = (s) => `http://127.0.0.1:${s.httpServer.address().port}`;
    const appUrl = urlOf(appServer);
    const floorUrl = urlOf(floorServer);
    log(`app on ${appUrl}, floor on ${floorUrl}`);

    const executablePath = CHROMIUM_PATH;
    browser = await chromium.launch({ executablePath, args: BENCH_CHROMIUM_ARGS });

    const js = await initialJs(browser, appUrl, join(root, 'dist'), VIEWPORT);
    log(`initial JS: ${js.bytes} B, ${js.gzip} B gzip, ${js.files.length} files`);

    const results = [];
    for (const n of sizes) {
      const file = join(work, `bench-${n}.json`);
      writeFileSync(file, JSON.stringify(journeyFile(n)));
      const scriptFiles = {};
      for (const script of ['es', 'mixed']) {
        scriptFiles[script] = join(work, `bench-${n}-${script}.json`);
        writeFileSync(scriptFiles[script], JSON.stringify(journeyFile(n, script)));
      }
      const entry = { n, runs: { app: [], floor: [] }, median: { app: {}, floor: {} } };
      for (let run = 1; run <= runs; run++) {
        if (only === 'all') {
          log(`N=${n} run ${run}/${runs}: floor`);
          entry.runs.floor.push(await benchFloor(browser, floorUrl, n));
        }
        log(`N=${n} run ${run}/${runs}: app`);
        const app = await benchApp(browser, appUrl, n, file);
        if (SCRIPT_PDF_SIZES.has(n)) {
          log(`N=${n} run ${run}/${runs}: PDF in Spanish and in mixed scripts`);
          Object.assign(app, await benchScripts(browser, appUrl, scriptFiles));
        }
        entry.runs.app.push(app);
      }
      for (const side of ['app', 'floor']) {
        for (const [key] of FIGURES) {
          const m = median(entry.runs[side].map((r) => r[key]));
          if (m != null) entry.median[side][key] = m;
        }
      }
      results.push(entry);
    }

    let insights = null;
    if (only === 'all' && insightsJourneys > 0) {
      log(`insights over ${insightsJourneys} journeys x 50 touchpoints, ${runs} run(s)`);
      insights = await benchInsights(browser, appUrl, { journeys: insightsJourneys, touchpoints: 50, runs });
    }

    const rows = table(results);
    const initial = `Initial JavaScript before the library shows: ${round(js.bytes / 1024)} kB (${round(js.gzip / 1024)} kB gzip) in ${js.files.length} files`;
    const machine = {
      os: `${platform()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGB: round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      chromiumPath: executablePath,
    };
    console.log(
      `\nRecorrido benchmark: median of ${runs} run(s); ${machine.cpus} CPUs, Node ${machine.node}, Chromium ${machine.chromium}\n`,
    );
    console.log(markdown(rows));
    console.log(`\n${initial}`);
    if (insights) {
      console.log(
        `Insights over ${insights.journeys} journeys x ${insights.touchpoints} touchpoints, click to heatmap: ` +
          `${round(insights.median.ms)} ms (longest main-thread task ${round(insights.median.longestTask)} ms)`,
      );
    }
    writeFileSync(
      join(root, 'bench-results.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          durationSeconds: Math.round((Date.now() - started) / 1000),
          options: {
            sizes,
            runs,
            steps: STEPS,
            viewport: VIEWPORT,
            only,
            pdfSizes: [...PDF_SIZES],
            scriptPdfSizes: [...SCRIPT_PDF_SIZES],
            pngSizes: [...PNG_SIZES],
            measureSizes: Object.fromEntries(APP_MEASURES.flatMap((m) => m.figures.map(([key]) => [key, m.sizes]))),
          },
          machine,
          initialJs: js,
          insights,
          results,
        },
        null,
        2,
      ) + '\n',
    );
    log(`wrote bench-results.json in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    for (const s of servers) await s.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}

runMain(main);
