import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** 1-based in the URL (`?step=5`), so a reload or a shared link stays on the same step; absent: step 1. */
const PARAM = 'step';

export interface PresentStepControl {
  index: number;
  go(index: number): void;
  /** Steps relative to the latest move, so quick presses (a clicker tapped twice) all count. */
  move(delta: number): void;
}

function fromUrl(params: URLSearchParams): number {
  const asked = Number(params.get(PARAM));
  return Number.isInteger(asked) && asked >= 1 ? asked - 1 : 0;
}

/**
 * The step in focus. State holds it, so presses faster than the URL updates all count; the URL mirrors
 * it, replacing the history entry, so Back leaves the presentation rather than walking every step.
 */
export function usePresentStep(count: number): PresentStepControl {
  const [params, setParams] = useSearchParams();
  const [wanted, setWanted] = useState(() => fromUrl(params));
  const last = Math.max(count - 1, 0);
  const index = Math.min(Math.max(wanted, 0), last);

  const inUrl = params.get(PARAM);
  useEffect(() => {
    // No parameter means the first step: opening the presentation then navigates once, not twice (each
    // navigation renders the routes again, the editor kept under the presentation included).
    if (inUrl === String(index + 1) || (inUrl === null && index === 0)) return;
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set(PARAM, String(index + 1));
        return updated;
      },
      { replace: true },
    );
  }, [index, inUrl, setParams]);

  const go = useCallback((next: number) => setWanted(Math.min(Math.max(next, 0), last)), [last]);
  const move = useCallback(
    (delta: number) => setWanted((current) => Math.min(Math.max(Math.min(current, last) + delta, 0), last)),
    [last],
  );
  return { index, go, move };
}
