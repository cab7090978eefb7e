import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { openDatabase } from '../storage/database';
import { startAutosave } from './autosave';
import { JourneyRepository } from '../storage/journeyRepository';
import { recoverPendingEdits } from '../storage/pendingEdits';
import { ShareRepository } from '../storage/shareRepository';
import { SnapshotRepository } from '../storage/snapshotRepository';
import { startAutoSnapshots } from './autoSnapshots';
import { createEditorStore, ORIGIN, type EditorActions, type EditorState, type EditorStore } from './editorStore';
import { createLibraryStore, type LibraryActions, type LibraryState, type LibraryStore } from './libraryStore';
import { createVersionHistory, type VersionHistory } from './versionHistory';

/** The app's long-lived objects; tests make their own over a fresh database. */
export interface Services {
  repository: JourneyRepository;
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
interface SavedMessage {
  journeyId: string;
  /** The update it stored (absent when only the library row changed, e.g. a move to the trash). */
  update?: Uint8Array;
}

/** Opens storage and wires saving as a listener on the editor store. */
export function createServices(databaseName?: string): Services {
  // The database is opened before autosave exists; an upgrade elsewhere reaches autosave through this.
  const onUpgrade = { handle: () => {} };
  const repository = new JourneyRepository(openDatabase(databaseName, () => onUpgrade.handle()));
  // Nothing is read before edits a reload cut short are back in IndexedDB.
  const ready = recoverPendingEdits(repository).catch((error: unknown) => console.error(error));
  const editor = createEditorStore(repository, undefined, ready);
  // Tabs relay what they store to each other: a journey open in two tabs is one document, merged.
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${databaseName ?? 'recorrido'}-saves`);
  const tell = (message: SavedMessage) => channel?.postMessage(message);
  const library = createLibraryStore(repository, undefined, ready, (journeyId, update) => {
    // A change made from the library (a rename) reaches the journey if it is open here too.
    if (update) editor.getState().receive(journeyId, update, ORIGIN.storage);
    tell({ journeyId, update: update ?? undefined });
  });
  const autosave = startAutosave(editor, repository, {
    onSaved: (journeyId, update) => tell({ journeyId, update }),
  });
  onUpgrade.handle = () => {
    autosave.stopForUpgrade();
    autoSnapshots.stop();
  };
  const snapshots = new SnapshotRepository(repository.db);
  const autoSnapshots = startAutoSnapshots(editor, snapshots);
  const history = createVersionHistory(editor, snapshots);
  channel?.addEventListener('message', (event: MessageEvent<SavedMessage>) => {
    const { journeyId, update } = event.data;
    if (update) editor.getState().receive(journeyId, update);
    void library.getState().refresh();
  });
  const shares = new ShareRepository(repository.db);
  return { repository, editor, library, autosave, snapshots, autoSnapshots, history, shares };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesContext provider');
  return services;
}

/** Reads the editor store through a selector; re-renders only when the selected value changes. */
export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useServices().editor, selector);
}

/** Reads the library store through a selector. */
export function useLibrary<T>(selector: (state: LibraryState & LibraryActions) => T): T {
  return useStore(useServices().library, selector);
}
