import type { Journey, Position, Stage } from './journey';
import { LIMITS } from './limits';
import { CURVE } from './look/curve';

/** Canvas geometry shared by the canvas, templates and export, in canvas units. */
export const STAGE_DEFAULT_WIDTH = LIMITS.stageWidth.default;
export const STAGE_MIN_WIDTH = LIMITS.stageWidth.min;
export const STAGE_HEADER_HEIGHT = 64;
export const TOUCHPOINT_WIDTH = 240;
export const TOUCHPOINT_HEIGHT = 132;
export const ROW_GAP = 36;
/** Space between the stage columns (or the blueprint grid) and the emotion curve band below them. */
export const EMOTION_CURVE_GAP = 32;
/** Height of the emotion curve band under the columns, on the canvas and in the PNG (see look/curve.ts). */
export const EMOTION_CURVE_HEIGHT = CURVE.height;
export const COLUMN_PADDING = (STAGE_DEFAULT_WIDTH - TOUCHPOINT_WIDTH) / 2;

export interface StageColumn {
  stage: Stage;
  index: number;
  x: number;
  width: number;
}

/** Stage columns laid side by side from x = 0, in journey order. */
export function stageColumns(stages: readonly Stage[]): StageColumn[] {
  let x = 0;
  return stages.map((stage, index) => {
    const column = { stage, index, x, width: stage.width };
    x += stage.width;
    return column;
  });
}

/** How far above or below the columns' top a card may sit, in canvas units: far past any real map's height. */
export const MAX_CARD_Y = 1_000_000;

/**
 * The nearest place on the map for a card whose top left is `position`: the card within the stage columns
 * (one past the last column belongs to no stage and, far enough, put the whole map out of the fitted view),
 * and within MAX_CARD_Y of their top. With no stage, where it was (only its y bounded). Not rounded.
 */
export function placeOnMap(stages: readonly Stage[], position: Position): Position {
  const total = stages.reduce((sum, stage) => sum + stage.width, 0);
  const x = total > 0 ? Math.min(Math.max(position.x, 0), Math.max(0, total - TOUCHPOINT_WIDTH)) : position.x;
  const y = Math.min(Math.max(position.y, -MAX_CARD_Y), MAX_CARD_Y);
  return x === position.x && y === position.y ? position : { x, y };
}

/**
 * Whether a card whose top left is `position` is off the map: its centre outside the stage columns, or
 * further than MAX_CARD_Y from their top (what restore repairs; a card partly over an edge, as a drag could
 * leave it before placeOnMap, is not).
 */
export function isOffMap(stages: readonly Stage[], position: Position): boolean {
  const total = stages.reduce((sum, stage) => sum + stage.width, 0);
  const centre = position.x + TOUCHPOINT_WIDTH / 2;
  return (total > 0 && (centre < 0 || centre >= total)) || Math.abs(position.y) > MAX_CARD_Y;
}

/** The stage whose column holds the given x; clamps to the first and last columns. */
export function stageAtX(stages: readonly Stage[], x: number): Stage | undefined {
  const columns = stageColumns(stages);
  if (columns.length === 0) return undefined;
  const hit = columns.find((c) => x >= c.x && x < c.x + c.width);
  if (hit) return hit.stage;
  return x < 0 ? columns[0].stage : columns[columns.length - 1].stage;
}

/** Where the n-th touchpoint (0-based) stacked in a stage column goes. */
export function slotInStage(stages: readonly Stage[], stageId: string, row: number): Position {
  const column = stageColumns(stages).find((c) => c.stage.id === stageId);
  const x = column ? column.x + Math.max(0, (column.width - TOUCHPOINT_WIDTH) / 2) : 0;
  return { x, y: STAGE_HEADER_HEIGHT + ROW_GAP + row * (TOUCHPOINT_HEIGHT + ROW_GAP) };
}

/** Width of all stage columns together. */
export function journeyWidth(journey: Pick<Journey, 'stages'>): number {
  return journey.stages.reduce((sum, s) => sum + s.width, 0);
}

/** Least height of the stage columns, so an empty journey still shows room to add touchpoints. */
export const MIN_COLUMN_HEIGHT = 720;
