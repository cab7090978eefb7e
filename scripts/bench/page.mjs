// Page helpers shared by the benchmark scripts (run.mjs and its measures, present.mjs, png.mjs, profile.mjs).
import { preview } from 'vite';

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
 * Clicks the element matching `target` and resolves with the time (ms) from the click, as the page received
 * it (the event's timeStamp), until an element matching `shown` is in the document and the next frame is
 * painted, timed in the page. The click is sent by coordinates: Playwright's own checks before a click and
 * its polling for an element query the whole document (~30 ms each with 2,000 cards on the page), and would
 * otherwise be timed with the app and compete with it for the main thread.
 * @throws {Error} when `target` is not on screen, or nothing matching `shown` appears within 30 s.
 */
export async function timeClickUntilShown(page, target, shown) {
  const box = await page.locator(target).first().boundingBox();
  if (!box) throw new Error(`${target} is not on screen`);
  await page.evaluate(
    ([target, shown]) => {
      window.__benchShown = new Promise((resolve, reject) => {
        let clickedAt = null;
        const onClick = (event) => {
          if (event.target instanceof Element && event.target.closest(target)) clickedAt ??= event.timeStamp;
        };
        document.addEventListener('click', onClick, { capture: true });
        const observer = new MutationObserver(() => {
          if (clickedAt === null || !document.querySelector(shown)) return;
          observer.disconnect();
          clearTimeout(timeout);
          document.removeEventListener('click', onClick, { capture: true });
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        const timeout = setTimeout(() => reject(new Error(`${shown} did not appear`)), 30_000);
      });
    },
    [target, shown],
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => window.__benchShown);
}

/** The renderer's main-thread busy time so far (ms): CDP `Performance.getMetrics` TaskDuration. */
export async function taskDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/**
 * Imports a journey file through the library's import, as a user would, on a fresh page at `/?lang=…`;
 * resolves with the stored journey's id (the only card of a fresh context).
 */
export async function importJourney(page, file, lang = 'en') {
  await page.goto(`/?lang=${lang}`);
  await page.getByTestId('import-journey-input').setInputFiles(file);
  await page.getByTestId('import-done').waitFor();
  return page.getByTestId('journey-card').first().getAttribute('data-journey-id');
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
