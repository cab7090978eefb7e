import Dexie from 'dexie';
import { renameJourney } from '../domain/commands/journeyCommands';
import { createEmptyJourney } from '../domain/factory';
import { createEditorStore } from '../store/editorStore';
import { startAutosave } from '../store/autosave';
import { openDatabase } from './database';
import { JourneyRepository } from './journeyRepository';
import { recoverPendingEdits } from './pendingEdits';

/** The schema this build declares as its newest version (database.ts). */
const CURRENT_STORES = {
  journeys: 'id, updatedAt',
  documents: 'id',
  snapshots: '++id, journeyId, [journeyId+createdAt]',
  snapshotFiles: 'id',
  updates: '++seq, journeyId',
  shares: 'journeyId, room',
};

describe('a schema upgrade by a newer tab', () => {
  afterEach(() => localStorage.clear());

  it('makes the older tab step aside: it stops writing, keeps its edits and they come back after reload', async () => {
    const name = 'upgrade-test';
    const onUpgrade = { handle: () => {} };
    const repository = new JourneyRepository(openDatabase(name, () => onUpgrade.handle()));
    const journey = createEmptyJourney('Me quejo', ['Detecto un problema']);
    await repository.create(journey);
    const editor = createEditorStore(repository);
    const autosave = startAutosave(editor, repository, {
      throttleMs: 10_000,
      events: new EventTarget() as unknown as Window,
    });
    onUpgrade.handle = () => autosave.stopForUpgrade();
    await editor.getState().open(journey.id);
    // The first edit is written at once; the second waits for the throttle.
    editor.getState().run(renameJourney, { name: 'Me quejo (v1)' });
    await autosave.flush();
    editor.getState().run(renameJourney, { name: 'Me quejo, editado en la pestaña vieja' });

    // A newer build opens the same database at a higher version: it is not blocked by the old tab.
    const newer = new Dexie(name);
    newer.version(1).stores({ journeys: 'id, updatedAt', documents: 'id' });
    newer.version(2).stores({ ...CURRENT_STORES, updates: null, shares: null });
    newer.version(3).stores(CURRENT_STORES);
    newer.version(4).stores({ ...CURRENT_STORES, backups: '++id' });
    await newer.open();
    expect(newer.verno).toBe(4);

    await vi.waitFor(() => expect(editor.getState().saveError).toBe('upgrade'));
    expect(editor.getState().journey?.name).toBe('Me quejo, editado en la pestaña vieja');
    newer.close();

    // After the reload (the newer build's connection), the safety copy brings the old tab's last edit back.
    const fresh = new Dexie(name);
    fresh.version(4).stores({ ...CURRENT_STORES, backups: '++id' });
    const repo2 = new JourneyRepository(fresh as never);
    expect(await recoverPendingEdits(repo2)).toEqual([journey.id]);
    const loaded = await repo2.load(journey.id);
    expect(loaded?.ok && loaded.journey.name).toBe('Me quejo, editado en la pestaña vieja');
    fresh.close();
  });
});
