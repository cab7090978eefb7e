// The JavaScript a first visit loads before the library shows: shared by `npm run bench` (run.mjs) and the
// quick `npm run bench:initial` (initial.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Loads `/?lang=en` in a fresh context (service worker blocked, so every file comes from the server) until
 * the library's `new-journey` button is visible, and sums the JavaScript responses: `bytes` as served, and
 * `gzip` the same files read from `distDir` and gzipped with zlib level 9. Resolves with
 * `{ bytes, gzip, files: [{ path, bytes, gzip }] }`, files in the order they were requested.
 */
export async function initialJs(browser, appUrl, distDir, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ baseURL: appUrl, viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = new Map();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!/javascript/.test(response.headers()['content-type'] ?? '') && !url.pathname.endsWith('.js')) return;
    files.set(
      url.pathname,
      response.body().then(
        (b) => b.length,
        () => 0,
      ),
    );
  });
  try {
    await page.goto('/?lang=en');
    await page.getByTestId('new-journey').waitFor({ state: 'visible' });
    const entries = [...files.entries()];
    let bytes = 0;
    let gzip = 0;
    const list = [];
    for (const [path, size] of entries) {
      const b = await size;
      const local = join(distDir, path);
      const gz = existsSync(local) ? gzipSync(readFileSync(local), { level: 9 }).length : 0;
      bytes += b;
      gzip += gz;
      list.push({ path, bytes: b, gzip: gz });
    }
    return { bytes, gzip, files: list };
  } finally {
    await context.close();
  }
}
