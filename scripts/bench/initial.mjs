// `npm run bench:initial [-- --out=DIR] [--no-build] [--modules] [--runs=N [--against=DIR2]]`: builds the
// app (into `dist`, or DIR), loads the start page in Chromium and prints the JavaScript loaded before the
// library shows, file by file, as `npm run bench` counts it. --modules adds each file's largest source
// modules (rendered size before minification), to see what a chunk is made of. --runs=N then times N
// first visits (fresh context, empty storage): from navigation to the library's `new-journey` button,
// and the main thread's busy time (CDP TaskDuration) meanwhile, medians printed; with --against, a second
// build (e.g. of the base commit, built with its own --out) is served too and the runs alternate.
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { initialJs } from './initialJs.mjs';
import { taskDuration } from './page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const outDir = resolve(root, arg('out') ?? 'dist');
const against = arg('against') && resolve(root, arg('against'));
const runs = Number(arg('runs') ?? 0);
const skipBuild = process.argv.includes('--no-build');
const showModules = process.argv.includes('--modules');
const kB = (b) => (b / 1024).toFixed(1);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)];

/** Records, for each emitted chunk, its modules and their rendered sizes. */
function moduleSizes(into) {
  return {
    name: 'bench-module-sizes',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = Object.entries(chunk.modules)
          .map(([id, m]) => ({ id: id.replace(root + '/', ''), size: m.renderedLength }))
          .sort((a, b) => b.size - a.size);
        into.set(`/${chunk.fileName}`, modules);
      }
    },
  };
}

/** Serves a built app on a free port of 127.0.0.1; resolves with the server and its URL. */
async function serve(dir) {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  return { server, url: `http://127.0.0.1:${server.httpServer.address().port}` };
}

/** One first visit: ms from navigation to the library showing, and main-thread busy ms meanwhile. */
async function firstVisit(browser, url) {
  const context = await browser.newContext({ baseURL: url, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy0 = await taskDuration(cdp);
    const t0 = performance.now();
    await page.goto('/?lang=en');
    await page.getByTestId('new-journey').waitFor({ state: 'visible' });
    const shown = performance.now() - t0;
    return { shown, busy: (await taskDuration(cdp)) - busy0 };
  } finally {
    await context.close();
  }
}

const modules = new Map();
if (!skipBuild) {
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: showModules ? [moduleSizes(modules)] : [],
  });
}
const servers = [await serve(outDir)];
if (against) servers.push(await serve(against));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const js = await initialJs(browser, servers[0].url, outDir);
  for (const file of [...js.files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${kB(file.gzip).padStart(7)} kB gzip  ${file.path}`);
    for (const m of (modules.get(file.path) ?? []).slice(0, 8)) {
      console.log(`${''.padStart(20)}${kB(m.size).padStart(7)} kB  ${m.id}`);
    }
  }
  console.log(
    `Initial JavaScript before the library shows: ${kB(js.bytes)} kB (${kB(js.gzip)} kB gzip) in ${js.files.length} files`,
  );
  if (runs > 0) {
    const dirs = [outDir, against].filter(Boolean);
    const visits = dirs.map(() => []);
    // Alternating, so a load spike on this shared machine falls on both builds alike.
    for (let run = 0; run < runs; run++) {
      for (let i = 0; i < servers.length; i++) visits[i].push(await firstVisit(browser, servers[i].url));
    }
    dirs.forEach((dir, i) => {
      const shown = visits[i].map((v) => Math.round(v.shown));
      const busy = visits[i].map((v) => Math.round(v.busy));
      console.log(
        `${dir}: library shown ${median(shown)} ms [${shown.join(', ')}], main-thread busy ${median(busy)} ms [${busy.join(', ')}]`,
      );
    });
  }
} finally {
  await browser.close();
  for (const { server } of servers) await server.close();
}
process.exit(0);
