import { act, cleanup } from '@testing-library/react';
import { createServices } from '../store/createServices';
import type { Services } from '../store/services';

let databaseCount = 0;
const open: Services[] = [];

/** Services over a fresh fake IndexedDB, closed and deleted by closeTestServices(). */
export function createTestServices(prefix = 'recorrido-test'): Services {
  const services = createServices(`${prefix}-${++databaseCount}`);
  open.push(services);
  return services;
}

/** Unmounts what was rendered, lets pending saves and snapshots finish, and deletes the test databases. */
export async function closeTestServices(): Promise<void> {
  cleanup();
  for (const services of open.splice(0)) {
    await act(() => services.autosave.flush());
    services.autosave.stop();
    await act(() => services.autoSnapshots.flush());
    services.autoSnapshots.stop();
    await services.repository.db.delete();
  }
  localStorage.clear();
}
