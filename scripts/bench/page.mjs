// Page helpers shared by the benchmark's measures (run.mjs and the measures it lists).

/** Resolves after the next frame has been produced and the main thread got back to tasks. */
export const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

/** The renderer's main-thread busy time so far (ms): CDP `Performance.getMetrics` TaskDuration. */
export async function taskDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}
