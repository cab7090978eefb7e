import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renameJourney } from '../domain/commands/journeyCommands';
import { newTouchpoint, addTouchpoint } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import { toJourneyFile } from '../domain/format';
import type { Journey } from '../domain/journey';
import { summarize } from '../domain/summary';
import { createEditorStore, type EditorStore } from './editorStore';
import { createVersionHistory } from './versionHistory';
import { openDatabase, type RecorridoDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { SnapshotRepository } from '../storage/snapshotRepository';
import { startAutoSnapshots } from './autoSnapshots';

let n = 0;
let db: RecorridoDatabase;
let repository: JourneyRepository;
let snapshots: SnapshotRepository;
let now: number;
const clock = () => new Date(now);
const stops: (() => void)[] = [];

beforeEach(() => {
  db = openDatabase(`snapshots-test-${++n}`);
  repository = new JourneyRepository(db);
  snapshots = new SnapshotRepository(db, { autoCap: 3 });
  now = Date.parse('2025-05-01T09:00:00.000Z');
});

afterEach(async () => {
  vi.useRealTimers();
  stops.splice(0).forEach((stop) => stop());
  db.close();
  await db.delete();
});

async function storedJourney(name = 'Me uno'): Promise<Journey> {
  const journey = createEmptyJourney(name, ['Me informo', 'Contrato'], new Date('2025-04-01T00:00:00.000Z'));
  await repository.create(journey);
  return journey;
}

/** An editor store with automatic snapshots every `intervalMs`, the journey open. */
async function openWithAutoSnapshots(journey: Journey, intervalMs = 1000) {
  const editor = createEditorStore(repository, clock);
  const auto = startAutoSnapshots(editor, snapshots, { intervalMs, clock });
  stops.push(() => auto.stop());
  await editor.getState().open(journey.id);
  await auto.flush();
  return { editor, auto };
}

const kinds = async (journeyId: string) => (await snapshots.list(journeyId)).map((row) => row.kind);

describe('schema upgrades', () => {
  it('upgrade a version-1 database with data to the current version, keeping every journey', async () => {
    const name = `snapshots-upgrade-${++n}`;
    const journey = createEmptyJourney('Me voy', ['Decido irme']);
    const v1 = new Dexie(name);
    v1.version(1).stores({ journeys: 'id, updatedAt', documents: 'id' });
    await v1.open();
    await v1.table('journeys').add({
      id: journey.id,
      name: journey.name,
      createdAt: journey.createdAt,
      updatedAt: journey.updatedAt,
      deletedAt: null,
      revision: 4,
      summary: summarize(journey),
    });
    await v1.table('documents').add({ id: journey.id, revision: 4, file: toJourneyFile(journey) });
    v1.close();

    const upgraded = openDatabase(name);
    const loaded = await new JourneyRepository(upgraded).load(journey.id);
    expect(upgraded.verno).toBe(4);
    expect(loaded).toMatchObject({ ok: true, revision: 4, journey });
    // The JSON document became the journey's first update.
    expect(await upgraded.updates.where('journeyId').equals(journey.id).count()).toBe(1);
    expect((await new JourneyRepository(upgraded).list()).map((row) => row.id)).toEqual([journey.id]);
    expect(await upgraded.snapshots.count()).toBe(0);
    upgraded.close();
    await upgraded.delete();
  });
});

describe('SnapshotRepository', () => {
  it('lists newest first without documents and loads a snapshot back through restore', async () => {
    const journey = await storedJourney();
    const first = await snapshots.add(journey, 'named', '  Antes del taller ', new Date('2025-05-01T10:00:00Z'));
    await snapshots.add({ ...journey, name: 'Me uno v2' }, 'auto', '', new Date('2025-05-01T11:00:00Z'));
    const rows = await snapshots.list(journey.id);
    expect(rows.map((r) => [r.kind, r.name, r.journeyName])).toEqual([
      ['auto', '', 'Me uno v2'],
      ['named', 'Antes del taller', 'Me uno'],
    ]);
    expect(rows[1].summary).toEqual(summarize(journey));
    expect(rows[0]).not.toHaveProperty('file');
    expect(await snapshots.load(first)).toMatchObject({ ok: true, journey, repairs: [] });
  });

  it('keeps only the newest automatic snapshots beyond the cap, but every named one', async () => {
    const journey = await storedJourney();
    const at = (minute: number) => new Date(Date.UTC(2025, 4, 1, 9, minute));
    await snapshots.add(journey, 'named', 'Primera', at(0));
    for (let i = 1; i <= 5; i++) await snapshots.add({ ...journey, name: `auto ${i}` }, 'auto', '', at(i));
    await snapshots.add(journey, 'before-restore', '', at(6));
    const rows = await snapshots.list(journey.id);
    expect(rows.map((r) => r.journeyName)).toEqual(['Me uno', 'auto 5', 'auto 4', 'auto 3', 'Me uno']);
    expect(rows.map((r) => r.kind)).toEqual(['before-restore', 'auto', 'auto', 'auto', 'named']);
    expect(await db.snapshotFiles.count()).toBe(5);
  });

  it('is emptied with the trash: a journey deleted for good takes its snapshots along', async () => {
    const kept = await storedJourney('Me quedo');
    const gone = await storedJourney('Me voy');
    await snapshots.add(kept, 'named', 'Kept');
    await snapshots.add(gone, 'named', 'Gone');
    await snapshots.add(gone, 'auto');
    await repository.trash(gone.id);
    expect(await repository.emptyTrash()).toBe(1);
    expect(await snapshots.list(gone.id)).toEqual([]);
    expect((await snapshots.list(kept.id)).map((r) => r.name)).toEqual(['Kept']);
    expect(await db.snapshotFiles.count()).toBe(1);
  });
});

describe('automatic snapshots', () => {
  it('takes one when a journey opens, and none again when it opens unchanged', async () => {
    const journey = await storedJourney();
    const { editor, auto } = await openWithAutoSnapshots(journey);
    expect(await kinds(journey.id)).toEqual(['auto']);

    editor.getState().close();
    await editor.getState().open(journey.id);
    await auto.flush();
    expect(await kinds(journey.id)).toEqual(['auto']);
  });

  it('takes one per interval while there were edits, and none while idle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const journey = await storedJourney();
    const { editor, auto } = await openWithAutoSnapshots(journey, 60_000);
    expect(await kinds(journey.id)).toHaveLength(1);

    editor.getState().run(renameJourney, { name: 'Me uno (1)' });
    now += 30_000;
    vi.advanceTimersByTime(30_000);
    editor.getState().run(renameJourney, { name: 'Me uno (2)' });
    await auto.flush();
    expect(await kinds(journey.id)).toHaveLength(1);

    now += 30_000;
    vi.advanceTimersByTime(30_000);
    await auto.flush();
    const rows = await snapshots.list(journey.id);
    expect(rows.map((r) => r.journeyName)).toEqual(['Me uno (2)', 'Me uno']);
    expect(rows[0].createdAt).toBe(new Date(now).toISOString());

    // No edits since: the next interval adds nothing.
    vi.advanceTimersByTime(120_000);
    await auto.flush();
    expect(await kinds(journey.id)).toHaveLength(2);
  });

  it('keeps at most the cap of automatic snapshots across many intervals', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const journey = await storedJourney();
    const { editor, auto } = await openWithAutoSnapshots(journey, 1000);
    await snapshots.add(journey, 'named', 'Keep me');
    for (let i = 1; i <= 6; i++) {
      editor.getState().run(renameJourney, { name: `Me uno ${i}` });
      now += 1000;
      vi.advanceTimersByTime(1000);
      await auto.flush();
    }
    const rows = await snapshots.list(journey.id);
    expect(rows.filter((r) => r.kind === 'auto').map((r) => r.journeyName)).toEqual([
      'Me uno 6',
      'Me uno 5',
      'Me uno 4',
    ]);
    expect(rows.filter((r) => r.kind === 'named').map((r) => r.name)).toEqual(['Keep me']);
  });
});

describe('restoring a snapshot', () => {
  let editor: EditorStore;

  it('is one undo step, and leaves a before-restore snapshot of what was there', async () => {
    const journey = await storedJourney();
    ({ editor } = await openWithAutoSnapshots(journey));
    const history = createVersionHistory(editor, snapshots, clock);
    const named = await history.saveNamed('Base');

    const stageId = journey.stages[0].id;
    editor.getState().run(renameJourney, { name: 'Me uno, cambiado' });
    const touchpoint = newTouchpoint(editor.getState().journey!, { x: 0, y: 0 }, { title: 'Nuevo', stageId });
    editor.getState().run(addTouchpoint, { touchpoint });
    const changed = editor.getState().journey!;
    const undoDepth = editor.getState().undoDepth;

    now += 5000;
    await history.restore(named!);
    const restored = editor.getState().journey!;
    expect(restored.id).toBe(journey.id);
    expect(restored.name).toBe('Me uno');
    expect(restored.touchpoints).toEqual([]);
    expect(restored.stages).toEqual(journey.stages);
    expect(editor.getState().undoDepth).toBe(undoDepth + 1);

    const rows = await snapshots.list(journey.id);
    expect(rows[0]).toMatchObject({ kind: 'before-restore', journeyName: 'Me uno, cambiado' });
    const before = await snapshots.load(rows[0].id);
    expect(before?.ok && before.journey.touchpoints.map((t) => t.title)).toEqual(['Nuevo']);

    editor.getState().undo();
    const undone = editor.getState().journey!;
    expect(undone.name).toBe(changed.name);
    expect(undone.touchpoints).toEqual(changed.touchpoints);
    editor.getState().redo();
    expect(editor.getState().journey!.name).toBe('Me uno');
  });
});
