import type { InsightsJourney } from '../domain/insights/projection';
import { isCurrentInsights, type JourneyRepository } from './journeyRepository';
import type { ReadJourneys } from './readJourneys';
import { readJourneysInWorker } from './readJourneysInWorker';

/**
 * Every journey in the library (the trash left out) as the insights read them. One read-only transaction
 * fetches the library rows and the projections every save writes beside them: for a library saved by this
 * build that is all, with no document decoded. Journeys without a current projection (saved by a build from
 * before projections) are decoded in a worker (readJourneysInWorker), which stores their projections so that
 * happens once. Rejects when IndexedDB or the worker fails.
 */
export async function readInsightsJourneys(repository: JourneyRepository): Promise<ReadJourneys> {
  const started = performance.now();
  const { db } = repository;
  const { ready, pending } = await db.transaction('r', db.journeys, db.insights, async () => {
    const metas = (await db.journeys.toArray()).filter((row) => row.deletedAt === null);
    const stored = await db.insights.bulkGet(metas.map((meta) => meta.id));
    const ready: InsightsJourney[] = [];
    const pending: string[] = [];
    metas.forEach((meta, i) => {
      const row = stored[i];
      if (isCurrentInsights(row, meta.revision)) ready.push(row.journey);
      else pending.push(meta.id);
    });
    return { ready, pending };
  });
  // A User Timing entry, read by the insights benchmark (scripts/bench/insights.mjs) to split the time.
  performance.measure('recorrido:read-journeys:fetch', { start: started, detail: { projected: ready.length } });
  if (pending.length === 0) return { journeys: ready, unreadable: [] };
  const decoded = await readJourneysInWorker(repository, pending);
  return { journeys: [...ready, ...decoded.journeys], unreadable: decoded.unreadable };
}
