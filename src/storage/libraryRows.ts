import type { JourneySummary } from '../domain/summary';
import type { JourneyMetaRow, StoredJourneyMetaRow } from './database';

/** A stored row whose summary has its curve and open opportunities (it may still lack the state). */
export type CurvedRow = StoredJourneyMetaRow & { summary: Pick<JourneySummary, 'curve' | 'openOpportunityCount'> };

/** Whether a stored row's summary is complete: rows written by earlier builds lack the curve or the open opportunities. */
export function hasCurve(row: StoredJourneyMetaRow): row is CurvedRow {
  return Array.isArray(row.summary.curve) && typeof row.summary.openOpportunityCount === 'number';
}

/**
 * A row written before journeys had a state is an as-is linked to none: every journey was, until format 3
 * (its migration says the same). Completed as it is read; the next save of the journey writes it whole.
 */
export function withState(row: CurvedRow): JourneyMetaRow {
  return {
    ...row,
    summary: { ...row.summary, state: row.summary.state ?? 'as-is', asIsId: row.summary.asIsId ?? null },
  };
}
