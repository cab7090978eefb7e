/** A save was based on a revision another tab or window has already replaced. */
export class StaleRevisionError extends Error {
  constructor(
    readonly journeyId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Journey ${journeyId} is at revision ${actual}, not ${expected}`);
    this.name = 'StaleRevisionError';
  }
}

/** The journey was not found in storage (deleted for good, or never there). */
export class MissingJourneyError extends Error {
  constructor(readonly journeyId: string) {
    super(`Journey ${journeyId} is not in storage`);
    this.name = 'MissingJourneyError';
  }
}

/** True when the browser refused a write for lack of space, however the error reached us. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * True when Dexie closed the database under us, as it does for a schema upgrade by a newer tab. A bare
 * InvalidStateError is not taken as one: a write can fail so for other passing reasons, and the upgrade
 * itself is signalled apart (openDatabase's onUpgrade), so such a write is retried rather than saving stopped.
 */
export function isClosedDatabaseError(error: unknown): boolean {
  return (error as { name?: string })?.name === 'DatabaseClosedError';
}
