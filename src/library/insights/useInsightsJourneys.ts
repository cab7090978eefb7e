import { useEffect, useState } from 'react';
import type { InsightsJourney } from '../../domain/insights';
import { takeInsightsRead } from './insightsReadAhead';
import { useServices } from '../../store/services';

export type InsightsJourneys =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; journeys: InsightsJourney[]; unreadable: number };

/**
 * Every journey in the library (not the trash) as the insights read it (its stored projection), read once
 * when the page opens, or as its link was followed (insightsReadAhead.ts); see readInsightsJourneys.
 */
export function useInsightsJourneys(): InsightsJourneys {
  const { repository } = useServices();
  const [state, setState] = useState<InsightsJourneys>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    takeInsightsRead(repository).then(
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
