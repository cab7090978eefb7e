import { createContext, useContext, type ReactNode } from 'react';
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
  // Suspends by throwing the load, as Suspense data sources do: use() would have to be called on every
  // render, and once loaded there is nothing to wait for.
  if (!loaded) throw start.load();
  const { services, sync } = loaded;
  return (
    <ServicesContext.Provider value={services}>
      <SyncContext.Provider value={sync}>{children}</SyncContext.Provider>
    </ServicesContext.Provider>
  );
}
