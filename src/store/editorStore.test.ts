import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renameJourney } from '../domain/commands/journeyCommands';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { elementsOf } from '../doc/shape';
import { openDatabase, type RecorridoDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { aTouchpoint } from '../test/touchpoint';
import { createEditorStore, ORIGIN, saveStateOf, type EditorStore } from './editorStore';
import { MERGE_WINDOW_MS } from './history';

let n = 0;
let db: RecorridoDatabase;
let repository: JourneyRepository;
let now: number;
let store: EditorStore;
let original: Journey;

const clock = () => new Date(now);
const name = () => store.getState().journey?.name;
const rename = (value: string, after = 0) => {
  now += after;
  store.getState().run(renameJourney, { name: value });
};

/** A second copy of the open journey's document, edited apart, as another tab or person would. */
function elsewhere(): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(store.getState().doc!));
  return other;
}

/** Sends `other`'s changes the open document lacks, as the tab channel or the sync server would. */
function arrive(other: Y.Doc) {
  const update = Y.encodeStateAsUpdate(other, Y.encodeStateVector(store.getState().doc!));
  store.getState().receive(original.id, update);
}

beforeEach(async () => {
  db = openDatabase(`test-${++n}`);
  repository = new JourneyRepository(db);
  now = Date.parse('2025-05-01T09:00:00.000Z');
  original = createEmptyJourney('Me uno', ['Me informo', 'Contrato'], new Date('2025-04-01T00:00:00.000Z'));
  original.touchpoints = [
    aTouchpoint({ id: 't1', stageId: original.stages[0].id, position: { x: 30, y: 100 } }),
    aTouchpoint({ id: 't2', stageId: original.stages[1].id, position: { x: 330, y: 100 } }),
  ];
  await repository.create(original);
  store = createEditorStore(repository, clock);
  await store.getState().open(original.id);
});

afterEach(async () => {
  store.getState().close();
  db.close();
  await db.delete();
});

describe('editor store', () => {
  it('keeps selected touchpoints while they are edited and drops one deleted elsewhere', () => {
    store.getState().select({ touchpoints: ['t1', 't2'] });
    store.getState().run(updateTouchpoints, { ids: ['t1'], fields: { title: 'Entro' } });
    expect(store.getState().selection.touchpoints).toEqual(['t1', 't2']);
    const other = elsewhere();
    other.transact(() => elementsOf(other, 'touchpoints').delete('t2'));
    arrive(other);
    expect(store.getState().selection.touchpoints).toEqual(['t1']);
  });

  it('learns that the open journey went to the trash, or came back, when told', async () => {
    await repository.trash(original.id, new Date(now));
    await store.getState().refreshTrashed('another-journey');
    expect(store.getState().trashedAt).toBeNull();
    await store.getState().refreshTrashed(original.id);
    expect(store.getState().trashedAt).not.toBeNull();
    await repository.restoreFromTrash(original.id);
    await store.getState().refreshTrashed(original.id);
    expect(store.getState().trashedAt).toBeNull();
  });

  it('opens a stored journey ready to edit, with nothing to save or undo', () => {
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.journey).toEqual(original);
    expect(state.revision).toBe(1);
    expect([state.undoDepth, state.redoDepth]).toEqual([0, 0]);
    expect(saveStateOf(state)).toBe('saved');
  });

  it('runs, undoes and redoes a rename, and touches the last-edited time', () => {
    rename('Me doy de alta', 10);
    expect(name()).toBe('Me doy de alta');
    expect(store.getState().journey?.updatedAt).toBe(clock().toISOString());

    store.getState().undo();
    expect(name()).toBe('Me uno');
    expect([store.getState().undoDepth, store.getState().redoDepth]).toEqual([0, 1]);

    store.getState().redo();
    expect(name()).toBe('Me doy de alta');
    expect([store.getState().undoDepth, store.getState().redoDepth]).toEqual([1, 0]);
  });

  it('merges renames within the merge window into one undo step', () => {
    rename('M');
    rename('Me', MERGE_WINDOW_MS / 3);
    rename('Me d', MERGE_WINDOW_MS / 3);
    rename('Me doy', MERGE_WINDOW_MS);
    expect(store.getState().undoDepth).toBe(1);

    store.getState().undo();
    expect(name()).toBe('Me uno');
    store.getState().redo();
    expect(name()).toBe('Me doy');
  });

  it('keeps renames far apart in time, and edits of different fields, as separate steps', () => {
    rename('Primero');
    rename('Segundo', MERGE_WINDOW_MS + 1);
    store.getState().run(updateTouchpoints, { ids: ['t1'], fields: { title: 'Veo un anuncio' } });
    expect(store.getState().undoDepth).toBe(3);

    store.getState().undo();
    expect(store.getState().journey?.touchpoints[0].title).toBe('t1');
    store.getState().undo();
    expect(name()).toBe('Primero');
    store.getState().undo();
    expect(name()).toBe('Me uno');
  });

  it('merges a burst of typing or of ratings in one field, but keeps each tick of a box and each clear its own step', () => {
    const tp = () => store.getState().journey!.touchpoints[0];
    const update = (fields: Parameters<typeof updateTouchpoints.apply>[1]['fields'], after = 0) => {
      now += after;
      store.getState().run(updateTouchpoints, { ids: ['t1'], fields });
    };
    update({ title: 'V' });
    update({ title: 'Veo' }, MERGE_WINDOW_MS / 3);
    expect(store.getState().undoDepth).toBe(1);
    // Ticked and unticked at once: undo brings back the tick, rather than a merged step that changed nothing.
    update({ momentOfTruth: true }, MERGE_WINDOW_MS / 3);
    update({ momentOfTruth: false }, MERGE_WINDOW_MS / 3);
    // Arrowed along the scale: one step; then cleared: a step of its own.
    update({ emotion: -2 }, MERGE_WINDOW_MS / 3);
    update({ emotion: -1 }, MERGE_WINDOW_MS / 3);
    update({ emotion: 0 }, MERGE_WINDOW_MS / 3);
    update({ emotion: null }, MERGE_WINDOW_MS / 3);
    expect(store.getState().undoDepth).toBe(5);
    store.getState().undo();
    expect(tp().emotion).toBe(0);
    store.getState().undo();
    expect([tp().emotion, tp().momentOfTruth]).toEqual([null, false]);
    store.getState().undo();
    expect(tp().momentOfTruth).toBe(true);
    store.getState().undo();
    expect(tp().momentOfTruth).toBe(false);
    expect(tp().title).toBe('Veo');
    store.getState().undo();
    expect(tp().title).toBe('t1');
  });

  it('does not merge a new rename into a step that was undone and redone', () => {
    rename('Primero');
    store.getState().undo();
    store.getState().redo();
    rename('Segundo', 10);
    expect(store.getState().undoDepth).toBe(2);
    store.getState().undo();
    expect(name()).toBe('Primero');
  });

  it('clears the redo stack when a new command runs', () => {
    rename('Primero');
    rename('Segundo', 60_000);
    store.getState().undo();
    expect(store.getState().redoDepth).toBe(1);

    rename('Otro', 60_000);
    expect(store.getState().redoDepth).toBe(0);
    store.getState().undo();
    expect(name()).toBe('Primero');
  });

  it('records nothing for a rename that changes nothing', () => {
    const before = store.getState().journey;
    rename('Me uno', 10);
    expect(store.getState().journey).toBe(before);
    expect(store.getState().undoDepth).toBe(0);
  });

  it('undoes only its own changes: what arrived from elsewhere meanwhile stays', () => {
    store.getState().run(updateTouchpoints, { ids: ['t1'], fields: { title: 'Mío' } });
    const other = elsewhere();
    elementsOf(other, 'touchpoints').get('t2')!.set('title', 'Suyo');
    arrive(other);
    expect(store.getState().journey?.touchpoints.map((t) => t.title)).toEqual(['Mío', 'Suyo']);
    // Another person's edit is not this user's to undo.
    expect(store.getState().undoDepth).toBe(1);

    store.getState().undo();
    expect(store.getState().journey?.touchpoints.map((t) => t.title)).toEqual(['t1', 'Suyo']);
    store.getState().redo();
    expect(store.getState().journey?.touchpoints.map((t) => t.title)).toEqual(['Mío', 'Suyo']);
  });

  it('repairs a change that arrives broken, the way a file is repaired, and says so', () => {
    const other = elsewhere();
    other.transact(() => {
      // A stage that does not exist, and an emotion off the scale.
      elementsOf(other, 'touchpoints').get('t2')!.set('stageId', 'gone');
      elementsOf(other, 'touchpoints').get('t1')!.set('emotion', 9);
    });
    arrive(other);
    return new Promise<void>((resolve) =>
      queueMicrotask(() => {
        const [t1, t2] = store.getState().journey!.touchpoints;
        expect(t1.emotion).toBeNull();
        expect(t2.stageId).toBe(original.stages[1].id);
        expect(store.getState().arrivedRepairs).toBe(2);
        // The repair is in the document, so it is saved and reaches everyone else too.
        expect(elementsOf(store.getState().doc!, 'touchpoints').get('t1')!.get('emotion')).toBeNull();
        resolve();
      }),
    );
  });

  it('cuts a title that two people’s pastes together take past its limit, and says where', () => {
    const other = elsewhere();
    store.getState().run(updateTouchpoints, { ids: ['t1'], fields: { title: `t1${'a'.repeat(600)}` } });
    const title = elementsOf(other, 'touchpoints').get('t1')!.get('title') as Y.Text;
    other.transact(() => title.insert(title.length, 'b'.repeat(600)));
    arrive(other);
    return new Promise<void>((resolve) =>
      queueMicrotask(() => {
        const kept = store.getState().journey!.touchpoints[0].title;
        expect(kept).toHaveLength(1000);
        expect(store.getState().arrivedCuts).toEqual([
          // Named as it arrived, both pastes whole (which comes first depends on the two clients' ids).
          {
            repair: { code: 'cut-text', path: 'journey.touchpoints.0.title', limit: 1000 },
            name: expect.stringMatching(/^t1(a{600}b{600}|b{600}a{600})$/),
          },
        ]);
        expect(elementsOf(store.getState().doc!, 'touchpoints').get('t1')!.get('title')!.toString()).toBe(kept);
        store.getState().dismissArrivedRepairs();
        expect(store.getState().arrivedCuts).toEqual([]);
        resolve();
      }),
    );
  });

  it('ignores commands in a read-only journey', () => {
    store.getState().setReadOnly(true);
    rename('No');
    store.getState().undo();
    expect(name()).toBe('Me uno');
  });

  it('reports a missing journey when opening an id that is not stored', async () => {
    await store.getState().open('no-such-journey');
    const state = store.getState();
    expect(state.status).toBe('missing');
    expect(state.journey).toBeNull();
    rename('Nada');
    expect(store.getState().journey).toBeNull();
  });

  it('leaves what arrived for another journey alone', () => {
    const other = elsewhere();
    elementsOf(other, 'touchpoints').get('t1')!.set('title', 'Otro');
    store.getState().receive('another-journey', Y.encodeStateAsUpdate(other), ORIGIN.tab);
    expect(store.getState().journey?.touchpoints[0].title).toBe('t1');
  });
});
