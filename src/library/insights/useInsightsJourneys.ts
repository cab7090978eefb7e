import { useEffect, useState } from 'react';
import type { Journey } from '../../domain/journey';
import { readJourneysInWorker } from '../../storage/readJourneysInWorker';
import { useServices } from '../../store/services';

export type InsightsJourneys =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; journeys: Journey[]; unreadable: number };

/** Every journey in the library (not the trash), read once when the page opens, in a worker (readJourneysInWorker). */
export function useInsightsJourneys(): InsightsJourneys {
  const { repository } = useServices();
  const [state, setState] = useState<InsightsJourneys>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    readJourneysInWorker(repository).then(
      ({ journeys, unreadable }) => current && setState({ status: 'ready', journeys, unreadable: unreadable.length }),
      (error: unknown) =>
        current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [repository]);
  return state;
}
