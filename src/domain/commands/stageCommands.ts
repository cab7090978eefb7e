import { createId } from '../ids';
import type { Journey } from '../journey';
import { STAGE_DEFAULT_WIDTH, TOUCHPOINT_WIDTH, stageColumns } from '../layout';
import { clampStageWidth, cutText, LIMITS } from '../limits';
import { defineCommand } from './command';
import { moveBelow } from './placement';

/** Moves every touchpoint of a stage sideways, e.g. when columns before it change. */
function shiftStage(draft: Journey, stageId: string, dx: number) {
  if (dx === 0) return;
  for (const t of draft.touchpoints) if (t.stageId === stageId) t.position.x += dx;
}

/**
 * Re-lays the columns after a change of order or width, carrying each stage's touchpoints along; a card a
 * narrower column no longer holds moves in to its right edge, so no card is left over the next column, or
 * past the last one (off the map, which restore would repair on every other device).
 */
function relayout(draft: Journey, before: Map<string, number>) {
  const columns = stageColumns(draft.stages);
  for (const column of columns) {
    const oldX = before.get(column.stage.id);
    if (oldX !== undefined) shiftStage(draft, column.stage.id, column.x - oldX);
  }
  const byStage = new Map(columns.map((c) => [c.stage.id, c]));
  for (const t of draft.touchpoints) {
    const column = byStage.get(t.stageId);
    const last = column && column.x + Math.max(0, column.width - TOUCHPOINT_WIDTH);
    if (last !== undefined && t.position.x > last) t.position.x = Math.round(last);
  }
}

const columnXs = (draft: Journey) => new Map(stageColumns(draft.stages).map((c) => [c.stage.id, c.x]));

/** Adds a stage at the end (or at `index`), named as given. */
export const addStage = defineCommand<{ name: string; index?: number; id?: string }>({
  id: 'stage.add',
  apply: (draft, { name, index, id }) => {
    const before = columnXs(draft);
    const at = index === undefined ? draft.stages.length : Math.max(0, Math.min(index, draft.stages.length));
    draft.stages.splice(at, 0, {
      id: id ?? createId(),
      name: cutText(name, LIMITS.stageName),
      width: STAGE_DEFAULT_WIDTH,
    });
    relayout(draft, before);
  },
});

/** Renames a stage; typing merges into one undo step. */
export const renameStage = defineCommand<{ id: string; name: string }>({
  id: 'stage.rename',
  mergeKey: ({ id }) => `stage-name:${id}`,
  apply: (draft, { id, name }) => {
    const stage = draft.stages.find((s) => s.id === id);
    if (stage) stage.name = cutText(name, LIMITS.stageName);
  },
});

/** Moves a stage to another place in the order; its touchpoints travel with its column. */
export const moveStage = defineCommand<{ id: string; toIndex: number }>({
  id: 'stage.move',
  apply: (draft, { id, toIndex }) => {
    const from = draft.stages.findIndex((s) => s.id === id);
    if (from < 0) return;
    const to = Math.max(0, Math.min(toIndex, draft.stages.length - 1));
    if (from === to) return;
    const before = columnXs(draft);
    const [stage] = draft.stages.splice(from, 1);
    draft.stages.splice(to, 0, stage);
    relayout(draft, before);
  },
});

/** Changes a column's width; columns to its right and their touchpoints move with it. One drag is one step. */
export const resizeStage = defineCommand<{ id: string; width: number; gesture?: string }>({
  id: 'stage.resize',
  mergeKey: ({ id, gesture }) => (gesture ? `stage-width:${id}:${gesture}` : undefined),
  apply: (draft, { id, width }) => {
    const stage = draft.stages.find((s) => s.id === id);
    const clamped = clampStageWidth(width);
    if (!stage || clamped === null) return;
    const before = columnXs(draft);
    stage.width = clamped;
    relayout(draft, before);
  },
});

/**
 * Deletes a stage. Its touchpoints either move to a neighbouring stage (`moveTo`), below the cards it
 * already has (canvas units: a ROW_GAP under the lowest card's bottom, its height estimated from its title
 * and KPI line as the canvas estimates it before drawing), or are removed with their connections. The last stage of a journey that has touchpoints cannot be deleted.
 */
export const deleteStage = defineCommand<{ id: string; moveTo?: string }>({
  id: 'stage.delete',
  apply: (draft, { id, moveTo }) => {
    const index = draft.stages.findIndex((s) => s.id === id);
    if (index < 0) return;
    const members = draft.touchpoints.filter((t) => t.stageId === id);
    const target = moveTo ? draft.stages.find((s) => s.id === moveTo && s.id !== id) : undefined;
    if (moveTo && !target) return;
    const columns = new Map(stageColumns(draft.stages).map((c) => [c.stage.id, c.x]));
    if (target) {
      const dx = columns.get(target.id)! - columns.get(id)!;
      // Below the cards the stage already has, in the order and spacing they had, so none covers another.
      moveBelow(
        members,
        draft.touchpoints.filter((t) => t.stageId === target.id),
      );
      for (const t of members) {
        t.stageId = target.id;
        t.position.x += dx;
      }
    } else {
      const gone = new Set(members.map((t) => t.id));
      draft.touchpoints = draft.touchpoints.filter((t) => !gone.has(t.id));
      draft.connections = draft.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to));
      draft.opportunities = draft.opportunities.filter((o) => !gone.has(o.touchpointId));
    }
    if (draft.stages.length === 1 && draft.touchpoints.length > 0) return;
    draft.stages.splice(index, 1);
    relayout(draft, columns);
  },
});
