import type { Journey } from '../domain/journey';
import { restoreJourney } from '../domain/restore';
import { loadDocModule } from '../doc/lazy';
import type { JourneyRepository } from './journeyRepository';

/** What reading many journeys at once gives: those read, and the ids that could not be (damaged, gone). */
export interface ReadJourneys {
  journeys: Journey[];
  unreadable: string[];
}

/** How long decoding may hold the main thread before it lets input and painting through, in ms. */
export const MAIN_THREAD_SLICE_MS = 12;

/** Lets the browser handle input and paint before the next slice of work. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads every journey in the library (the trash left out), or those of `ids`, as plain data for reading
 * only (the insights page): one read-only transaction fetches every library row and update row, then each
 * journey's Yjs updates are decoded and restored, on the main thread in slices of `sliceMs` so input is never
 * held up for long (readJourneysInWorker does it all off the main thread).
 * Nothing is written: a journey stored by an earlier build is migrated in memory (opening it in the editor
 * stores the migration), and one kept in the legacy whole-document row is read through `load`.
 */
export async function readJourneys(
  repository: JourneyRepository,
  ids?: readonly string[],
  /** Infinity in a worker, where nothing waits for the thread. */
  sliceMs = MAIN_THREAD_SLICE_MS,
): Promise<ReadJourneys> {
  const started = performance.now();
  const { decodeJourney, docJourneyFile } = await loadDocModule();
  const { db } = repository;
  const { metas, updates } = await db.transaction('r', db.journeys, db.updates, async () => {
    const rows = ids
      ? (await db.journeys.bulkGet([...ids])).filter((r) => r !== undefined)
      : await db.journeys.toArray();
    const metas = rows.filter((r) => r.deletedAt === null);
    const wanted = new Set(metas.map((m) => m.id));
    const updates = new Map<string, Uint8Array[]>();
    // One pass over the updates table beats a query per journey when the whole library is read.
    await db.updates.each((row) => {
      if (!wanted.has(row.journeyId)) return;
      const list = updates.get(row.journeyId);
      if (list) list.push(row.update);
      else updates.set(row.journeyId, [row.update]);
    });
    return { metas, updates };
  });
  // User Timing entries, read by the insights benchmark (scripts/bench/insights.mjs) to split the time.
  performance.measure('recorrido:read-journeys:fetch', { start: started });
  const decodeStarted = performance.now();
  let decoding = 0;
  let restoring = 0;

  const journeys: Journey[] = [];
  const unreadable: string[] = [];
  let sliceStart = performance.now();
  for (const meta of metas) {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
    const rows = updates.get(meta.id);
    if (!rows) {
      const loaded = await repository.load(meta.id).catch(() => undefined);
      if (loaded?.ok) journeys.push(loaded.journey);
      else unreadable.push(meta.id);
      continue;
    }
    const t0 = performance.now();
    try {
      const { doc, journey } = decodeJourney(rows);
      const t1 = performance.now();
      decoding += t1 - t0;
      const restored = restoreJourney(docJourneyFile(doc, journey));
      restoring += performance.now() - t1;
      doc.destroy();
      if (restored.ok) journeys.push(restored.journey);
      else unreadable.push(meta.id);
    } catch {
      unreadable.push(meta.id);
    }
  }
  performance.measure('recorrido:read-journeys:decode', { start: decodeStarted, detail: { decoding, restoring } });
  return { journeys, unreadable };
}
