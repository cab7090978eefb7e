import { toJourneyFile } from '../domain/format';
import type { Journey } from '../domain/journey';

/** The journey as a versioned JSON file, the same envelope storage uses. */
export function journeyJsonBlob(journey: Journey): Blob {
  return new Blob([JSON.stringify(toJourneyFile(journey), null, 2)], { type: 'application/json' });
}
