import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SyncService } from './syncService';
import type { SyncState } from './syncStore';

/** The sync service of the app; the app's root provides it. */
export const SyncContext = createContext<SyncService | null>(null);

/** The sync service; throws outside a provider, which is a programming error. */
export function useSyncService(): SyncService {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error('useSyncService needs a SyncContext provider');
  return sync;
}

/** Reads the open journey's sharing state through a selector. */
export function useSync<T>(selector: (state: SyncState) => T): T {
  return useStore(useSyncService().store, selector);
}
