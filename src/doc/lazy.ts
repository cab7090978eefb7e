/** The Yjs module (index.ts), loaded on demand: the library's first screen never pays for Yjs. */
export type DocModule = typeof import('./index');

let loaded: DocModule | null = null;

/** Loads the Yjs module once; later calls resolve at once. */
export async function loadDocModule(): Promise<DocModule> {
  loaded ??= await import('./index');
  return loaded;
}

/**
 * The Yjs module, for code that runs only once a document exists (which means it was loaded): a
 * synchronous handle for event handlers such as pagehide. Throws if nothing loaded it yet.
 */
export function docModule(): DocModule {
  if (!loaded) throw new Error('the Yjs module is used before any document was loaded');
  return loaded;
}
