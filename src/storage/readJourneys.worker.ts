/**
 * Reads journeys for the insights off the main thread (see readJourneysInWorker): decoding the Yjs documents
 * of journeys saved before insights projections existed takes seconds of CPU for a library of them, which
 * here never holds up the page's input. Opens the same IndexedDB database by name.
 */
import type { InsightsJourney } from '../domain/insights/projection';
import { openDatabase } from './database';
import { JourneyRepository } from './journeyRepository';
import { readJourneys } from './readJourneys';

/** A User Timing measure as it crosses to the page. */
export interface Timing {
  name: string;
  duration: number;
  detail: unknown;
}

/** What the page asks: the database to read (each test and tab may use its own name), and which journeys. */
export interface ReadRequest {
  databaseName: string;
  ids: string[];
}

export type ReadReply =
  { ok: true; journeys: InsightsJourney[]; unreadable: string[]; timings: Timing[] } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const db = openDatabase(event.data.databaseName);
  let reply: ReadReply;
  try {
    const { journeys, unreadable } = await readJourneys(new JourneyRepository(db), event.data.ids, Infinity);
    const timings = (performance.getEntriesByType('measure') as PerformanceMeasure[]).map(
      ({ name, duration, detail }) => ({ name, duration, detail: detail as unknown }),
    );
    reply = { ok: true, journeys, unreadable, timings };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
  self.postMessage(reply);
};
