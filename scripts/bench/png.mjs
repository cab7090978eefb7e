// PNG export alone (issue 18): `node scripts/bench/png.mjs --dist=dist,/tmp/base-dist --runs=3 [--n=100]
// [--trace=DIR] [--profile=DIR] [--view=canvas|blueprint|layers]`. Serves each already-built dist directory
// with `vite preview` on 127.0.0.1, imports the benchmark journey of N touchpoints, opens it, opens the export
// menu and times the click on `export-png` until the download has been written (as run.mjs does). Runs
// alternate between the directories (A, B, A, B...) so a load spike on the shared machine hits both alike;
// prints each run (wall time, the main thread's busy time, the image's size) and the medians. With --trace,
// writes a Chromium trace of each export to DIR (the encoder worker shows as its own thread); with --profile,
// a CDP CPU profile of the page's main thread. Builds nothing: `npx vite build --outDir X` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareBuilds, importJourney, median, runMain, settle, taskDuration } from './page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dists = (arg('dist') ?? 'dist').split(',').map((d) => resolve(root, d));
const runs = Number(arg('runs') ?? 3);
const n = Number(arg('n') ?? 100);
const view = arg('view') ?? 'canvas';
const traceDir = arg('trace');
const profileDir = arg('profile');
const VIEWPORT = { width: 1280, height: 800 };

const format = (r) => `${r.ms.toFixed(1)} ms; main thread busy ${r.busy.toFixed(1)} ms; ${r.size} px, ${r.bytes} bytes`;

/** One run: a fresh context, the journey imported and opened, then one PNG export timed. */
async function exportOnce(browser, url, file, traceTo, profileTo) {
  const context = await browser.newContext({ baseURL: url, viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    const id = await importJourney(page, file);
    await page.goto(`/journey/${id}${view === 'canvas' ? '' : `?view=${view}`}`);
    await page.getByTestId('touchpoint').first().waitFor({ state: 'visible' });
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    // Let the editor's after-open work (snapshots, prefetches) finish before the export.
    await page.waitForTimeout(1500);
    await settle(page);
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-png').waitFor({ state: 'visible' });
    await settle(page);
    if (traceTo) await browser.startTracing(page, { path: traceTo, screenshots: false });
    if (profileTo) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const busy0 = await taskDuration(cdp);
    const s = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const path = await download.path();
    const ms = performance.now() - s;
    const busy = (await taskDuration(cdp)) - busy0;
    if (traceTo) await browser.stopTracing();
    if (profileTo) writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const png = readFileSync(path);
    // The PNG's IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
    return { ms, busy, bytes: png.length, size: `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}` };
  } finally {
    await context.close();
  }
}

async function main() {
  for (const dir of [traceDir, profileDir]) if (dir) mkdirSync(dir, { recursive: true });
  const results = await compareBuilds({
    root,
    dists,
    runs,
    n,
    once: ({ browser, url, file, d, run }) => {
      const traceTo = traceDir ? join(traceDir, `png-${d}-${run}.trace.json`) : undefined;
      const profileTo = profileDir ? join(profileDir, `png-${d}-${run}.cpuprofile`) : undefined;
      return exportOnce(browser, url, file, traceTo, profileTo);
    },
    format,
  });
  for (let d = 0; d < dists.length; d++) {
    const m = { ms: median(results[d].map((r) => r.ms)), busy: median(results[d].map((r) => r.busy)) };
    console.log(
      `${dists[d]}: PNG export (${view}) at N = ${n}, median of ${runs}: ${m.ms.toFixed(1)} ms; ` +
        `main thread busy ${m.busy.toFixed(1)} ms`,
    );
  }
}

runMain(main);
