import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JourneyCommand } from '../domain/commands/command';
import type { Journey } from '../domain/journey';
import { mergeJourneys } from '../domain/merge';
import type { Repair, RestoreError } from '../domain/restore';
import type { JourneyRepository } from '../storage/journeyRepository';
import { pushEntry, type HistoryEntry } from './history';

enablePatches();

export type SaveErrorKind = 'quota' | 'stale' | 'missing' | 'upgrade' | 'unknown';

/** What is selected on the canvas: session state, never saved nor undone. */
export interface Selection {
  touchpoints: string[];
  connections: string[];
}

export type EditorView = 'canvas' | 'blueprint';

export interface EditorState {
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'broken';
  journey: Journey | null;
  /** The journey as last committed to storage; the editor is dirty while `journey` differs from it. */
  persisted: Journey | null;
  /** Storage revision `persisted` was written at. */
  revision: number;
  loadError: RestoreError | null;
  repairs: Repair[];
  /** When the open journey was moved to the trash, or null. */
  trashedAt: string | null;
  saveError: SaveErrorKind | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  selection: Selection;
  view: EditorView;
  /** Set when another tab's save was taken in: 'updated' (nothing here to keep) or 'merged' (both kept). */
  externalChange: 'updated' | 'merged' | null;
}

export interface EditorActions {
  /** Loads a journey from storage into the editor; resolves once it shows or is known missing. */
  open(id: string): Promise<void>;
  close(): void;
  /** Runs a command over the open journey and records it in the undo history. */
  run<P>(command: JourneyCommand<P>, payload: P): void;
  undo(): void;
  redo(): void;
  /** Called by the save listener once a write of `journey` committed at `revision`. */
  markSaved(journey: Journey, revision: number): void;
  markSaveError(kind: SaveErrorKind): void;
  /** Called once the open journey was brought back from the trash. */
  markRestored(): void;
  select(selection: Partial<Selection>): void;
  /**
   * Takes in a newer stored version of the open journey (saved by another tab): replaces it when there are
   * no unsaved edits here, otherwise merges both, element by element. Undo history restarts.
   */
  integrate(remote: Journey, revision: number): void;
  dismissExternalChange(): void;
  setView(view: EditorView): void;
}

export type EditorStore = StoreApi<EditorState & EditorActions>;

const initialState: EditorState = {
  status: 'idle',
  journey: null,
  persisted: null,
  revision: 0,
  loadError: null,
  repairs: [],
  trashedAt: null,
  saveError: null,
  past: [],
  future: [],
  selection: { touchpoints: [], connections: [] },
  view: 'canvas',
  externalChange: null,
};

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Drops selected ids that no longer exist in the journey (after delete, undo of an add...). */
function pruneSelection(selection: Selection, journey: Journey): Selection {
  if (selection.touchpoints.length === 0 && selection.connections.length === 0) return selection;
  const touchpointIds = new Set(journey.touchpoints.map((t) => t.id));
  const connectionIds = new Set(journey.connections.map((c) => c.id));
  const touchpoints = selection.touchpoints.filter((id) => touchpointIds.has(id));
  const connections = selection.connections.filter((id) => connectionIds.has(id));
  return sameIds(touchpoints, selection.touchpoints) && sameIds(connections, selection.connections)
    ? selection
    : { touchpoints, connections };
}

const touch = (journey: Journey, now: Date): Journey => ({ ...journey, updatedAt: now.toISOString() });

/** The open journey, its undo history and its save state. Holds no business logic: commands do. */
export function createEditorStore(
  repository: JourneyRepository,
  clock: () => Date = () => new Date(),
  /** Settles once storage may be read (e.g. edits cut short by the last reload were recovered). */
  ready: Promise<unknown> = Promise.resolve(),
): EditorStore {
  let openRequest = 0;
  return createStore<EditorState & EditorActions>()((set, get) => {
    const travel = (from: 'past' | 'future') => {
      const state = get();
      const stack = state[from];
      const entry = stack[stack.length - 1];
      if (!state.journey || !entry) return;
      const patches: Patch[] = from === 'past' ? entry.inverse : entry.patches;
      const journey = touch(applyPatches(state.journey, patches), clock());
      const moved = { ...entry, mergeKey: undefined };
      const selection = pruneSelection(state.selection, journey);
      set(
        from === 'past'
          ? { journey, selection, past: stack.slice(0, -1), future: [...state.future, moved] }
          : { journey, selection, future: stack.slice(0, -1), past: [...state.past, moved] },
      );
    };

    return {
      ...initialState,

      async open(id) {
        const request = ++openRequest;
        const before = get();
        // Reopening the journey already open and saved (editor -> presentation -> editor) keeps its undo
        // history, unless storage moved on meanwhile (renamed in the library, saved by another tab).
        const reopening = before.status === 'ready' && before.journey?.id === id && before.journey === before.persisted;
        if (!reopening) set({ ...initialState, status: 'loading' });
        await ready;
        const loaded = await repository.load(id);
        if (request !== openRequest) return;
        if (reopening && loaded?.ok && loaded.revision === get().revision && get().journey === get().persisted) {
          set({ trashedAt: loaded.deletedAt });
          return;
        }
        if (reopening) set({ ...initialState, status: 'loading' });
        if (!loaded) {
          set({ status: 'missing' });
        } else if (!loaded.ok) {
          set({ status: 'broken', loadError: loaded.error });
        } else {
          set({
            status: 'ready',
            journey: loaded.journey,
            persisted: loaded.journey,
            revision: loaded.revision,
            repairs: loaded.repairs,
            trashedAt: loaded.deletedAt,
          });
        }
      },

      close() {
        openRequest++;
        set(initialState);
      },

      run(command, payload) {
        const { journey, past } = get();
        if (!journey) return;
        const [next, patches, inverse] = produceWithPatches(journey, (draft) => command.apply(draft, payload));
        if (patches.length === 0) return;
        const now = clock();
        const entry: HistoryEntry = { patches, inverse, mergeKey: command.mergeKey?.(payload), at: now.getTime() };
        set({
          journey: touch(next, now),
          selection: pruneSelection(get().selection, next),
          past: pushEntry(past, entry),
          future: [],
        });
      },

      undo: () => travel('past'),
      redo: () => travel('future'),

      markSaved(journey, revision) {
        if (get().journey?.id !== journey.id) return;
        set({ persisted: journey, revision, saveError: null });
      },

      markSaveError(kind) {
        set({ saveError: kind });
      },

      markRestored() {
        set({ trashedAt: null });
      },

      select(partial) {
        const current = get().selection;
        const next = { ...current, ...partial };
        if (sameIds(next.touchpoints, current.touchpoints) && sameIds(next.connections, current.connections)) return;
        set({ selection: next });
      },

      setView(view) {
        set({ view });
      },

      integrate(remote, revision) {
        const state = get();
        if (state.status !== 'ready' || !state.journey || state.journey.id !== remote.id) return;
        if (revision <= state.revision) return;
        const dirty = state.journey !== state.persisted && state.persisted !== null;
        const journey = dirty ? mergeJourneys(state.persisted!, state.journey, remote) : remote;
        set({
          journey,
          persisted: remote,
          revision,
          past: [],
          future: [],
          saveError: null,
          selection: pruneSelection(state.selection, journey),
          externalChange: dirty ? 'merged' : 'updated',
        });
      },

      dismissExternalChange() {
        set({ externalChange: null });
      },
    };
  });
}

/** What the save-status indicator shows. */
export function saveStateOf(state: EditorState): 'saving' | 'saved' | 'error' {
  if (state.saveError) return 'error';
  return state.journey === state.persisted ? 'saved' : 'saving';
}
