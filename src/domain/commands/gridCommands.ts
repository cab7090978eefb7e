import { defineCommand } from './command';
import { positionInStage } from './touchpointCommands';

/** A step in the blueprint grid: to the neighbouring stage (left, right) or lane (up, down). */
export type GridDirection = 'left' | 'right' | 'up' | 'down';

/**
 * Moves touchpoints one cell in the blueprint grid, the keyboard's way of doing what a drop in the grid
 * does: left and right to the previous or next stage (the card keeps its place inside the column), up and
 * down to the previous or next lane, which is the owning function (`lanes`: the grid's lane order, null
 * for the lane of touchpoints without one; see blueprintLanes). At the grid's edge a card stays. Moves of
 * one burst of key presses share a gesture key and become one undo step.
 */
export const moveInGrid = defineCommand<{
  ids: string[];
  direction: GridDirection;
  lanes: readonly (string | null)[];
  gesture?: string;
}>({
  id: 'touchpoint.moveInGrid',
  mergeKey: ({ gesture }) => (gesture ? `move:${gesture}` : undefined),
  apply: (draft, { ids, direction, lanes }) => {
    const targets = new Set(ids);
    const step = direction === 'left' || direction === 'up' ? -1 : 1;
    for (const touchpoint of draft.touchpoints) {
      if (!targets.has(touchpoint.id)) continue;
      if (direction === 'left' || direction === 'right') {
        const index = draft.stages.findIndex((s) => s.id === touchpoint.stageId);
        const stage = index < 0 ? undefined : draft.stages[index + step];
        if (!stage) continue;
        touchpoint.position = positionInStage(draft, stage.id, touchpoint.position);
        touchpoint.stageId = stage.id;
      } else {
        // A function the grid has no lane for sits in the "no function" lane (null), as the grid draws it.
        const known = lanes.indexOf(touchpoint.functionId);
        const at = known >= 0 ? known : lanes.indexOf(null);
        const lane = at < 0 ? undefined : lanes[at + step];
        if (lane === undefined) continue;
        touchpoint.functionId = lane;
      }
    }
  },
});
