import { Immer } from 'immer';

// A command's result is only compared with the journey and written into the document, then dropped (the
// journey the UI reads is read back from the document), so freezing it is wasted work: on a map of 2,000
// touchpoints Immer's deep freeze of the result was a third of a keystroke's command time.
const { produce } = new Immer({ autoFreeze: false });
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JourneyCommand } from '../domain/commands/command';
import type { Journey } from '../domain/journey';
import { touchpointById } from '../domain/touchpointIndex';
import { elementNameAt } from '../domain/elementName';
import type { KpiField } from '../domain/fields';
import type { Repair, RestoreError } from '../domain/restore';
import { restoreModule } from '../domain/lazyRestore';
import { docModule, loadDocModule } from '../doc/lazy';
import type { JourneyReader } from '../doc/read';
import type { BlueprintLayoutKind } from '../domain/blueprintLayers';
import type { JourneyRepository } from '../storage/journeyRepository';
import { recoverPendingEdits } from '../storage/pendingEdits';
import { createDrafts } from './drafts';
import { amendLostEdits, createEditTracker, mergeLostEdits, type LostEdits, type TypedFields } from './lostEdits';
import { MERGE_WINDOW_MS } from './history';
import {
  rememberBlueprintLayout,
  rememberDimAssumed,
  rememberedBlueprintLayout,
  rememberedDimAssumed,
  rememberedJourneyView,
  rememberJourneyView,
} from './viewPreferences';

/**
 * Where a change to the open journey's document came from. Only LOCAL changes (this user's commands) are
 * undoable; the others are merged in and left alone by undo.
 */
export const ORIGIN = {
  /** A command run in this tab: undoable, saved. */
  local: 'local',
  /** Read from IndexedDB: already stored. */
  storage: 'storage',
  /** Saved by another tab, relayed here: already stored. */
  tab: 'tab',
  /** A repair of a change that arrived broken, or of a journey loaded broken: saved, not undoable. */
  repair: 'repair',
  /** The last-edited time, touched after an undo or redo: saved, not undoable. */
  touch: 'touch',
  /**
   * This browser's own edits from a safety copy storage could not take yet (pendingEdits): saved again,
   * not undoable.
   */
  recovered: 'recovered',
} as const;

export type SaveErrorKind = 'quota' | 'missing' | 'upgrade' | 'unknown';

/** What is selected on the canvas: session state, never saved nor undone. */
export interface Selection {
  touchpoints: string[];
  connections: string[];
}

export type EditorView = 'canvas' | 'blueprint';

/** A text cut to its limit by the repair of a change from elsewhere: the repair, and its element's name. */
export interface ArrivedCut {
  repair: Repair;
  /** The touchpoint's title, stage's name... when the text was cut; '' for the journey's own fields. */
  name: string;
}

/** How many of the texts cut in changes from elsewhere the notice lists: the latest. */
export const ARRIVED_CUTS_SHOWN = 5;

export interface EditorState {
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'broken';
  /** The open journey as plain data, read from its document after every change. */
  journey: Journey | null;
  /** The open journey's Yjs document: what commands write, storage saves and the sync server shares. */
  doc: Y.Doc | null;
  /** Storage revision last read or written. */
  revision: number;
  loadError: RestoreError | null;
  /** What restore repaired when the journey was opened. */
  repairs: Repair[];
  /** How many repairs changes from elsewhere (another tab, another person) have needed since opening. */
  arrivedRepairs: number;
  /**
   * The texts those repairs cut to their limit (two people's pastes into one field can together pass it),
   * the latest ARRIVED_CUTS_SHOWN, each with its element's name right after the cut, so the notice can say
   * where words were lost.
   */
  arrivedCuts: ArrivedCut[];
  /** When the open journey was moved to the trash, or null. */
  trashedAt: string | null;
  /** True while some change to the document is not yet committed to IndexedDB. */
  unsaved: boolean;
  /** True while text typed into a field is not yet written to the journey (holdDraft). */
  drafting: boolean;
  saveError: SaveErrorKind | null;
  /** Steps this tab can undo and redo (its own commands only). */
  undoDepth: number;
  redoDepth: number;
  /** True when this browser may only read the journey (a read-only share link). */
  readOnly: boolean;
  selection: Selection;
  view: EditorView;
  /** How the blueprint view draws rows: one lane per owning function, or the service blueprint's layers. */
  blueprintLayout: BlueprintLayoutKind;
  /**
   * The persona whose emotions the inspector edits and the curve highlights; null (or an id no longer in
   * the journey) means the main one (see activePersonaId). Remembered for this journey (viewPreferences).
   */
  personaId: string | null;
  /**
   * The measure drawn over the emotion curve on its own scale, or none (the default). Remembered for this
   * journey (viewPreferences).
   */
  curveOverlay: KpiField | null;
  /** Whether the canvas dims touchpoints whose data is only assumed; remembered for this user (viewPreferences). */
  dimAssumed: boolean;
  /**
   * Touchpoints refused because the journey would go over LIMITS.touchpoints (a paste, a duplicate, a new
   * card): how many it had and how many were to be added. Session state, shown until dismissed.
   */
  overLimit: { have: number; adding: number } | null;
  /**
   * Selected touchpoints and connections, and any stages, that a change made elsewhere (another person,
   * another tab) deleted, named as they were (a touchpoint by its title, a connection by the titles of its
   * ends, a stage by its name): the inspector tells whoever was typing in one. A new object at each such
   * change.
   */
  deletedElsewhere: DeletedElsewhere | null;
  /**
   * Touchpoints this tab had changed lately (LOST_EDIT_WINDOW_MS) that a change made elsewhere deleted, as
   * they were: the editor says so and offers to bring them back (two people offline, one editing and one
   * deleting the same card, merge into the deletion). Accumulates until dismissed or brought back.
   */
  lostEdits: LostEdits | null;
}

/**
 * What a change made elsewhere deleted that this tab may be typing into (EditorState.deletedElsewhere): the
 * selected touchpoints and connections it took, and every stage it took (a stage's name may be in the
 * middle of a rename, selected or not).
 */
export interface DeletedElsewhere {
  /** The deleted touchpoints' ids and their titles as they were (empty when untitled). */
  ids: string[];
  titles: string[];
  /** The deleted connections, by the titles of the touchpoints they joined (empty when untitled). */
  connections: { from: string; to: string }[];
  /** The deleted stages (selected or not: one may be being renamed), with their names as they were. */
  stages: { id: string; name: string }[];
}

export interface EditorActions {
  /** Loads a journey from storage into the editor; resolves once it shows or is known missing. */
  open(id: string): Promise<void>;
  close(): void;
  /** Runs a command over the open journey, as one undoable change of its document. */
  run<P>(command: JourneyCommand<P>, payload: P): void;
  undo(): void;
  redo(): void;
  /**
   * Holds a field's typed text not yet written to the journey: `flush` writes it (store/drafts). Every
   * command, undo, redo, open and close flushes the held drafts first. Returns the release.
   */
  holdDraft(flush: () => void): () => void;
  /** Writes every held draft to the journey now (the save listener, before the page hides). */
  flushDrafts(): void;
  /** Called by the save listener: a change is waiting to be written (true) or every one is stored (false). */
  markUnsaved(unsaved: boolean): void;
  /** Called by the save listener once a write committed at `revision`. */
  markSaved(revision: number): void;
  markSaveError(kind: SaveErrorKind | null): void;
  /** Called once the open journey was brought back from the trash. */
  markRestored(): void;
  /**
   * Reads again whether the open journey `journeyId` is in the trash (another tab moved it there or back),
   * so the editor says so; nothing for another journey.
   */
  refreshTrashed(journeyId: string): Promise<void>;
  /** Merges an update stored elsewhere (another tab, the library) into the open journey's document. */
  receive(journeyId: string, update: Uint8Array, origin?: string): void;
  setReadOnly(readOnly: boolean): void;
  dismissArrivedRepairs(): void;
  /** Forgets the lost edits told (after they were brought back, or dismissed). */
  dismissLostEdits(): void;
  /** A key typed into a text field of these touchpoints: they count as changed here from now (lostEdits). */
  noteTyping(touchpointIds: readonly string[]): void;
  /**
   * What was being typed into a touchpoint someone else deleted (the inspector's copy of it): its lost edits,
   * if it is among them, come back with these words.
   */
  amendLostEdits(touchpointId: string, fields: TypedFields): void;
  /** Says that touchpoints were not added, the journey being full (null clears it). */
  setOverLimit(overLimit: { have: number; adding: number } | null): void;
  select(selection: Partial<Selection>): void;
  setView(view: EditorView): void;
  /** Picks the blueprint's layout and remembers it for this browser's user. */
  setBlueprintLayout(layout: BlueprintLayoutKind): void;
  /** Chooses the persona the inspector edits and the curve highlights, and remembers it for this journey. */
  choosePersona(personaId: string | null): void;
  /** Draws a measure over the emotion curve (null: none), and remembers it for this journey. */
  setCurveOverlay(field: KpiField | null): void;
  setDimAssumed(dim: boolean): void;
}

export type EditorStore = StoreApi<EditorState & EditorActions>;

const initialState: EditorState = {
  status: 'idle',
  journey: null,
  doc: null,
  revision: 0,
  loadError: null,
  repairs: [],
  arrivedRepairs: 0,
  arrivedCuts: [],
  trashedAt: null,
  unsaved: false,
  drafting: false,
  saveError: null,
  undoDepth: 0,
  redoDepth: 0,
  readOnly: false,
  selection: { touchpoints: [], connections: [] },
  view: 'canvas',
  blueprintLayout: 'functions',
  personaId: null,
  curveOverlay: null,
  dimAssumed: false,
  overLimit: null,
  deletedElsewhere: null,
  lostEdits: null,
};

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Drops selected ids that no longer exist in the journey (after delete, undo of an add, a remote edit...).
 * Looks the selected ids up (touchpointById) rather than gathering every id: this runs after every keystroke.
 */
function pruneSelection(selection: Selection, journey: Journey): Selection {
  if (selection.touchpoints.length === 0 && selection.connections.length === 0) return selection;
  const touchpoints = selection.touchpoints.filter((id) => touchpointById(journey.touchpoints, id) !== undefined);
  const connections =
    selection.connections.length === 0
      ? selection.connections
      : selection.connections.filter((id) => journey.connections.some((c) => c.id === id));
  return sameIds(touchpoints, selection.touchpoints) && sameIds(connections, selection.connections)
    ? selection
    : { touchpoints, connections };
}

/**
 * What `before` held that `after` (the same selection pruned of what a change deleted) lost, and the stages
 * `journey` no longer has, named as they were in `previous`, the journey before the change; null when
 * nothing went.
 */
function goneFrom(before: Selection, after: Selection, previous: Journey, journey: Journey): DeletedElsewhere | null {
  const ids = before.touchpoints.filter((id) => !after.touchpoints.includes(id));
  const titleOf = (id: string) => touchpointById(previous.touchpoints, id)?.title ?? '';
  const connections = before.connections
    .filter((id) => !after.connections.includes(id))
    .map((id) => previous.connections.find((c) => c.id === id))
    .filter((c) => c !== undefined)
    .map((c) => ({ from: titleOf(c.from), to: titleOf(c.to) }));
  const stages = previous.stages
    .filter((stage) => !journey.stages.some((s) => s.id === stage.id))
    .map(({ id, name }) => ({ id, name }));
  return ids.length + connections.length + stages.length > 0
    ? { ids, titles: ids.map(titleOf), connections, stages }
    : null;
}

/** The open document and what works on it; replaced as a whole when another journey opens. */
interface OpenDoc {
  doc: Y.Doc;
  reader: JourneyReader;
  undo: Y.UndoManager;
  detach(): void;
}

/**
 * The open journey, its undo history and its save state. The journey lives in a Yjs document: commands
 * (pure immer mutations of the plain journey) are written into it field by field, and the plain journey
 * the UI reads is derived from it after every change, whoever made it (this tab, another tab, another
 * person). Undo covers only this tab's own commands. Holds no business logic of its own: commands do.
 */
export function createEditorStore(
  repository: JourneyRepository,
  clock: () => Date = () => new Date(),
  /** Settles once storage may be read (e.g. edits cut short by the last reload were recovered). */
  ready: Promise<unknown> = Promise.resolve(),
): EditorStore {
  let openRequest = 0;
  let open: OpenDoc | null = null;
  let lastMerge: { key: string | undefined; at: number } = { key: undefined, at: -Infinity };

  return createStore<EditorState & EditorActions>()((set, get) => {
    const history = () => ({ undoDepth: open!.undo.undoStack.length, redoDepth: open!.undo.redoStack.length });
    const edits = createEditTracker();
    const drafts = createDrafts((drafting) => {
      if (get().drafting !== drafting) set({ drafting });
    });

    /** After every transaction: read the journey again (only what changed) and repair what arrived broken. */
    const onTransaction = (transaction: Y.Transaction) => {
      if (!open || transaction.doc !== open.doc) return;
      const previous = get().journey;
      const journey = open.reader.read(transaction);
      const origin = transaction.origin;
      const ours =
        origin === ORIGIN.local || origin === ORIGIN.repair || origin === ORIGIN.touch || origin === ORIGIN.recovered;
      const trusted = ours || origin === ORIGIN.storage || origin === open.undo;
      if (!trusted && journey !== previous) {
        // The journey's load brought the restore module (repository.load restores what it reads).
        const { journey: repaired, repairs } = restoreModule().repairArrived(previous, journey);
        if (repairs.length > 0) {
          const { doc } = open;
          // Written back as a change of its own, once this transaction is over.
          queueMicrotask(() => {
            if (open?.doc === doc) doc.transact(() => docModule().writeJourney(doc, journey, repaired), ORIGIN.repair);
          });
          const cuts = repairs
            .filter((repair) => repair.code === 'cut-text')
            .map((repair) => ({ repair, name: elementNameAt(journey, repair.path) }));
          set({
            arrivedRepairs: get().arrivedRepairs + repairs.length,
            arrivedCuts:
              cuts.length > 0 ? [...get().arrivedCuts, ...cuts].slice(-ARRIVED_CUTS_SHOWN) : get().arrivedCuts,
          });
        }
      }
      const selection = pruneSelection(get().selection, journey);
      const before = get().selection;
      // Deleted by someone else, not by this tab's own command or undo, while it was selected here.
      const elsewhere =
        (selection !== before || journey.stages !== previous?.stages) && !ours && origin !== open.undo && previous;
      const deletedElsewhere = (elsewhere && goneFrom(before, selection, previous, journey)) || get().deletedElsewhere;
      let lostEdits = get().lostEdits;
      if (origin === ORIGIN.local) edits.noteLocal(previous, journey);
      // From someone else only (the sync server's provider): another tab of this browser deletes what it
      // has seen, so it takes nobody's edits unawares.
      else if (!ours && origin !== open.undo && origin !== ORIGIN.tab && origin !== ORIGIN.storage) {
        const lost = edits.lost(previous, journey);
        if (lost) lostEdits = mergeLostEdits(lostEdits, lost);
      }
      set({ journey, selection, deletedElsewhere, lostEdits, ...history() });
    };

    const adopt = (doc: Y.Doc, repaired: Journey, repairs: Repair[]): OpenDoc => {
      const y = docModule();
      const reader = new y.JourneyReader(doc);
      const undo = y.createUndoManager(doc, [ORIGIN.local], MERGE_WINDOW_MS);
      const onStack = () => open?.doc === doc && set(history());
      doc.on('afterTransaction', onTransaction);
      undo.on('stack-item-added', onStack);
      undo.on('stack-item-popped', onStack);
      const stored = reader.read();
      // What restore repaired (a file from an older build, a broken merge) is written into the document.
      if (repairs.length > 0) doc.transact(() => y.writeJourney(doc, stored, repaired), ORIGIN.repair);
      return {
        doc,
        reader,
        undo,
        detach() {
          doc.off('afterTransaction', onTransaction);
          undo.destroy();
        },
      };
    };

    const closeDoc = () => {
      open?.detach();
      open?.doc.destroy();
      open = null;
    };

    const travel = (direction: 'undo' | 'redo') => {
      drafts.flush();
      if (!open || get().readOnly) return;
      const changed = direction === 'undo' ? open.undo.undo() : open.undo.redo();
      if (!changed) return;
      // The next command starts a step of its own, even with the key of the step just undone or redone.
      lastMerge = { key: undefined, at: -Infinity };
      const { doc } = open;
      doc.transact(() => docModule().metaField(doc, 'updatedAt', clock().toISOString()), ORIGIN.touch);
    };

    return {
      ...initialState,
      dimAssumed: rememberedDimAssumed(),
      blueprintLayout: rememberedBlueprintLayout(),

      async open(id) {
        drafts.flush();
        const request = ++openRequest;
        const current = get();
        // Reopening the journey already open (editor -> presentation -> editor) keeps its document and its
        // undo history; whatever storage gained meanwhile (a rename in the library) merges in.
        if (current.status === 'ready' && current.journey?.id === id && open) {
          await ready;
          const meta = await repository.meta(id);
          if (request !== openRequest || !open) return;
          // Every write bumps the stored revision: at the revision this tab last read or wrote, storage holds
          // nothing the document lacks, and reading and merging a large journey's whole state again would
          // cost hundreds of ms (2,000 touchpoints) on every switch to presentation and back.
          if (meta && meta.revision > get().revision) {
            const stored = await repository.storedState(id);
            if (request !== openRequest || !open) return;
            if (stored) {
              docModule().Y.applyUpdate(open.doc, stored.state, ORIGIN.storage);
              set({ revision: Math.max(get().revision, stored.revision) });
            }
          }
          set({ trashedAt: meta?.deletedAt ?? null });
          return;
        }
        closeDoc();
        edits.clear();
        // How the user looks at maps stays from one journey to the next; the persona and the measure over the
        // curve are each journey's own, as last chosen for it here (viewPreferences says why), so a journey
        // looks the same coming back to it as after a reload.
        const { view, dimAssumed, blueprintLayout } = current;
        const remembered = rememberedJourneyView(id);
        const curveOverlay = remembered?.curveOverlay ?? null;
        set({ ...initialState, status: 'loading', view, curveOverlay, dimAssumed, blueprintLayout });
        // Opened again: among the journeys whose view is kept, the latest.
        if (remembered) rememberJourneyView(id, {});
        await ready;
        // Edits a reload or another tab left in a safety copy since this tab started are stored first; those
        // storage refuses (out of space) are merged into the document below, so they show and are saved again.
        const { left } = await recoverPendingEdits(repository, undefined, id);
        await loadDocModule();
        const loaded = await repository.load(id);
        if (request !== openRequest) {
          if (loaded?.ok) loaded.doc.destroy();
          return;
        }
        if (!loaded) {
          set({ status: 'missing' });
        } else if (!loaded.ok) {
          set({ status: 'broken', loadError: loaded.error });
        } else {
          open = adopt(loaded.doc, loaded.journey, loaded.repairs);
          lastMerge = { key: undefined, at: -Infinity };
          const journey = open.reader.read();
          // A persona removed since it was chosen (here, in another tab, by someone else) gives way to the main one.
          const personaId = journey.personas.find((p) => p.id === remembered?.personaId)?.id ?? null;
          set({
            status: 'ready',
            doc: loaded.doc,
            journey,
            personaId,
            revision: loaded.revision,
            repairs: loaded.repairs,
            trashedAt: loaded.deletedAt,
            ...history(),
          });
          for (const copy of left) {
            try {
              get().receive(id, copy.update, ORIGIN.recovered);
            } catch (error) {
              // A copy this document cannot take is left for the next start; the journey still opens.
              console.error(error);
            }
          }
        }
      },

      close() {
        drafts.flush();
        openRequest++;
        closeDoc();
        edits.clear();
        set({ ...initialState, dimAssumed: get().dimAssumed, blueprintLayout: get().blueprintLayout });
      },

      run(command, payload) {
        // A draft typed into another field is written first, as the earlier change it is.
        drafts.flush();
        const { journey, readOnly } = get();
        if (!journey || !open || readOnly) return;
        const next = produce(journey, (draft) => command.apply(draft, payload));
        if (next === journey) return;
        const now = clock();
        const key = command.mergeKey?.(payload);
        // One drag, one run of typing into one field: consecutive runs with the same key, close in time,
        // are one undo step; anything else starts a new one.
        if (key === undefined || key !== lastMerge.key || now.getTime() - lastMerge.at > MERGE_WINDOW_MS) {
          open.undo.stopCapturing();
        }
        lastMerge = { key, at: now.getTime() };
        const { doc } = open;
        doc.transact(
          () => docModule().writeJourney(doc, journey, { ...next, updatedAt: now.toISOString() }),
          ORIGIN.local,
        );
      },

      undo: () => travel('undo'),
      redo: () => travel('redo'),

      holdDraft: drafts.hold,
      flushDrafts: drafts.flush,

      markUnsaved(unsaved) {
        if (get().unsaved !== unsaved) set({ unsaved });
      },

      markSaved(revision) {
        set({ revision, saveError: null });
      },

      markSaveError(kind) {
        set({ saveError: kind });
      },

      markRestored() {
        set({ trashedAt: null });
      },

      async refreshTrashed(journeyId) {
        if (get().journey?.id !== journeyId) return;
        const meta = await repository.meta(journeyId);
        if (get().journey?.id === journeyId) set({ trashedAt: meta?.deletedAt ?? null });
      },

      receive(journeyId, update, origin = ORIGIN.tab) {
        if (!open || get().journey?.id !== journeyId) return;
        const { Y } = docModule();
        Y.applyUpdate(open.doc, update, origin);
      },

      setReadOnly(readOnly) {
        if (get().readOnly !== readOnly) set({ readOnly });
      },

      dismissArrivedRepairs() {
        set({ arrivedRepairs: 0, arrivedCuts: [] });
      },

      dismissLostEdits() {
        if (get().lostEdits) set({ lostEdits: null });
      },

      noteTyping(touchpointIds) {
        const journey = get().journey;
        if (journey) edits.noteTyping(journey, touchpointIds);
      },

      amendLostEdits(touchpointId, fields) {
        const lost = get().lostEdits;
        const amended = lost && amendLostEdits(lost, touchpointId, fields);
        if (amended !== lost) set({ lostEdits: amended });
      },

      setOverLimit(overLimit) {
        set({ overLimit });
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

      setBlueprintLayout(blueprintLayout) {
        rememberBlueprintLayout(blueprintLayout);
        set({ blueprintLayout });
      },

      choosePersona(personaId) {
        if (get().personaId === personaId) return;
        set({ personaId });
        const journeyId = get().journey?.id;
        if (journeyId) rememberJourneyView(journeyId, { personaId });
      },

      setCurveOverlay(curveOverlay) {
        if (get().curveOverlay === curveOverlay) return;
        set({ curveOverlay });
        const journeyId = get().journey?.id;
        if (journeyId) rememberJourneyView(journeyId, { curveOverlay });
      },

      setDimAssumed(dimAssumed) {
        rememberDimAssumed(dimAssumed);
        set({ dimAssumed });
      },
    };
  });
}

/** What the save-status indicator shows: saved once every change is stored and no typed text waits. */
export function saveStateOf(state: EditorState): 'saving' | 'saved' | 'error' {
  if (state.saveError) return 'error';
  return state.unsaved || state.drafting ? 'saving' : 'saved';
}

/** Whether the open journey has no stage, so no touchpoint can be added until one is (a touchpoint is in one). */
export function needsStage(state: EditorState): boolean {
  return state.journey?.stages.length === 0;
}
