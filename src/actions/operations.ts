import { blueprintLanes } from '../domain/blueprint';
import { copyFragment, freshIds, pasteFragment } from '../domain/commands/clipboardCommands';
import { moveInGrid, type GridDirection } from '../domain/commands/gridCommands';
import { addStage, moveStage } from '../domain/commands/stageCommands';
import { applyLayout } from '../domain/commands/tidyUp';
import {
  addTouchpoint,
  deleteElements,
  moveTouchpoints,
  newTouchpoint,
  positionInStage,
  stageForPosition,
  updateTouchpoints,
  type TouchpointFields,
} from '../domain/commands/touchpointCommands';
import { toJourneyFile } from '../domain/format';
import type { Position } from '../domain/journey';
import { clearY } from '../domain/commands/placement';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../domain/layout';
import { LIMITS } from '../domain/limits';
import { restoreJourney } from '../domain/restore';
import { computeTidyLayout } from '../domain/tidyLayout';
import { functionsOf } from '../domain/vocabulary';
import type { EditorStore } from '../store/editorStore';
import { TYPED_FIELDS } from '../store/lostEdits';

/** Id of the inspector's title field, focused after adding a touchpoint so its title is ready to type. */
export const TITLE_FIELD_ID = 'inspector-title';
const PASTE_OFFSET = 40;

/**
 * Focuses the inspector's title once it shows the new touchpoint: in a microtask, after React's own (it
 * commits a key's update in one), so keys typed right after N land in the title rather than on the page;
 * failing that, in the next task.
 */
function focusTitleSoon() {
  const focus = () => {
    const field = document.getElementById(TITLE_FIELD_ID);
    field?.focus();
    return field !== null;
  };
  queueMicrotask(() => {
    if (!focus()) setTimeout(focus, 0);
  });
}

/** How far under the card it would cover a new card goes (canvas units). */
const NEW_CARD_GAP = 24;

/**
 * The editor's operations over the open journey and its selection, behind the actions of the registry
 * and the canvas gestures: each runs commands through the store, so every route to an operation behaves
 * the same and lands in the one undo history.
 */
export function editorOperations(editor: EditorStore) {
  const state = () => editor.getState();

  /** A free spot near `at`: a card added where another one sits goes below it instead of hiding it. */
  const freeSpot = (at: Position): Position => {
    const position = { x: Math.round(at.x), y: Math.round(at.y) };
    const taken = state().journey?.touchpoints ?? [];
    return { x: position.x, y: clearY({ position, height: TOUCHPOINT_HEIGHT }, taken, NEW_CARD_GAP) };
  };

  /**
   * Whether `adding` touchpoints fit in the open journey (LIMITS.touchpoints); when they do not, the editor
   * says so and nothing is added.
   */
  const fits = (adding: number): boolean => {
    const have = state().journey?.touchpoints.length ?? 0;
    const ok = have + adding <= LIMITS.touchpoints;
    state().setOverLimit(ok ? null : { have, adding });
    return ok;
  };

  const addTouchpointAt = (centre: Position, fields: TouchpointFields = {}) => {
    const journey = state().journey;
    if (!journey || journey.stages.length === 0 || !fits(1)) return undefined;
    const wanted = { x: centre.x - TOUCHPOINT_WIDTH / 2, y: centre.y - TOUCHPOINT_HEIGHT / 2 };
    // Inside the column under the centre, never across two: a card on a column line reads as in neither.
    const stageId = stageForPosition(journey, wanted);
    const position = freeSpot(stageId ? positionInStage(journey, stageId, wanted) : wanted);
    const touchpoint = newTouchpoint(journey, position, fields);
    state().run(addTouchpoint, { touchpoint });
    state().select({ touchpoints: [touchpoint.id], connections: [] });
    focusTitleSoon();
    return touchpoint.id;
  };

  const deleteSelection = () => {
    const { touchpoints, connections } = state().selection;
    if (touchpoints.length + connections.length === 0) return;
    state().run(deleteElements, { touchpointIds: touchpoints, connectionIds: connections });
  };

  /** The selected touchpoints as clipboard text: a journey file, so pasting goes through restore. */
  const copySelection = (): string | undefined => {
    const { journey, selection } = state();
    if (!journey || selection.touchpoints.length === 0) return undefined;
    return JSON.stringify(toJourneyFile(copyFragment(journey, selection.touchpoints)));
  };

  /**
   * Pastes clipboard text if it holds touchpoints, unless they would take the journey over its limit (then
   * the editor says so); returns false when it holds something else.
   */
  const paste = (text: string): boolean => {
    const journey = state().journey;
    if (!journey) return false;
    const have = journey.touchpoints.length;
    // Counted by restore before it validates any: a clipboard too big to fit is refused without building it.
    const restored = restoreJourney(text, { maxTouchpoints: Math.max(0, LIMITS.touchpoints - have) });
    if (!restored.ok && restored.error.code === 'too-many-touchpoints') {
      state().setOverLimit({ have, adding: restored.error.count ?? 0 });
      return true;
    }
    if (!restored.ok || restored.journey.touchpoints.length === 0) return false;
    state().setOverLimit(null);
    const fragment = restored.journey;
    const existing = new Set(journey.touchpoints.map((t) => t.id));
    const overlaps = fragment.touchpoints.some((t) => existing.has(t.id));
    const newIds = freshIds(fragment);
    const offset = overlaps ? { x: PASTE_OFFSET, y: PASTE_OFFSET } : { x: 0, y: 0 };
    state().run(pasteFragment, { fragment, offset, newIds });
    state().select({ touchpoints: Object.values(newIds), connections: [] });
    return true;
  };

  return {
    addTouchpointAt,
    deleteSelection,
    copySelection,
    paste,
    cutSelection() {
      const text = copySelection();
      if (text) deleteSelection();
      return text;
    },
    duplicateSelection() {
      const text = copySelection();
      if (text) paste(text);
    },
    selectAll() {
      const journey = state().journey;
      if (journey) state().select({ touchpoints: journey.touchpoints.map((t) => t.id), connections: [] });
    },
    clearSelection() {
      state().select({ touchpoints: [], connections: [] });
    },
    /** Moves the selected touchpoints on the free canvas by dx, dy canvas units. */
    nudge(dx: number, dy: number) {
      const { journey, selection } = state();
      if (!journey || selection.touchpoints.length === 0) return;
      const ids = new Set(selection.touchpoints);
      const moves = journey.touchpoints
        .filter((t) => ids.has(t.id))
        .map((t) => ({ id: t.id, position: { x: t.position.x + dx, y: t.position.y + dy } }));
      state().run(moveTouchpoints, { moves, gesture: `nudge:${selection.touchpoints.join(',')}` });
    },
    /** Moves the selected touchpoints one cell of the blueprint grid (see moveInGrid). */
    moveInGrid(direction: GridDirection) {
      const { journey, selection } = state();
      if (!journey || selection.touchpoints.length === 0) return;
      // Lane order does not depend on the language; only the ids are used.
      const lanes = blueprintLanes(journey, functionsOf(journey, 'en')).map((lane) => lane.id);
      const ids = selection.touchpoints;
      state().run(moveInGrid, { ids, direction, lanes, gesture: `nudge:${ids.join(',')}` });
    },
    /** Adds a stage after the last one; returns its id, or undefined when none was added. */
    addStageAtEnd(name: (index: number) => string): string | undefined {
      const journey = state().journey;
      if (!journey) return undefined;
      state().run(addStage, { name: name(journey.stages.length + 1) });
      const stages = state().journey?.stages ?? [];
      return stages.length > journey.stages.length ? stages.at(-1)?.id : undefined;
    },
    /**
     * Moves a stage one place left (`by` -1) or right (+1), its touchpoints with it; returns whether it moved
     * (not past either end).
     */
    moveStageBy(stageId: string, by: -1 | 1): boolean {
      const stages = state().journey?.stages ?? [];
      const from = stages.findIndex((s) => s.id === stageId);
      const to = from + by;
      if (from < 0 || to < 0 || to >= stages.length) return false;
      state().run(moveStage, { id: stageId, toIndex: to });
      return true;
    },
    /**
     * Adds back the touchpoints someone else deleted after this tab had changed them (EditorState.lostEdits),
     * as they were here, with their connections (whose other end is on the map) and opportunities, as one
     * undoable change, and selects them; nothing is added past the journey's limit (the editor says so).
     */
    bringBackLostEdits() {
      const { lostEdits, journey } = state();
      if (!lostEdits || !journey) return;
      const present = new Set(journey.touchpoints.map((t) => t.id));
      // Back already (the deleter's undo) but as it was before the words typed here: they are written again.
      for (const lost of lostEdits.touchpoints.filter((t) => present.has(t.id))) {
        const now = journey.touchpoints.find((t) => t.id === lost.id)!;
        const typed = Object.fromEntries(TYPED_FIELDS.filter((f) => now[f] !== lost[f]).map((f) => [f, lost[f]]));
        if (Object.keys(typed).length > 0) state().run(updateTouchpoints, { ids: [lost.id], fields: typed });
      }
      const touchpoints = lostEdits.touchpoints.filter((t) => !present.has(t.id));
      // Kept, to try again, while they cannot come back: the journey full, or without a stage to hold them.
      if (touchpoints.length > 0 && (journey.stages.length === 0 || !fits(touchpoints.length))) return;
      if (touchpoints.length > 0) {
        const back = new Set([...present, ...touchpoints.map((t) => t.id)]);
        const returning = new Set(touchpoints.map((t) => t.id));
        const fragment = {
          ...journey,
          touchpoints,
          connections: lostEdits.connections.filter((c) => back.has(c.from) && back.has(c.to)),
          opportunities: lostEdits.opportunities.filter((o) => returning.has(o.touchpointId)),
          // Their own channels and functions as they were: pasteFragment adds those the journey lost since.
          customChannels: lostEdits.customChannels,
          customFunctions: lostEdits.customFunctions,
        };
        state().run(pasteFragment, { fragment, offset: { x: 0, y: 0 }, newIds: {}, clear: true });
        state().select({ touchpoints: [...returning], connections: [] });
      }
      state().dismissLostEdits();
    },
    async tidyUp() {
      const journey = state().journey;
      if (!journey) return;
      const positions = await computeTidyLayout(journey);
      // The layout is computed for the journey as it was; skip it if the user edited meanwhile.
      if (state().journey?.touchpoints === journey.touchpoints) state().run(applyLayout, { positions });
    },
  };
}

export type EditorOperations = ReturnType<typeof editorOperations>;
