import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionFailureText } from '../ui/CodeLoadBoundary';

export type Attempt<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs library actions and keeps the last failure's message for an alert, so nothing fails silently. Code
 * that could not be fetched (offline before the app was cached) is said in the user's words, asking to check
 * the connection and try again (a click does: the browser fetches the code anew); other failures keep their
 * own message.
 */
export function useActionError() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const attempt = useCallback(
    async <T>(work: () => Promise<T>): Promise<Attempt<T>> => {
      try {
        setError(null);
        return { ok: true, value: await work() };
      } catch (e) {
        setError(actionFailureText(t, e, (message) => message));
        return { ok: false };
      }
    },
    [t],
  );
  return { error, attempt };
}
