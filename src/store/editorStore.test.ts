import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameJourney } from '../domain/commands/journeyCommands';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { openDatabase, type RecorridoDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { createEditorStore, saveStateOf, type EditorStore } from './editorStore';
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

beforeEach(async () => {
  db = openDatabase(`test-${++n}`);
  repository = new JourneyRepository(db);
  now = Date.parse('2025-05-01T09:00:00.000Z');
  original = createEmptyJourney('Me uno', ['Me informo', 'Contrato'], new Date('2025-04-01T00:00:00.000Z'));
  await repository.create(original);
  store = createEditorStore(repository, clock);
  await store.getState().open(original.id);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('editor store', () => {
  it('opens a stored journey ready to edit, with nothing to save', () => {
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.journey).toEqual(original);
    expect(state.revision).toBe(1);
    expect(saveStateOf(state)).toBe('saved');
  });

  it('runs, undoes and redoes a rename', () => {
    rename('Me doy de alta', 10);
    expect(name()).toBe('Me doy de alta');
    expect(store.getState().journey?.updatedAt).toBe(clock().toISOString());
    expect(saveStateOf(store.getState())).toBe('saving');

    store.getState().undo();
    expect(name()).toBe('Me uno');
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().future).toHaveLength(1);

    store.getState().redo();
    expect(name()).toBe('Me doy de alta');
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().future).toHaveLength(0);
  });

  it('merges renames within the merge window into one undo step', () => {
    rename('M');
    rename('Me', MERGE_WINDOW_MS / 3);
    rename('Me d', MERGE_WINDOW_MS / 3);
    rename('Me doy', MERGE_WINDOW_MS);
    expect(store.getState().past).toHaveLength(1);

    store.getState().undo();
    expect(name()).toBe('Me uno');
    store.getState().redo();
    expect(name()).toBe('Me doy');
  });

  it('keeps renames far apart in time as separate steps', () => {
    rename('Primero');
    rename('Segundo', MERGE_WINDOW_MS + 1);
    rename('Tercero', 60_000);
    expect(store.getState().past).toHaveLength(3);

    store.getState().undo();
    expect(name()).toBe('Segundo');
    store.getState().undo();
    expect(name()).toBe('Primero');
    store.getState().undo();
    expect(name()).toBe('Me uno');
  });

  it('does not merge a new rename into a step that was undone and redone', () => {
    rename('Primero');
    store.getState().undo();
    store.getState().redo();
    rename('Segundo', 10);
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(name()).toBe('Primero');
  });

  it('clears the redo stack when a new command runs', () => {
    rename('Primero');
    rename('Segundo', 60_000);
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);

    rename('Otro', 60_000);
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(name()).toBe('Otro');
    store.getState().undo();
    expect(name()).toBe('Primero');
  });

  it('records nothing for a rename that changes nothing', () => {
    const before = store.getState().journey;
    rename('Me uno', 10);
    expect(store.getState().journey).toBe(before);
    expect(store.getState().past).toEqual([]);
  });

  it('does nothing on undo or redo with an empty history', () => {
    const before = store.getState();
    store.getState().undo();
    store.getState().redo();
    const after = store.getState();
    expect(after.journey).toBe(before.journey);
    expect([after.past, after.future]).toEqual([[], []]);
    expect(saveStateOf(after)).toBe('saved');
  });

  it('reports a missing journey when opening an id that is not stored', async () => {
    await store.getState().open('no-such-journey');
    const state = store.getState();
    expect(state.status).toBe('missing');
    expect(state.journey).toBeNull();
    rename('Nada');
    expect(store.getState().journey).toBeNull();
  });
});
