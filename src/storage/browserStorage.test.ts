import { readStorageInfo, requestPersistence } from './browserStorage';

function fakeStorage(persisted: boolean, grant: boolean) {
  let state = persisted;
  const persist = vi.fn(async () => (state = grant));
  return {
    storage: {
      persisted: async () => state,
      persist,
      estimate: async () => ({ usage: 2048, quota: 10_000_000 }),
    } as unknown as StorageManager,
    persist,
  };
}

describe('browser storage', () => {
  it('reports persistence and usage', async () => {
    const { storage } = fakeStorage(false, false);
    expect(await readStorageInfo(storage)).toEqual({ persisted: false, usage: 2048, quota: 10_000_000 });
  });

  it('asks for persistence only when it is not granted yet', async () => {
    const granted = fakeStorage(true, true);
    expect(await requestPersistence(granted.storage)).toBe(true);
    expect(granted.persist).not.toHaveBeenCalled();

    const notYet = fakeStorage(false, true);
    expect(await requestPersistence(notYet.storage)).toBe(true);
    expect(notYet.persist).toHaveBeenCalledOnce();
  });

  it('says nothing it does not know when the browser has no storage manager', async () => {
    expect(await readStorageInfo(undefined)).toEqual({ persisted: null, usage: null, quota: null });
    expect(await requestPersistence(undefined)).toBe(false);
  });
});
