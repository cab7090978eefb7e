// A CPU profile of typing in the editor, for finding what a keystroke or a save costs (issue 18):
// `node scripts/bench/profile.mjs --dist=DIR --n=2000 --what=keys|save [--runs=3] [--top=40] [--tree=0.3]
// [--profile=0] [--linger=ms]`. Serves an already built app (e.g. `npx vite build --minify false --outDir DIR`, so names
// stay readable), imports the benchmark journey, selects a touchpoint and records a CDP CPU profile over 20
// letters typed into the inspector's title (`keys`) or one letter typed into the journey name until it is
// saved (`save`). Prints per key (or save): the CDP Performance durations, TaskDuration, the renderer main
// thread's CPU time from a trace (steadier than wall time on a loaded machine), that thread's trace events
// by self time and by count (Layerize, Paint, Layout: the browser's own share), the functions with the most
// self and total time, and with --tree the call tree's branches of at least that many ms (React's commit
// recursion folded). --profile=0 leaves the sampling profiler off, to measure without its cost.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { journeyFile } from './journey.mjs';
import { importJourney, settle, taskDuration } from './page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = resolve(arg('dist', join(root, 'dist')));
const n = Number(arg('n', 100));
const what = arg('what', 'keys');
const runs = Number(arg('runs', 1));
const top = Number(arg('top', 40));
const KEYS = 20;
const linger = Number(arg('linger', 0));
// --profile=0 measures TaskDuration alone, without the profiler's own cost.
const profiling = arg('profile', '1') !== '0';

const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port: 0 },
});
const url = `http://127.0.0.1:${server.httpServer.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const file = join(mkdtempSync(join(tmpdir(), 'recorrido-profile-')), `journey-${n}.json`);
writeFileSync(file, JSON.stringify(journeyFile(n)));

const self = new Map();
const total = new Map();
/** The call tree merged by names: name -> { ms, children }. */
const tree = { ms: 0, children: new Map() };
const treeMin = Number(arg('tree', 0));
const busies = [];
/** Trace events' self time on the renderer main thread, by event name (ms, summed over runs). */
const traceSelf = new Map();
const traceCount = new Map();
const cpus = [];
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({
      baseURL: url,
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const id = await importJourney(page, file);
    await page.goto(`/journey/${id}`);
    await page.getByTestId('touchpoint').first().waitFor({ state: 'visible' });
    await page.getByTestId('touchpoint').nth(3).click();
    const field = what === 'save' ? page.getByTestId('journey-name') : page.getByTestId('field-title');
    await field.click();
    await field.press('End');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await settle(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', {
      categories: 'disabled-by-default-devtools.timeline,devtools.timeline,toplevel',
      transferMode: 'ReportEvents',
    });
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const busy0 = await taskDuration(cdp);
    const metrics0 = await metrics(cdp);
    const keys = what === 'save' ? 1 : KEYS;
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
      await settle(page);
    }
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    // --linger=ms keeps counting after the save, e.g. to take in the insights projection written once edits pause.
    await page.waitForTimeout(linger);
    await settle(page);
    const busy = ((await taskDuration(cdp)) - busy0) / keys;
    const metrics1 = await metrics(cdp);
    console.log(
      ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration']
        .map((m) => `${m} ${(((metrics1[m] - metrics0[m]) * 1000) / keys).toFixed(1)}`)
        .join(', '),
    );
    const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await traced;
    cpus.push(mainThreadCpu(events) / keys);
    tallyTrace(events);
    busies.push(busy);
    if (profiling) tally((await cdp.send('Profiler.stop')).profile);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}

/**
 * The renderer main thread's CPU time in the trace (ms): the thread duration (`tdur`) of its top-level
 * tasks, which, unlike wall time, other processes on a loaded machine do not stretch.
 */
function mainThreadCpu(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return NaN;
  return (
    events
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
  );
}

/**
 * Adds the renderer main thread's complete events (`X`) of a trace to `traceSelf`, each by its self time:
 * its duration less its direct children's (events nest by start and end on one thread).
 */
function tallyTrace(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return;
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const open = [];
  for (const e of spans) {
    while (open.length && open.at(-1).end <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent) parent.self -= e.dur;
    const span = { name: e.name, end: e.ts + e.dur, self: e.dur };
    open.push(span);
    e.span = span;
  }
  for (const e of spans) traceSelf.set(e.name, (traceSelf.get(e.name) ?? 0) + Math.max(0, e.span.self) / 1000);
  for (const e of spans) traceCount.set(e.name, (traceCount.get(e.name) ?? 0) + 1);
}

/** Every CDP Performance metric by name. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Adds a profile's self and total (inclusive, once per sample) time per function. */
function tally(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node) => {
    const f = node.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i]) / 1000;
    const node = byId.get(id);
    const name = nameOf(node);
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    self.set(name, (self.get(name) ?? 0) + ms);
    const path = [];
    for (let at = id; at !== undefined; at = parent.get(at)) {
      // React's commit phase recurses once per fiber: keep the components and hooks, drop its own frames.
      if (!/^recursivelyTraverse|^commit\w*OnFiber/.test(byId.get(at).callFrame.functionName))
        path.unshift(nameOf(byId.get(at)));
    }
    let branch = tree;
    for (const step of path) {
      if (!branch.children.has(step)) branch.children.set(step, { ms: 0, children: new Map() });
      branch = branch.children.get(step);
      branch.ms += ms;
    }
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = nameOf(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
}

const per = what === 'save' ? runs : runs * KEYS;
const show = (title, map) => {
  console.log(`\n${title} (ms per ${what === 'save' ? 'save' : 'key'})`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(ms / per).toFixed(2).padStart(8)}  ${name}`);
  }
};
console.log(
  `N=${n} ${what}: TaskDuration per ${what === 'save' ? 'save' : 'key'}: ${busies.map((b) => b.toFixed(1)).join(', ')}`,
);
console.log(
  `N=${n} ${what}: main-thread CPU per ${what === 'save' ? 'save' : 'key'}: ${cpus.map((b) => b.toFixed(1)).join(', ')}`,
);
show('trace events, self time', traceSelf);
show('trace events, count', traceCount);
show('self', self);
show('total', total);

/** Prints the merged call tree, branches of at least `treeMin` ms per key. */
function printTree(branch, depth) {
  for (const [name, child] of [...branch.children].sort((a, b) => b[1].ms - a[1].ms)) {
    if (child.ms / per < treeMin) continue;
    console.log(`${(child.ms / per).toFixed(2).padStart(8)} ${'  '.repeat(depth)}${name}`);
    printTree(child, depth + 1);
  }
}
if (treeMin > 0) {
  console.log('\ntree');
  printTree(tree, 0);
}
