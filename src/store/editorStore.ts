import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JourneyCommand } from '../domain/commands/command';
import type { Journey } from '../domain/journey';
import type { Repair, RestoreError } from '../domain/restore';
import type { JourneyRepository } from '../storage/journeyRepository';
import { pushEntry, type HistoryEntry } from './history';

enablePatches();

export type SaveErrorKind = 'quota' | 'stale' | 'missing' | 'unknown';

export interface EditorState {
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'broken';
  journey: Journey | null;
  /** The journey as last committed to storage; the editor is dirty while `journey` differs from it. */
  persisted: Journey | null;
  /** Storage revision `persisted` was written at. */
  revision: number;
  loadError: RestoreError | null;
  repairs: Repair[];
  saveError: SaveErrorKind | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
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
}

export type EditorStore = StoreApi<EditorState & EditorActions>;

const initialState: EditorState = {
  status: 'idle',
  journey: null,
  persisted: null,
  revision: 0,
  loadError: null,
  repairs: [],
  saveError: null,
  past: [],
  future: [],
};

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
      set(
        from === 'past'
          ? { journey, past: stack.slice(0, -1), future: [...state.future, moved] }
          : { journey, future: stack.slice(0, -1), past: [...state.past, moved] },
      );
    };

    return {
      ...initialState,

      async open(id) {
        const request = ++openRequest;
        set({ ...initialState, status: 'loading' });
        await ready;
        const loaded = await repository.load(id);
        if (request !== openRequest) return;
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
        set({ journey: touch(next, now), past: pushEntry(past, entry), future: [] });
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
    };
  });
}

/** What the save-status indicator shows. */
export function saveStateOf(state: EditorState): 'saving' | 'saved' | 'error' {
  if (state.saveError) return 'error';
  return state.journey === state.persisted ? 'saved' : 'saving';
}
