import { createContext, useContext, useReducer, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppServicesContext, ServicesContext } from '../store/services';
import { SyncContext } from '../sync/context';
import type { AppStart } from './appStart';

const AppStartContext = createContext<AppStart | null>(null);

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
  const [, retried] = useReducer((n: number) => n + 1, 0);
  if (!loaded) {
    if (start.failure() !== undefined)
      return (
        <ServicesLoadFailed
          error={start.failure()}
          onRetry={() => {
            void start.load().catch(() => {});
            retried();
          }}
        />
      );
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

/** Says the page's code could not be fetched (offline before it was cached, or an update renamed it). */
function ServicesLoadFailed({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <main className="load-failed" role="alert" data-testid="load-failed">
      <p>{t('app.loadFailed', { message: error instanceof Error ? error.message : String(error) })}</p>
      <button type="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </main>
  );
}
