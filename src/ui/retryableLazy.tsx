import { createContext, lazy, useContext, type ComponentType, type LazyExoticComponent } from 'react';
import { refetchFailedStylesheets } from './stylesheetRecovery';

/**
 * One attempt of the nearest CodeLoadBoundary at showing its part: a new object for each boundary and each
 * Try again (or move to another page or dialog). A retryableLazy part whose code failed to load loads it
 * again under a new attempt. Outside any boundary, one attempt for good, as React.lazy.
 */
export const LoadAttempt = createContext<object>({});

/**
 * React.lazy that can load again after a failure. React.lazy keeps a rejected import for good, so a part
 * whose code could not be fetched (offline before the service worker cached it, a deploy that renamed the
 * chunk) would stay broken until the page reloads, though browsers now fetch a failed module again when
 * asked (whatwg/html#10327). The failure still reaches the CodeLoadBoundary above, which says so; each new
 * attempt of that boundary starts a fresh load. Once loaded, the component is used as is, with no new load.
 * `load` resolves with the module's component as `default`, like React.lazy's.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  const byAttempt = new WeakMap<object, LazyExoticComponent<ComponentType<P>>>();
  const lazyFor = (attempt: object) => {
    let part = byAttempt.get(attempt);
    if (!part) {
      part = lazy(() => {
        // A stylesheet that failed before is never asked for again by Vite's preload helper: add it back.
        refetchFailedStylesheets();
        return load().then((module) => ((loaded = module.default), module));
      });
      byAttempt.set(attempt, part);
    }
    return part;
  };
  return function Retryable(props: P) {
    const attempt = useContext(LoadAttempt);
    const Part = loaded ?? lazyFor(attempt);
    return <Part {...props} />;
  };
}
