/**
 * The restore module (restoreModule.ts, with zod), loaded on demand: when a journey is opened, created,
 * imported, joined or restored, never for the library's first screen.
 */
export type RestoreModule = typeof import('./restoreModule');

let loaded: RestoreModule | null = null;

/** Loads the restore module once; later calls resolve at once. */
export async function loadRestoreModule(): Promise<RestoreModule> {
  loaded ??= await import('./restoreModule');
  return loaded;
}

/**
 * The restore module, for code that runs only once a journey was loaded (which loaded it): a synchronous
 * handle for document observers. Throws if nothing loaded it yet.
 */
export function restoreModule(): RestoreModule {
  if (!loaded) throw new Error('the restore module is used before any journey was loaded');
  return loaded;
}
