import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { hasPendingEdits } from '../storage/pendingEdits';
import { readLibraryRows } from '../storage/readLibraryRows';
import { DATABASE_NAME } from '../storage/schema';
import type { JourneyRepository } from '../storage/journeyRepository';
import type { ShareRepository } from '../storage/shareRepository';
import type { SnapshotRepository } from '../storage/snapshotRepository';
import type { startAutosave } from './autosave';
import type { startAutoSnapshots } from './autoSnapshots';
import type { EditorActions, EditorState, EditorStore } from './editorStore';
import { createLibraryStore, type LibraryActions, type LibraryState, type LibraryStore } from './libraryStore';
import type { VersionHistory } from './versionHistory';

/** The app's long-lived objects (createServices.ts); tests make their own over a fresh database. */
export interface Services {
  repository: JourneyRepository;
  /** Settles once storage may be read: edits a reload cut short are back in IndexedDB. */
  ready: Promise<unknown>;
  editor: EditorStore;
  library: LibraryStore;
  autosave: ReturnType<typeof startAutosave>;
  snapshots: SnapshotRepository;
  autoSnapshots: ReturnType<typeof startAutoSnapshots>;
  /** The open journey's version history: list, save named, preview, restore. */
  history: VersionHistory;
  /** Which journeys are shared and how to reach their rooms. */
  shares: ShareRepository;
}

/** What a tab tells the others after it stored a change of a journey. */
export interface SavedMessage {
  journeyId: string;
  /** The update it stored (absent when only the library row changed, e.g. a move to the trash). */
  update?: Uint8Array;
}

/** The channel over which tabs relay what they stored (null where the browser has none). */
export function openSavesChannel(databaseName = DATABASE_NAME): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${databaseName}-saves`);
}

/** What the first screen starts with, handed to createServices() when the rest loads. */
export interface StartedServices {
  library: LibraryStore;
  channel: BroadcastChannel | null;
  /** What a change the library stored leads to; createServices() adds the open journey's update. */
  changed: { handle: (journeyId: string, update: Uint8Array | null) => void };
}

/**
 * The services as the app holds them: the library store from the start, everything else (Dexie, the
 * editor store, saving, snapshots, sharing's storage) loaded on first need, so the start page's code stays
 * small. Opening a journey, any change from the library and a read the plain one cannot answer load it.
 */
export interface AppServices {
  library: LibraryStore;
  /** The whole services once loaded, else undefined. */
  current(): Services | undefined;
  /** Loads the whole services, once; resolves with them. */
  load(): Promise<Services>;
}

/**
 * The app's services, started light: the library lists its rows with a plain IndexedDB read
 * (readLibraryRows) and loads the rest only when that read cannot answer, or for any change.
 */
export function createAppServices(databaseName?: string): AppServices {
  let current: Services | undefined;
  let loading: Promise<Services> | undefined;
  const channel = openSavesChannel(databaseName);
  const changed = {
    handle: (journeyId: string, update: Uint8Array | null) =>
      channel?.postMessage({ journeyId, update: update ?? undefined } satisfies SavedMessage),
  };
  const load = () =>
    (loading ??= import('./createServices').then(
      ({ createServices }) => {
        current = createServices(databaseName, { library, channel, changed });
        return current;
      },
      (error: unknown) => {
        // The code could not be fetched: the next load tries again rather than failing for good.
        loading = undefined;
        throw error;
      },
    ));
  const throughRepository = async () => {
    const services = await load();
    await services.ready;
    return services.repository.list();
  };
  const library = createLibraryStore(
    {
      repository: async () => (await load()).repository,
      list: async () => {
        // Once the repository is open, or while edits cut short by a reload wait to be merged, it reads.
        if (current || hasPendingEdits()) return throughRepository();
        return (await readLibraryRows(databaseName ?? DATABASE_NAME)) ?? throughRepository();
      },
    },
    undefined,
    (journeyId, update) => changed.handle(journeyId, update),
  );
  channel?.addEventListener('message', () => void library.getState().refresh());
  return { library, current: () => current, load };
}

/** The app's services as started; the app's root provides them. */
export const AppServicesContext = createContext<AppServices | null>(null);

/** The whole services; the app provides them once loaded, around every page but the start page. */
export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesContext provider');
  return services;
}

/** The library store, which the start page has before the rest of the services load. */
export function useLibraryStore(): LibraryStore {
  const app = useContext(AppServicesContext);
  const services = useContext(ServicesContext);
  const library = app?.library ?? services?.library;
  if (!library) throw new Error('useLibraryStore needs an AppServicesContext or ServicesContext provider');
  return library;
}

/** The app's services as started (to load the rest on demand). */
export function useAppServices(): AppServices {
  const app = useContext(AppServicesContext);
  if (!app) throw new Error('useAppServices needs an AppServicesContext provider');
  return app;
}

/** Reads the editor store through a selector; re-renders only when the selected value changes. */
export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useServices().editor, selector);
}

/** Reads the library store through a selector. */
export function useLibrary<T>(selector: (state: LibraryState & LibraryActions) => T): T {
  return useStore(useLibraryStore(), selector);
}
