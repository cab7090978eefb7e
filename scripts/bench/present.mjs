// Presentation open alone (issue 18): `node scripts/bench/present.mjs --dist=dist,/tmp/base-dist --runs=3
// [--n=2000] [--profile=DIR]`. Serves each already-built dist directory with `vite preview` on 127.0.0.1,
// imports the benchmark journey of N touchpoints, opens it in the editor and times the click on `present`
// until `present-step` shows and the next frame is painted: in the page, from the click's event time (as
// run.mjs's presentMeasure does; "click to painted"), and as Playwright's wall time around it, which adds
// its own queries of the page and round trips. Runs
// alternate between the directories (A, B, A, B...) so a load spike on the shared machine hits both
// alike; prints each run and the medians. With --profile, writes a CDP CPU profile of each open
// (open it in Chrome DevTools' Performance panel) to DIR; with --trace=DIR, a Chromium trace of each. With
// --exit, times leaving instead: the click on `present-exit` until the editor's cards show and the next frame
// is painted. With --step, times the first step after entering instead: ArrowRight until `present-step` names
// the next step and the next frame is painted. With --typed, a card is selected and its title typed into
// (the field keeps the focus) before the timing, as after editing. Builds nothing: `npx vite build --outDir X`
// first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareBuilds, importJourney, median, runMain, settle, timeClickUntilShown } from './page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dists = (arg('dist') ?? 'dist').split(',').map((d) => resolve(root, d));
const runs = Number(arg('runs') ?? 3);
const n = Number(arg('n') ?? 2000);
const profileDir = arg('profile');
const traceDir = arg('trace');
const timeExit = process.argv.includes('--exit');
const timeStep = process.argv.includes('--step');
const afterTyping = process.argv.includes('--typed');
// With --trace, --invalidations adds the categories that name what invalidated style and layout (the
// element and the reason: a class, an attribute, a pseudo-class such as :focus-within).
const INVALIDATION_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'disabled-by-default-devtools.timeline.stack',
  'blink.debug',
  'disabled-by-default-blink.invalidation',
];
const traceCategories = process.argv.includes('--invalidations') ? INVALIDATION_CATEGORIES : undefined;
const VIEWPORT = { width: 1280, height: 800 };

/** The renderer's main-thread counters so far (ms): busy (TaskDuration), CPU (ThreadTime), style, layout, script. */
async function counters(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name).value * 1000;
  return {
    busy: get('TaskDuration'),
    cpu: get('ThreadTime'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
    script: get('ScriptDuration'),
  };
}
const COUNTERS = ['busy', 'cpu', 'style', 'layout', 'script'];

/**
 * The time from the click to the painted step, timed in the page (opening only), then the wall time seen from
 * Node, then the main thread's busy and CPU time and what style, layout and script took of it.
 */
const format = (r) =>
  `${r.inPage === null ? '' : `click to painted ${r.inPage.toFixed(1)} ms; `}${r.ms.toFixed(1)} ms; main thread busy ${r.busy.toFixed(1)}, CPU ${r.cpu.toFixed(1)} ` +
  `(style ${r.style.toFixed(1)}, layout ${r.layout.toFixed(1)}, script ${r.script.toFixed(1)})`;

/** One run: a fresh context, the journey imported and opened, then presentation mode timed. */
async function openPresentation(browser, url, file, profileTo, traceTo) {
  const context = await browser.newContext({ baseURL: url, viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    const id = await importJourney(page, file);
    await page.goto(`/journey/${id}`);
    await page.getByTestId('touchpoint').first().waitFor({ state: 'visible' });
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    // Let the editor's after-open work (snapshots, prefetches) finish before the click.
    await page.waitForTimeout(1500);
    await settle(page);
    if (afterTyping) {
      // As after editing: a card selected, a few letters typed into its title, the title field focused.
      await page.getByTestId('touchpoint').first().click();
      const title = page.getByTestId('field-title');
      await title.click();
      await title.press('End');
      for (let i = 0; i < 5; i++) await title.press('x');
      await page.waitForTimeout(2500);
      await settle(page);
    }
    if (timeExit || timeStep) {
      await page.getByTestId('present').click();
      await page.getByTestId('present-step').first().waitFor({ state: 'visible' });
      await page.waitForTimeout(1500);
      await settle(page);
    }
    if (traceTo) await browser.startTracing(page, { path: traceTo, screenshots: false, categories: traceCategories });
    if (profileTo) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const before = await counters(cdp);
    let inPage = null;
    const s = performance.now();
    const shown = timeStep ? await page.getByTestId('present-step').first().textContent() : null;
    if (timeStep) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (was) => document.querySelector('[data-testid="present-step"]')?.textContent !== was,
        shown,
      );
    } else if (timeExit) {
      await page.getByTestId('present-exit').click();
      await page.getByTestId('touchpoint').first().waitFor({ state: 'visible' });
    } else {
      inPage = await timeClickUntilShown(page, '[data-testid="present"]', '[data-testid="present-step"]');
    }
    await settle(page);
    const ms = performance.now() - s;
    const after = await counters(cdp);
    if (profileTo) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(profile));
    }
    if (traceTo) await browser.stopTracing();
    return { ms, inPage, ...Object.fromEntries(COUNTERS.map((k) => [k, after[k] - before[k]])) };
  } finally {
    await context.close();
  }
}

async function main() {
  for (const dir of [profileDir, traceDir]) if (dir) mkdirSync(dir, { recursive: true });
  const results = await compareBuilds({
    root,
    dists,
    runs,
    n,
    once: ({ browser, url, file, d, run }) => {
      const profileTo = profileDir ? join(profileDir, `present-${d}-${run}.cpuprofile`) : undefined;
      const traceTo = traceDir ? join(traceDir, `present-${d}-${run}.trace.json`) : undefined;
      return openPresentation(browser, url, file, profileTo, traceTo);
    },
    format,
  });
  for (let d = 0; d < dists.length; d++) {
    const m = Object.fromEntries(['ms', ...COUNTERS].map((k) => [k, median(results[d].map((r) => r[k]))]));
    m.inPage = results[d][0].inPage === null ? null : median(results[d].map((r) => r.inPage));
    console.log(
      `${dists[d]}: ${timeStep ? 'first step of the' : timeExit ? 'leave' : 'open'} presentation at N = ${n}, median of ${runs}: ${format(m)}`,
    );
  }
}

runMain(main);
