import { openDatabase } from '../storage/database';
import { startAutosave } from './autosave';
import { JourneyRepository } from '../storage/journeyRepository';
import { recoverPendingEdits } from '../storage/pendingEdits';
import { ShareRepository } from '../storage/shareRepository';
import { SnapshotRepository } from '../storage/snapshotRepository';
import { startAutoSnapshots } from './autoSnapshots';
import { createEditorStore, ORIGIN } from './editorStore';
import { createLibraryStore, repositoryStorage } from './libraryStore';
import { openSavesChannel, type SavedMessage, type Services, type StartedServices } from './services';
import { createVersionHistory } from './versionHistory';

/**
 * Opens storage and wires saving as a listener on the editor store. The app calls it through
 * createAppServices().load(), handing over the library store and the channel between tabs it started the
 * first screen with (`started`); tests call it alone, and get both made here.
 */
export function createServices(databaseName?: string, started?: StartedServices): Services {
  // The database is opened before autosave exists; an upgrade elsewhere reaches autosave through this.
  const onUpgrade = { handle: () => {} };
  const repository = new JourneyRepository(openDatabase(databaseName, () => onUpgrade.handle()));
  // Nothing is read before edits a reload cut short are back in IndexedDB.
  const ready = recoverPendingEdits(repository).catch((error: unknown) => console.error(error));
  const editor = createEditorStore(repository, undefined, ready);
  // Tabs relay what they store to each other: a journey open in two tabs is one document, merged.
  const channel = started ? started.channel : openSavesChannel(databaseName);
  const tell = (message: SavedMessage) => channel?.postMessage(message);
  const changedHere = (journeyId: string, update: Uint8Array | null) => {
    // A change made from the library (a rename) reaches the journey if it is open here too.
    if (update) editor.getState().receive(journeyId, update, ORIGIN.storage);
    tell({ journeyId, update: update ?? undefined });
  };
  const library = started?.library ?? createLibraryStore(repositoryStorage(repository, ready), undefined, changedHere);
  if (started) started.changed.handle = changedHere;
  // The library started first listens to the other tabs already.
  else channel?.addEventListener('message', () => void library.getState().refresh());
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
    // Only the library row changed (moved to the trash or back): the editor of that journey says so.
    else void editor.getState().refreshTrashed(journeyId);
  });
  const shares = new ShareRepository(repository.db);
  return { repository, ready, editor, library, autosave, snapshots, autoSnapshots, history, shares };
}
