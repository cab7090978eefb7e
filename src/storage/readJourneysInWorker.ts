import type { JourneyRepository } from './journeyRepository';
import type { ReadJourneys } from './readJourneys';
import type { ReadReply, ReadRequest } from './readJourneys.worker';

/**
 * The journeys of `ids` as the insights read them (readJourneys), read and decoded in a Web Worker
 * (readJourneys.worker.ts) so the page stays responsive however many need decoding; the worker's User Timing
 * entries are copied into the page's timeline (the insights benchmark reads them). Where workers are missing
 * (tests in jsdom) it reads on the main thread in slices instead. Rejects with the worker's error message.
 */
export function readJourneysInWorker(repository: JourneyRepository, ids: readonly string[]): Promise<ReadJourneys> {
  // Loaded only here: reading on the main thread needs restore (zod), which the first screen must not load.
  if (typeof Worker === 'undefined') return import('./readJourneys').then((m) => m.readJourneys(repository, ids));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./readJourneys.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      worker.terminate();
      const reply = event.data;
      if (!reply.ok) {
        reject(new Error(reply.message));
        return;
      }
      for (const { name, duration, detail } of reply.timings) {
        performance.measure(name, { start: Math.max(0, performance.now() - duration), duration, detail });
      }
      resolve({ journeys: reply.journeys, unreadable: reply.unreadable });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The journeys could not be read in the background.'));
    };
    worker.postMessage({ databaseName: repository.db.name, ids: [...ids] } satisfies ReadRequest);
  });
}
