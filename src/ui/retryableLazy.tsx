import { createContext, lazy, useContext, type ComponentType } from 'react';

/**
 * How many times the nearest CodeLoadBoundary has started its part anew (Try again, another page or
 * dialog): a retryableLazy part whose code failed to load loads it again on the next count.
 */
export const LoadAttempt = createContext(0);

/**
 * React.lazy that can load again after a failure. React.lazy keeps a rejected import for good, so a part
 * whose code could not be fetched (offline before the service worker cached it, a deploy that renamed the
 * chunk) would stay broken until the page reloads, though the browser fetches it again when asked. The
 * failure still reaches the CodeLoadBoundary above, which says so; once that boundary tries again
 * (LoadAttempt changes), the part starts a fresh load. A part that loaded is never loaded twice.
 * `load` resolves with the module's component as `default`, like React.lazy's.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let failed = false;
  const fresh = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
  let current = fresh();
  let renderedIn = 0;
  return function Retryable(props: P) {
    const attempt = useContext(LoadAttempt);
    // Within one attempt the failed part shows its error (React renders it again once before giving up).
    if (failed && attempt !== renderedIn) {
      failed = false;
      current = fresh();
    }
    renderedIn = attempt;
    const Current = current;
    return <Current {...props} />;
  };
}
