import type { ReactNode } from 'react';
import { ServicesContext, type Services } from '../store/services';
import { SyncContext } from '../sync/context';
import type { SyncService } from '../sync/syncService';

/** The app's long-lived objects and the sync service, given to every screen. */
export function AppProviders({
  services,
  sync,
  children,
}: {
  services: Services;
  sync: SyncService;
  children: ReactNode;
}) {
  return (
    <ServicesContext.Provider value={services}>
      <SyncContext.Provider value={sync}>{children}</SyncContext.Provider>
    </ServicesContext.Provider>
  );
}
