import Dexie from 'dexie';
import { renameJourney } from '../domain/commands/journeyCommands';
import { createEmptyJourney } from '../domain/factory';
import { createEditorStore } from '../store/editorStore';
import { startAutosave } from '../store/autosave';
import { openDatabase } from './database';
import { JourneyRepository } from './journeyRepository';
import { recoverPendingEdits } from './pendingEdits';
import { encodeJourney } from '../doc';
import { projectForInsights } from '../domain/insights';
import { summarize } from '../domain/summary';
import { findTemplate, instantiateTemplate } from '../domain/templates';
import { readInsightsJourneys } from './readInsightsJourneys';

/** The schema this build declares as its newest version (database.ts). */
const CURRENT_STORES = {
  journeys: 'id, updatedAt',
  documents: 'id',
  snapshots: '++id, journeyId, [journeyId+createdAt]',
  snapshotFiles: 'id',
  updates: '++seq, journeyId',
  shares: 'journeyId, room',
  insights: 'id',
};

/** The schema of version 3, the last before the insights projections. */
const VERSION_3_STORES = { ...CURRENT_STORES, insights: null };

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
    newer.version(2).stores({ ...CURRENT_STORES, updates: null, shares: null, insights: null });
    newer.version(3).stores(VERSION_3_STORES);
    newer.version(4).stores(CURRENT_STORES);
    newer.version(5).stores({ ...CURRENT_STORES, backups: '++id' });
    await newer.open();
    expect(newer.verno).toBe(5);

    await vi.waitFor(() => expect(editor.getState().saveError).toBe('upgrade'));
    expect(editor.getState().journey?.name).toBe('Me quejo, editado en la pestaña vieja');
    newer.close();

    // After the reload (the newer build's connection), the safety copy brings the old tab's last edit back.
    const fresh = new Dexie(name);
    fresh.version(5).stores({ ...CURRENT_STORES, backups: '++id' });
    const repo2 = new JourneyRepository(fresh as never);
    expect((await recoverPendingEdits(repo2)).recovered).toEqual([journey.id]);
    const loaded = await repo2.load(journey.id);
    expect(loaded?.ok && loaded.journey.name).toBe('Me quejo, editado en la pestaña vieja');
    fresh.close();
  });
});

describe('upgrading a version-3 database to version 4 (insights projections)', () => {
  it('keeps every journey, adds an empty projections table, and the insights fill it on first read', async () => {
    const name = 'upgrade-3-to-4';
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en', new Date('2025-03-01T10:00:00.000Z'));
    const older = new Dexie(name);
    older.version(3).stores(VERSION_3_STORES);
    await older.open();
    await older.table('journeys').put({
      id: journey.id,
      name: journey.name,
      createdAt: journey.createdAt,
      updatedAt: journey.updatedAt,
      deletedAt: null,
      revision: 7,
      summary: summarize(journey),
    });
    await older.table('updates').add({ journeyId: journey.id, update: encodeJourney(journey) });
    older.close();

    const db = openDatabase(name);
    const repository = new JourneyRepository(db);
    try {
      expect((await repository.list()).map((row) => [row.id, row.revision])).toEqual([[journey.id, 7]]);
      expect(db.verno).toBe(4);
      expect(await db.insights.count()).toBe(0);
      const loaded = await repository.load(journey.id);
      expect(loaded?.ok && loaded.journey).toEqual(journey);

      expect((await readInsightsJourneys(repository)).journeys).toEqual([projectForInsights(journey)]);
      expect(await db.insights.get(journey.id)).toMatchObject({ revision: 7, journey: projectForInsights(journey) });
    } finally {
      db.close();
      await db.delete();
    }
  });
});
