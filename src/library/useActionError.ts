import { useCallback, useState } from 'react';

export type Attempt<T> = { ok: true; value: T } | { ok: false };

/** Runs library actions and keeps the last failure's message for an alert, so nothing fails silently. */
export function useActionError() {
  const [error, setError] = useState<string | null>(null);
  const attempt = useCallback(async <T>(work: () => Promise<T>): Promise<Attempt<T>> => {
    try {
      setError(null);
      return { ok: true, value: await work() };
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return { ok: false };
    }
  }, []);
  return { error, attempt };
}
