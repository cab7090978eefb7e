// Insights benchmark: `npm run bench:insights [-- --journeys=200 --touchpoints=50 --runs=5]`.
// Seeds a fresh browser with 200 journeys of 50 touchpoints (one library backup file), then times, from the
// click on open-insights until the heatmap shows, the median of the runs; also the longest main-thread task
// meanwhile (what would hold input up). Builds the app only when dist/ is missing; serves it on 127.0.0.1
// and drives Debian's Chromium. run.mjs can call benchInsights(browser, appUrl) with its own browser.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { journeyGraph } from './journey.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const VIEWPORT = { width: 1280, height: 800 };
const PERSONAS = ['Ana', 'Luis', 'Marta', 'Jorge'];

const log = (...a) => console.error('[bench:insights]', ...a);
const round = (v, d = 1) => (v == null ? null : Math.round(v * 10 ** d) / 10 ** d);
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length === 0 ? null : v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/**
 * A library backup (format recorrido.backup 1) of `journeys` journeys of `touchpoints` touchpoints each, in
 * format 3: the benchmark journey's graph (journey.mjs), every other one to-be, personas taking turns.
 */
export function insightsBackup(journeys = 200, touchpoints = 50) {
  const now = new Date().toISOString();
  return {
    format: 'recorrido.backup',
    version: 1,
    createdAt: now,
    journeys: Array.from({ length: journeys }, (_, j) => ({
      trashedAt: null,
      file: {
        format: 'recorrido.journey',
        version: 3,
        journey: {
          id: `insights-${j + 1}`,
          name: `Journey ${j + 1}`,
          state: j % 2 === 0 ? 'as-is' : 'to-be',
          asIsId: j % 2 === 0 ? null : `insights-${j}`,
          personas: [{ id: `p-${j + 1}`, name: PERSONAS[j % PERSONAS.length], description: '' }],
          ...journeyGraph(touchpoints),
          createdAt: now,
          updatedAt: now,
        },
      },
    })),
  };
}

/** Starts recording the page's long tasks (over 50 ms) in a global, before anything is clicked. */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });

/**
 * Times the insights page over a seeded library, in a fresh context: per run, from the library, the click on
 * open-insights until the first heatmap cell is visible (ms), and the longest task meanwhile (ms).
 * Returns the runs and their medians.
 */
export async function benchInsights(browser, appUrl, { journeys = 200, touchpoints = 50, runs = 5 } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'recorrido-insights-'));
  const context = await browser.newContext({ baseURL: appUrl, viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  try {
    const file = join(work, 'library.json');
    writeFileSync(file, JSON.stringify(insightsBackup(journeys, touchpoints)));
    await page.goto('/?lang=en');
    await page.getByTestId('restore-backup-input').setInputFiles(file);
    await page.getByTestId('backup-done').waitFor();
    const cards = await page.getByTestId('journey-card').count();
    if (cards !== journeys) throw new Error(`seeded ${cards} journeys, expected ${journeys}`);
    const results = [];
    for (let run = 1; run <= runs; run++) {
      await page.goto('/?lang=en');
      await page.getByTestId('journey-card').first().waitFor();
      await watchLongTasks(page);
      const t0 = performance.now();
      await page.getByTestId('open-insights').click();
      await page.getByTestId('heatmap-cell').first().waitFor({ state: 'visible' });
      const ms = performance.now() - t0;
      const longest = await page.evaluate(() => Math.max(0, .../** @type {any} */ (window).__longTasks));
      const cells = await page.getByTestId('heatmap-cell').count();
      // The app's own User Timing entries: reading IndexedDB, decoding and restoring, computing.
      const phases = await page.evaluate(() => {
        const last = (name) => performance.getEntriesByName(name).at(-1);
        const decode = last('recorrido:read-journeys:decode');
        return {
          fetch: last('recorrido:read-journeys:fetch')?.duration ?? null,
          decode: decode?.duration ?? null,
          yjs: decode?.detail?.decoding ?? null,
          restore: decode?.detail?.restoring ?? null,
          compute: last('recorrido:insights:compute')?.duration ?? null,
        };
      });
      log(
        `run ${run}/${runs}: ${round(ms)} ms (read ${round(phases.fetch)}, decode ${round(phases.decode)} ` +
          `[Yjs ${round(phases.yjs)}, restore ${round(phases.restore)}], compute ${round(phases.compute)}), ` +
          `longest task ${round(longest)} ms, ${cells} cells`,
      );
      results.push({ ms, longestTask: longest, ...phases });
    }
    return {
      journeys,
      touchpoints,
      runs: results,
      median: Object.fromEntries(
        ['ms', 'longestTask', 'fetch', 'decode', 'yjs', 'restore', 'compute'].map((key) => [
          key,
          median(results.map((r) => r[key]).filter((v) => typeof v === 'number')),
        ]),
      ),
    };
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const journeys = Number(arg('journeys') ?? 200);
  const touchpoints = Number(arg('touchpoints') ?? 50);
  const runs = Number(arg('runs') ?? 5);
  if (![journeys, touchpoints, runs].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('usage: npm run bench:insights -- [--journeys=200] [--touchpoints=50] [--runs=5]');
  }
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    log('building the app (no dist/)');
    await build({ root, logLevel: 'warn' });
  }
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  try {
    const appUrl = `http://127.0.0.1:${server.httpServer.address().port}`;
    const result = await benchInsights(browser, appUrl, { journeys, touchpoints, runs });
    console.log(
      `\nInsights over ${journeys} journeys x ${touchpoints} touchpoints, median of ${runs} run(s), Chromium ${browser.version()}:` +
        `\n  click on open-insights -> heatmap shown: ${round(result.median.ms)} ms` +
        `\n  of which: reading IndexedDB ${round(result.median.fetch)} ms, decoding ${round(result.median.decode)} ms ` +
        `(Yjs ${round(result.median.yjs)} ms, restore ${round(result.median.restore)} ms), computing ${round(result.median.compute)} ms` +
        `\n  longest main-thread task meanwhile: ${round(result.median.longestTask)} ms`,
    );
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(done));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
