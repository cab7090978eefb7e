import { createContext, useContext, useReducer, type ReactNode } from 'react';
import { AppServicesContext, ServicesContext } from '../store/services';
import { SyncContext } from '../sync/context';
import { isCodeLoadError, LoadFailedMessage } from '../ui/CodeLoadBoundary';
import { LoadAttempt } from '../ui/retryableLazy';
import type { AppStart } from './appStart';

const AppStartContext = createContext<AppStart | null>(null);

/** The attempts of CodeLoadBoundary (LoadAttempt) under which the services were asked for already. */
const triedUnder = new WeakSet<object>();

/** The app's services as started, given to every screen (the start page needs no more). */
export function AppProviders({ start, children }: { start: AppStart; children: ReactNode }) {
  return (
    <AppStartContext.Provider value={start}>
      <AppServicesContext.Provider value={start.app}>{children}</AppServicesContext.Provider>
    </AppStartContext.Provider>
  );
}

/**
 * Gives its page the whole services and the sync service, suspending while they load (main.tsx loads them
 * before the first render when the app opens on such a page, and the start page ahead of a click).
 */
export function WithServices({ children }: { children: ReactNode }) {
  const start = useContext(AppStartContext);
  if (!start) throw new Error('WithServices needs AppProviders');
  const loaded = start.loaded();
  const attempt = useContext(LoadAttempt);
  const [, retried] = useReducer((n: number) => n + 1, 0);
  if (!loaded) {
    const failure = start.failure();
    if (failure !== undefined && isCodeLoadError(failure)) {
      // Code that could not be fetched: the CodeLoadBoundary around the pages says so, and its Try again is a
      // new attempt. A failure from before this attempt (an idle preload while offline) is not this page's:
      // it asks again first.
      if (triedUnder.has(attempt)) throw failure;
    } else if (failure !== undefined)
      return (
        <ServicesLoadFailed
          error={failure}
          onRetry={() => {
            void start.load().catch(() => {});
            retried();
          }}
        />
      );
    triedUnder.add(attempt);
    // Suspends by throwing the load, as Suspense data sources do: use() would have to be called on every
    // render, and once loaded there is nothing to wait for.
    throw start.load();
  }
  const { services, sync } = loaded;
  return (
    <ServicesContext.Provider value={services}>
      <SyncContext.Provider value={sync}>{children}</SyncContext.Provider>
    </ServicesContext.Provider>
  );
}

/** Says the services could not start though their code came (the database refused, say), with a retry. */
function ServicesLoadFailed({ error, onRetry }: { error: unknown; onRetry(): void }) {
  return (
    <main className="load-failed" role="alert" data-testid="load-failed">
      <LoadFailedMessage error={error} page onRetry={onRetry} />
    </main>
  );
}
