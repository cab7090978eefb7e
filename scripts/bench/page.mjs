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
