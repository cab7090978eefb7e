import type { Journey } from '../domain/journey';
import { projectForInsights, type InsightsJourney } from '../domain/insights/projection';
import { restoreJourney } from '../domain/restore';
import { loadDocModule } from '../doc/lazy';
import type { StoredJourneyMetaRow } from './database';
import { isCurrentInsights, type JourneyRepository } from './journeyRepository';

/** What reading many journeys at once gives: those read, and the ids that could not be (damaged, gone). */
export interface ReadJourneys {
  journeys: InsightsJourney[];
  unreadable: string[];
}

/** How long decoding may hold the main thread before it lets input and painting through, in ms. */
export const MAIN_THREAD_SLICE_MS = 12;

/** Lets the browser handle input and paint before the next slice of work. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads every journey in the library (the trash left out), or those of `ids`, as the insights read them
 * (InsightsJourney): one read-only transaction fetches the library rows and their stored projections, which
 * every save writes. A journey without a current projection (stored by a build from before projections, or
 * of another projection version) is decoded from its Yjs updates, fetched in the same transaction, and
 * restored, on the main thread in slices of `sliceMs` so input is never held up for long
 * (readJourneysInWorker does it all off the main thread); its projection is then stored, so that happens
 * once. A journey kept in the legacy whole-document row is read through `load`, which converts it.
 */
export async function readJourneys(
  repository: JourneyRepository,
  ids?: readonly string[],
  /** Infinity in a worker, where nothing waits for the thread. */
  sliceMs = MAIN_THREAD_SLICE_MS,
): Promise<ReadJourneys> {
  const started = performance.now();
  const { db } = repository;
  const { ready, pending, updates } = await db.transaction('r', db.journeys, db.insights, db.updates, async () => {
    const rows = ids
      ? (await db.journeys.bulkGet([...ids])).filter((r) => r !== undefined)
      : await db.journeys.toArray();
    const metas = rows.filter((r) => r.deletedAt === null);
    const stored = await db.insights.bulkGet(metas.map((m) => m.id));
    const ready: InsightsJourney[] = [];
    const pending: StoredJourneyMetaRow[] = [];
    metas.forEach((meta, i) => {
      const row = stored[i];
      if (isCurrentInsights(row, meta.revision)) ready.push(row.journey);
      else pending.push(meta);
    });
    const updates = new Map<string, Uint8Array[]>();
    if (pending.length > 0) {
      await db.updates
        .where('journeyId')
        .anyOf(pending.map((m) => m.id))
        .each((row) => {
          const list = updates.get(row.journeyId);
          if (list) list.push(row.update);
          else updates.set(row.journeyId, [row.update]);
        });
    }
    return { ready, pending, updates };
  });
  // User Timing entries, read by the insights benchmark (scripts/bench/insights.mjs) to split the time.
  performance.measure('recorrido:read-journeys:fetch-documents', {
    start: started,
    detail: { projected: ready.length },
  });
  const decodeStarted = performance.now();
  const { decoded, unreadable, decoding, restoring } = await decodeJourneys(repository, pending, updates, sliceMs);
  performance.measure('recorrido:read-journeys:decode', {
    start: decodeStarted,
    detail: { decoding, restoring, decoded: decoded.length },
  });
  // A failed write only means decoding again next time: the page still shows what was read.
  await repository.storeInsights(decoded).catch(() => undefined);
  return { journeys: [...ready, ...decoded.map((d) => projectForInsights(d.journey))], unreadable };
}

/** Decodes and restores the journeys of `metas` from their update rows (see readJourneys); times both steps. */
async function decodeJourneys(
  repository: JourneyRepository,
  metas: readonly StoredJourneyMetaRow[],
  updates: ReadonlyMap<string, Uint8Array[]>,
  sliceMs: number,
): Promise<{
  decoded: { journey: Journey; revision: number }[];
  unreadable: string[];
  decoding: number;
  restoring: number;
}> {
  const decoded: { journey: Journey; revision: number }[] = [];
  const unreadable: string[] = [];
  let decoding = 0;
  let restoring = 0;
  if (metas.length === 0) return { decoded, unreadable, decoding, restoring };
  const { decodeJourney, docJourneyFile } = await loadDocModule();
  let sliceStart = performance.now();
  for (const meta of metas) {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
    const rows = updates.get(meta.id);
    if (!rows) {
      const loaded = await repository.load(meta.id).catch(() => undefined);
      if (loaded?.ok) decoded.push({ journey: loaded.journey, revision: loaded.revision });
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
      if (restored.ok) decoded.push({ journey: restored.journey, revision: meta.revision });
      else unreadable.push(meta.id);
    } catch {
      unreadable.push(meta.id);
    }
  }
  return { decoded, unreadable, decoding, restoring };
}
