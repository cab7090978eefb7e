import type { JourneyRepository } from '../../storage/journeyRepository';
import type { ReadJourneys } from '../../storage/readJourneys';
import { readInsightsJourneys } from '../../storage/readInsightsJourneys';

/**
 * How long a read started ahead may be used, in ms: the insights page mounts a moment after the click that
 * started it (its code loading meanwhile); an older one might miss later edits, so it is read anew.
 */
const FRESH_FOR_MS = 5000;

let ahead: { repository: JourneyRepository; read: Promise<ReadJourneys>; startedAt: number } | null = null;

/**
 * Starts reading the library for the insights (readInsightsJourneys) when the user follows the link to
 * them, so the read runs while the page's code loads instead of after. The page takes it (takeInsightsRead).
 */
export function readInsightsAhead(repository: JourneyRepository): void {
  const read = readInsightsJourneys(repository);
  // The page reports a failure when it takes the read; one never taken must not surface as unhandled.
  read.catch(() => undefined);
  ahead = { repository, read, startedAt: performance.now() };
}

/** The read started ahead for this repository if it is fresh, else a new one; either way the next call reads anew. */
export function takeInsightsRead(repository: JourneyRepository): Promise<ReadJourneys> {
  const taken = ahead;
  ahead = null;
  const fresh = taken && taken.repository === repository && performance.now() - taken.startedAt < FRESH_FOR_MS;
  return fresh ? taken.read : readInsightsJourneys(repository);
}
