/** What the browser says about this site's storage. */
export interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Reads whether storage is persistent and how much is used; nulls where the browser does not say. */
export async function readStorageInfo(storage: StorageManager | undefined = navigator.storage): Promise<StorageInfo> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Asks the browser to keep this site's data when space runs low. Asked once there is a journey to
 * protect; Chromium answers by itself (no prompt) from how the site is used.
 */
export async function requestPersistence(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted?.()) return true;
  return storage.persist().catch(() => false);
}
