import { readContribution, type Contribution } from '../domain/contributions';
import type { PendingStore } from '../sync/participation';

/**
 * This phone's contributions the server has not confirmed yet, per room, in localStorage: a reload or a
 * phone that drops the page while offline still sends them later. Unreadable entries are dropped.
 */
export function pendingStore(room: string, storage: Storage | undefined = globalThis.localStorage): PendingStore {
  const key = `recorrido.participant.pending.${room}`;
  return {
    load() {
      try {
        const stored = JSON.parse(storage?.getItem(key) ?? '[]') as unknown;
        return Array.isArray(stored)
          ? stored.map(readContribution).filter((c): c is Contribution => c !== undefined)
          : [];
      } catch {
        return [];
      }
    },
    save(pending) {
      if (pending.length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(pending));
    },
  };
}
