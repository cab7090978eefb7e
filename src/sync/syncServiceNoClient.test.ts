import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { closeTestServices, createTestServices } from '../test/testServices';
import { randomToken } from './keys';
import { startSync } from './syncService';

// The sync client's code cannot be fetched (offline before the service worker cached the app).
vi.mock('./provider', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/provider.js');
});

afterEach(closeTestServices);

describe('a shared journey whose sync client cannot be loaded', () => {
  it('reads as offline, its changes kept here, instead of syncing for ever', async () => {
    const services = createTestServices();
    const journey = createEmptyJourney('Me uno', ['Me informo']);
    await services.repository.create(journey);
    await services.shares.put({
      journeyId: journey.id,
      server: 'ws://127.0.0.1:9',
      room: randomToken(16),
      capability: 'edit',
      keys: { edit: randomToken(32) },
    });
    const sync = startSync(services.editor, services.repository, services.shares);
    await services.editor.getState().open(journey.id);
    await vi.waitFor(() => expect(sync.store.getState().share?.journeyId).toBe(journey.id));
    await vi.waitFor(() => expect(sync.store.getState().status).toBe('offline'));
    sync.dispose();
  });
});
