// Page helpers shared by the benchmark scripts (run.mjs and its measures, present.mjs, png.mjs, profile.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { journeyFile } from './journey.mjs';

/**
 * Serves each already-built directory of `dists` with `vite preview` on 127.0.0.1 (a free port each), for
 * the scripts that compare builds run by run; resolves with their URLs, in order, and a close() for all.
 */
export async function serveBuilds(root, dists) {
  const servers = [];
  const close = async () => {
    for (const s of servers) await s.close().catch(() => {});
  };
  try {
    for (const outDir of dists) {
      servers.push(
        await preview({
          root,
          logLevel: 'warn',
          build: { outDir },
          preview: { host: '127.0.0.1', port: 0, strictPort: false },
        }),
      );
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { urls: servers.map((s) => `http://127.0.0.1:${s.httpServer.address().port}`), close };
}

/** Resolves after the next frame has been produced and the main thread got back to tasks. */
export const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

/**
 * Clicks the element matching `target` and resolves with the time (ms) from the click to the frame after an
 * element matching `shown` entered the document, timed in the page: from the click event's time stamp (for
 * input sent by Playwright, when the browser created the event, so a click waiting for a busy main thread is
 * counted) to a `setTimeout` after the next animation frame (the frame the main thread produced, as `settle`).
 * The target's box is read and hit-tested in the page and the click sent by coordinates: Playwright's own
 * checks before a click and its polling for an element query the whole document (~30 ms each with 2,000
 * cards on the page), and would otherwise run beside the app on its main thread.
 * Rejects when `target` is not on screen or is covered, when `shown` is already in the document, or when
 * nothing matching `shown` appears within 30 s.
 */
export async function timeClickUntilShown(page, target, shown) {
  const centre = await page.evaluate(
    ([target, shown]) => {
      const element = document.querySelector(target);
      const box = element?.getBoundingClientRect();
      if (!element || !box || box.width === 0 || box.height === 0) throw new Error(`${target} is not on screen`);
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (!document.elementFromPoint(x, y)?.closest(target)) throw new Error(`${target} is covered at its centre`);
      if (document.querySelector(shown)) throw new Error(`${shown} is in the document before the click`);
      window.__benchShown = new Promise((resolve, reject) => {
        let clickedAt = null;
        const onClick = (event) => {
          if (event.target instanceof Element && event.target.closest(target)) clickedAt ??= event.timeStamp;
        };
        const observer = new MutationObserver((records) => {
          const added = records.some((r) => r.addedNodes.length > 0);
          if (clickedAt === null || !added || !document.querySelector(shown)) return;
          stop();
          requestAnimationFrame(() =>
            setTimeout(() => (clearTimeout(timeout), resolve(performance.now() - clickedAt))),
          );
        });
        const stop = () => {
          observer.disconnect();
          window.removeEventListener('click', onClick, { capture: true });
        };
        const timeout = setTimeout(() => (stop(), reject(new Error(`${shown} did not appear`))), 30_000);
        window.addEventListener('click', onClick, { capture: true });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      return { x, y };
    },
    [target, shown],
  );
  await page.mouse.click(centre.x, centre.y);
  return page.evaluate(() => window.__benchShown);
}

/**
 * Opens `path` in `page` and resolves with the time (ms) from the navigation's start (the new document's
 * `performance.timeOrigin`) to the frame after the first element matching `selector` had a box on screen,
 * timed in the page: a script added before the navigation checks once an animation frame (as Playwright's
 * own polling does) and, once it sees the element, waits for the next frame and a task, as `settle`. Unlike a
 * locator's wait, nothing of Playwright's runs in the page meanwhile: its injected script (~26 ms to evaluate
 * in a new document) would land inside one page's open and after the other's first frame, depending on when
 * each page's load event fires. Rejects when nothing matches within 30 s.
 */
export async function timeOpen(page, path, selector) {
  const script = await page.addInitScript((selector) => {
    window.__benchOpened = new Promise((resolve, reject) => {
      const started = performance.now();
      const check = () => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        if (box && box.width > 0 && box.height > 0) {
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        } else if (performance.now() - started > 30_000) reject(new Error(`${selector} did not appear`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, selector);
  try {
    await page.goto(path);
  } finally {
    // Only this navigation's document watches: later ones (the measures that follow) run without it.
    await script.dispose();
  }
  return page.evaluate(() => window.__benchOpened);
}

/** The renderer's main-thread busy time so far (ms): CDP `Performance.getMetrics` TaskDuration. */
export async function taskDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/**
 * Imports a journey file through the library's import, as a user would, on a fresh page at `/?lang=…`;
 * resolves with the stored journey's id (the card whose name is the file's journey's name).
 */
export async function importJourney(page, file, lang = 'en') {
  const { name } = JSON.parse(readFileSync(file, 'utf8')).journey;
  await page.goto(`/?lang=${lang}`);
  await page.getByTestId('import-journey-input').setInputFiles(file);
  await page.getByTestId('import-done').waitFor();
  return page
    .getByTestId('journey-card')
    .filter({ has: page.getByTestId('open-journey').getByText(name, { exact: true }) })
    .getAttribute('data-journey-id');
}

/** How many times each page is shown before a timed open (see warmEditor and the floor's `/?n=1` visits). */
const WARM_VISITS = 2;

let warmUpFile = null;

/** A journey file of one touchpoint, named apart from every benchmark journey; removed when Node exits. */
function warmUpJourneyFile() {
  if (warmUpFile) return warmUpFile;
  const dir = mkdtempSync(join(tmpdir(), 'recorrido-bench-warm-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = journeyFile(1);
  file.journey = { ...file.journey, id: 'bench-warm-up', name: 'Bench warm-up' };
  warmUpFile = join(dir, 'warm-up.json');
  writeFileSync(warmUpFile, JSON.stringify(file));
  return warmUpFile;
}

/**
 * Imports a journey of one touchpoint and opens it WARM_VISITS times in `page`, so that an open timed next
 * finds the editor's code as a returning user's browser has it (fetched, compiled, and consumed from V8's
 * code cache, which Chromium makes on a script's second load; the app's service worker, blocked in the
 * bench, precaches it), as the floor's bundle is after its WARM_VISITS visits of `/?n=1`. Without it the
 * app's open paid the first fetch and compile of its journey pages (~370 kB) that the floor's did not
 * (N = 100, 5 runs each, same build: 421 ms without, 338 ms with one visit; the floor 182-191 ms).
 */
export async function warmEditor(page, lang = 'en') {
  const id = await importJourney(page, warmUpJourneyFile(), lang);
  for (let visit = 0; visit < WARM_VISITS; visit++) {
    await page.goto(`/journey/${id}`);
    await page.getByTestId('touchpoint').first().waitFor({ state: 'visible' });
    await settle(page);
  }
}

/** Shows the floor page's one node WARM_VISITS times in `page`, as warmEditor shows the app's editor. */
export async function warmFloor(page) {
  for (let visit = 0; visit < WARM_VISITS; visit++) {
    await page.goto('/?n=1');
    await page.locator('.react-flow__node').first().waitFor();
  }
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/**
 * Measures each build of `dists` `runs` times, alternating (A, B, A, B...) so a load spike on the shared
 * machine hits them alike: `once(d, run)` measures build d (run from 1); each result is printed with
 * `format`. Resolves with the results per build, in the order of `dists`.
 */
export async function alternate(dists, runs, once, format) {
  const results = dists.map(() => []);
  for (let run = 1; run <= runs; run++) {
    for (let d = 0; d < dists.length; d++) {
      const r = await once(d, run);
      results[d].push(r);
      console.error(`${dists[d]} run ${run}: ${format(r)}`);
    }
  }
  return results;
}

/**
 * The frame of the scripts that compare builds (png.mjs, present.mjs): writes the benchmark journey of `n`
 * touchpoints to a temporary file, serves each build of `dists` (serveBuilds), launches Debian's Chromium and
 * measures the builds `runs` times, alternating (alternate): `once({ browser, url, file, d, run })` measures
 * build d. Resolves with the results per build, in the order of `dists`; stops the browser and the servers
 * and removes the file whatever happens.
 */
export async function compareBuilds({ root, dists, runs, n, once, format }) {
  const work = mkdtempSync(join(tmpdir(), 'recorrido-bench-'));
  let served;
  let browser;
  try {
    const file = join(work, `bench-${n}.json`);
    writeFileSync(file, JSON.stringify(journeyFile(n)));
    served = await serveBuilds(root, dists);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    return await alternate(dists, runs, (d, run) => once({ browser, url: served.urls[d], file, d, run }), format);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await served?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a script's `main` and exits with 0 when it resolves, or prints the error and exits with 1. */
export function runMain(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
