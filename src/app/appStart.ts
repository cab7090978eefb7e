import { loadAllWords } from '../i18n/i18n';
import type { AppServices, Services } from '../store/services';
import type { SyncService } from '../sync/syncService';

/** The whole services and the sync service listening on their editor store. */
export interface LoadedServices {
  services: Services;
  sync: SyncService;
}

/**
 * The app as it starts: the library's services and words at once, the rest (storage, editor, saving,
 * sharing, every screen's words) loaded on first need; see createAppServices and loadAllWords.
 */
export interface AppStart {
  app: AppServices;
  /** The whole services once loaded, else undefined. */
  loaded(): LoadedServices | undefined;
  /** Loads the whole services, starts sharing and loads every screen's words, once. */
  load(): Promise<LoadedServices>;
  /** Why the last load failed (a chunk that could not be fetched), until a new load is asked for. */
  failure(): unknown;
}

/** Completes `app` on demand with its services and sharing (whose code loads with them). */
export function startApp(app: AppServices): AppStart {
  let loaded: LoadedServices | undefined;
  let loading: Promise<LoadedServices> | undefined;
  let failure: unknown;
  const load = () => {
    failure = undefined;
    return (loading ??= Promise.all([app.load(), import('../sync/syncService'), loadAllWords()]).then(
      ([services, { startSync }]) => {
        loaded = { services, sync: startSync(services.editor, services.repository, services.shares) };
        return loaded;
      },
      (error: unknown) => {
        // A fetch that failed (offline before the service worker cached the chunk, a deploy that renamed
        // it) must not stay the answer: the next load tries again.
        loading = undefined;
        failure = error;
        throw error;
      },
    ));
  };
  return { app, loaded: () => loaded, load, failure: () => failure };
}

/**
 * An app whose services and sync are at hand already (tests render the app over their own); every
 * screen's words still load on first need, as in the app.
 */
export function startedApp(services: Services, sync: SyncService): AppStart {
  let loaded: LoadedServices | undefined;
  let loading: Promise<LoadedServices> | undefined;
  const app: AppServices = {
    library: services.library,
    current: () => services,
    load: () => Promise.resolve(services),
  };
  const load = () => (loading ??= loadAllWords().then(() => (loaded = { services, sync })));
  return { app, loaded: () => loaded, load, failure: () => undefined };
}
