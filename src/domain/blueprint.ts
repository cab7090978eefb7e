import type { Journey, Position, Touchpoint } from './journey';
import {
  ROW_GAP,
  STAGE_HEADER_HEIGHT,
  TOUCHPOINT_HEIGHT,
  TOUCHPOINT_WIDTH,
  journeyWidth,
  stageAtX,
  stageColumns,
  type StageColumn,
} from './layout';
import { NO_FUNCTION_COLOR } from './look/colors';
import { BUILT_IN_FUNCTIONS, type ResolvedVocabularyEntry } from './vocabulary';

/**
 * The blueprint grid: stage columns as on the free canvas, and one row (lane) per owning function.
 *
 * Lane labels need no gutter: each lane starts with a label strip LANE_LABEL_HEIGHT tall, drawn by the lane
 * node across all columns, and its cards sit below the strip. So the grid is exactly as wide as the stage
 * columns and the stage headers stay where they are on the free canvas.
 */

/** Height of the label strip on top of every lane, in canvas units. */
export const LANE_LABEL_HEIGHT = 32;
/** Space above and below the cards of a lane. */
export const LANE_PADDING = ROW_GAP / 2;

/** One row of the blueprint: an owning function, or null for touchpoints with none. */
export interface BlueprintLane {
  id: string | null;
  label: string;
  color: string;
}

export interface BlueprintLaneLayout extends BlueprintLane {
  y: number;
  height: number;
}

export interface BlueprintLayout {
  lanes: BlueprintLaneLayout[];
  /** Top-left of each touchpoint's card in the grid, by touchpoint id. */
  positions: Record<string, Position>;
  width: number;
  /** From y = 0 (top of the stage headers) to the bottom of the last lane. */
  height: number;
}

const BUILT_IN_IDS = new Set(BUILT_IN_FUNCTIONS.map((f) => f.id));

/**
 * Lanes of the blueprint: every built-in function (even with no touchpoints), then every custom function
 * of the journey (a team adds one to use it, so its lane is a drop target from the start), then a lane for
 * touchpoints with no function (or an unknown one) only if there are any. That lane's label is
 * `noFunctionLabel`; the lane node shows a translated default when it is empty.
 */
export function blueprintLanes(
  journey: Pick<Journey, 'touchpoints'>,
  functions: readonly ResolvedVocabularyEntry[],
  noFunctionLabel = '',
): BlueprintLane[] {
  const toLane = (f: ResolvedVocabularyEntry): BlueprintLane => ({ id: f.id, label: f.label, color: f.color });
  const lanes = [
    ...functions.filter((f) => BUILT_IN_IDS.has(f.id)).map(toLane),
    ...functions.filter((f) => !BUILT_IN_IDS.has(f.id)).map(toLane),
  ];
  const known = new Set(functions.map((f) => f.id));
  if (journey.touchpoints.some((t) => t.functionId === null || !known.has(t.functionId))) {
    lanes.push({ id: null, label: noFunctionLabel, color: NO_FUNCTION_COLOR });
  }
  return lanes;
}

/** Touchpoints per lane and column; a touchpoint whose lane is not listed goes to the null lane. */
function cellsOf(
  journey: Pick<Journey, 'stages' | 'touchpoints'>,
  lanes: readonly BlueprintLane[],
  columns: readonly StageColumn[],
): Map<string | null, Map<StageColumn, Touchpoint[]>> {
  const cells = new Map(lanes.map((lane) => [lane.id, new Map<StageColumn, Touchpoint[]>()]));
  const byStage = new Map(columns.map((c) => [c.stage.id, c]));
  for (const t of journey.touchpoints) {
    const lane = cells.get(t.functionId) ?? cells.get(null);
    const stageId = byStage.has(t.stageId)
      ? t.stageId
      : stageAtX(journey.stages, t.position.x + TOUCHPOINT_WIDTH / 2)?.id;
    const column = stageId === undefined ? undefined : byStage.get(stageId);
    if (!lane || !column) continue;
    const cell = lane.get(column);
    if (cell) cell.push(t);
    else lane.set(column, [t]);
  }
  for (const lane of cells.values()) {
    for (const cell of lane.values()) cell.sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  }
  return cells;
}

/**
 * Places every touchpoint in its cell: its stage's column, its function's lane. Cards of one cell stack
 * top to bottom in the order of their free-canvas y; each lane is as tall as its fullest cell (at least one
 * card, so an empty lane is still a drop target). `measuredHeights` lets cards taller than
 * TOUCHPOINT_HEIGHT (long titles) push the next card down. Touchpoints with no lane (the null lane missing
 * from `lanes`) or no stage get no position.
 */
export function blueprintLayout(
  journey: Pick<Journey, 'stages' | 'touchpoints'>,
  lanes: readonly BlueprintLane[],
  measuredHeights: Readonly<Record<string, number | undefined>> = {},
): BlueprintLayout {
  const columns = stageColumns(journey.stages);
  const cells = cellsOf(journey, lanes, columns);
  const heightOf = (t: Touchpoint) => Math.max(TOUCHPOINT_HEIGHT, measuredHeights[t.id] ?? 0);
  const positions: Record<string, Position> = {};
  const laid: BlueprintLaneLayout[] = [];
  let y = STAGE_HEADER_HEIGHT;

  for (const lane of lanes) {
    const top = y + LANE_LABEL_HEIGHT + LANE_PADDING;
    let tallest = TOUCHPOINT_HEIGHT;
    for (const [column, cell] of cells.get(lane.id) ?? []) {
      const x = column.x + Math.max(0, (column.width - TOUCHPOINT_WIDTH) / 2);
      let cardY = top;
      for (const t of cell) {
        positions[t.id] = { x, y: cardY };
        cardY += heightOf(t) + ROW_GAP;
      }
      tallest = Math.max(tallest, cardY - ROW_GAP - top);
    }
    const height = LANE_LABEL_HEIGHT + LANE_PADDING * 2 + tallest;
    laid.push({ ...lane, y, height });
    y += height;
  }

  return { lanes: laid, positions, width: journeyWidth(journey), height: y };
}

/**
 * The lane (function id, or null for "no function") under a canvas y, e.g. a dropped card's centre;
 * clamps to the first and last lanes. Null as well when there are no lanes.
 */
export function laneAtY(layout: Pick<BlueprintLayout, 'lanes'>, y: number): string | null {
  const { lanes } = layout;
  if (lanes.length === 0) return null;
  const hit = lanes.find((lane) => y >= lane.y && y < lane.y + lane.height);
  if (hit) return hit.id;
  return y < lanes[0].y ? lanes[0].id : lanes[lanes.length - 1].id;
}
