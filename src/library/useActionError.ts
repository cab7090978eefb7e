import { useCallback, useState } from 'react';

/** Runs library actions and keeps the last failure's message for an alert, so nothing fails silently. */
export function useActionError() {
  const [error, setError] = useState<string | null>(null);
  const attempt = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      setError(null);
      return await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return undefined;
    }
  }, []);
  return { error, attempt };
}
