import { original } from 'immer';
import type { Journey, Position, Touchpoint } from '../journey';
import { TOUCHPOINT_WIDTH, placeOnMap, stageAtX, stageColumns } from '../layout';
import { blankTouchpoint } from '../blank';
import { cutText, TOUCHPOINT_TEXT_LIMITS } from '../limits';
import { KPI_FIELDS, KPI_LIMITS, type KpiField } from '../fields';
import { defineCommand } from './command';
import { separate } from './placement';

/**
 * Fields of a touchpoint the inspector can set, on one or many at once (persona emotions other than the
 * main one's go through setPersonaEmotion).
 */
export type TouchpointFields = Partial<Omit<Touchpoint, 'id' | 'position' | 'personaEmotions'>>;

/** Whether a measure is empty or within its range (KPI_LIMITS). */
export function kpiInRange(field: KpiField, value: number | null): boolean {
  if (value === null) return true;
  const { min, max, integer } = KPI_LIMITS[field];
  return Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
}

/**
 * The fields with every text cut to its limit (see limits.ts) and every measure out of its range left out,
 * so what is typed is what the schema keeps, and a bad number never reaches the journey.
 */
function withinLimits(fields: TouchpointFields): TouchpointFields {
  const out = { ...fields };
  for (const key of Object.keys(TOUCHPOINT_TEXT_LIMITS) as (keyof typeof TOUCHPOINT_TEXT_LIMITS)[]) {
    const value = out[key];
    if (value !== undefined) out[key] = cutText(value, TOUCHPOINT_TEXT_LIMITS[key]);
  }
  for (const key of KPI_FIELDS) {
    const value = out[key];
    if (value !== undefined && !kpiInRange(key, value)) delete out[key];
  }
  return out;
}

/** The stage a card belongs to: the column under its centre. */
export function stageForPosition(journey: Pick<Journey, 'stages'>, position: Position): string | undefined {
  return stageAtX(journey.stages, position.x + TOUCHPOINT_WIDTH / 2)?.id;
}

/** A blank touchpoint at a position, in the stage whose column holds it. */
export function newTouchpoint(
  journey: Pick<Journey, 'stages'>,
  position: Position,
  fields: TouchpointFields = {},
): Touchpoint {
  const placed = placeOnMap(journey.stages, position);
  return blankTouchpoint({
    stageId: stageForPosition(journey, placed) ?? '',
    position: placed,
    ...withinLimits(fields),
  });
}

/** Adds a prepared touchpoint (see newTouchpoint) to the journey. */
export const addTouchpoint = defineCommand<{ touchpoint: Touchpoint }>({
  id: 'touchpoint.add',
  apply: (draft, { touchpoint }) => {
    if (draft.stages.length === 0 || draft.touchpoints.some((t) => t.id === touchpoint.id)) return;
    const stageId = draft.stages.some((s) => s.id === touchpoint.stageId)
      ? touchpoint.stageId
      : stageForPosition(draft, touchpoint.position)!;
    draft.touchpoints.push({ ...touchpoint, stageId });
  },
});

/**
 * Moves touchpoints; each lands in the stage whose column holds it. All moves of one gesture (a drag, a
 * run of arrow-key nudges) share a gesture key and become one undo step.
 */
export const moveTouchpoints = defineCommand<{ moves: { id: string; position: Position }[]; gesture?: string }>({
  id: 'touchpoint.move',
  mergeKey: ({ gesture }) => (gesture ? `move:${gesture}` : undefined),
  apply: (draft, { moves }) => {
    // Index through the original array: touching every element of the draft would copy all of them.
    const indexById = new Map(original(draft.touchpoints)!.map((t, i) => [t.id, i]));
    for (const { id, position } of moves) {
      const index = indexById.get(id);
      if (index === undefined || !Number.isFinite(position.x) || !Number.isFinite(position.y)) continue;
      const touchpoint = draft.touchpoints[index];
      const placed = placeOnMap(draft.stages, position);
      touchpoint.position = { x: Math.round(placed.x), y: Math.round(placed.y) };
      touchpoint.stageId = stageForPosition(draft, touchpoint.position) ?? touchpoint.stageId;
    }
  },
});

/**
 * Sets fields on one or many touchpoints. A burst of changes to one field of one selection merges into one
 * undo step (typing, or arrowing along the emotion scale or a list), except a flag or a clear: ticking a box
 * and unticking it at once, or rating and clearing, are two steps, not one that changes nothing.
 * Touchpoints given another stage move to its column at their height, or down past the cards they would
 * cover there (placement's separate).
 */
export const updateTouchpoints = defineCommand<{ ids: string[]; fields: TouchpointFields }>({
  id: 'touchpoint.update',
  mergeKey: ({ ids, fields }) => {
    const values = Object.values(fields);
    if (values.some((value) => value === null || typeof value === 'boolean')) return undefined;
    return `update:${Object.keys(fields).sort().join(',')}:${[...ids].sort().join(',')}`;
  },
  apply: (draft, { ids, fields }) => {
    const targets = new Set(ids);
    const stageExists = fields.stageId === undefined || draft.stages.some((s) => s.id === fields.stageId);
    const moved: Touchpoint[] = [];
    // Ids are read from the original array: touching every element of the draft would make Immer draft
    // (and then finalise) all of them, a cost per keystroke that grows with the map.
    original(draft.touchpoints)!.forEach(({ id }, i) => {
      if (!targets.has(id)) return;
      const touchpoint = draft.touchpoints[i];
      const { stageId, ...rest } = withinLimits(fields);
      Object.assign(touchpoint, rest);
      if (stageId !== undefined && stageExists && stageId !== touchpoint.stageId) {
        touchpoint.stageId = stageId;
        touchpoint.position = positionInStage(draft, stageId, touchpoint.position);
        moved.push(touchpoint);
      }
    });
    // Cards moved to another stage keep their height there unless they would cover a card.
    if (moved.length > 0) {
      const movedIds = new Set(moved.map((t) => t.id));
      const staying = original(draft.touchpoints)!.filter((t) => t.stageId === fields.stageId && !movedIds.has(t.id));
      separate(moved, staying);
    }
  },
});

/** Keeps a card's height and its offset inside the column when it moves to another stage. */
export function positionInStage(journey: Journey, stageId: string, from: Position): Position {
  const columns = stageColumns(journey.stages);
  const target = columns.find((c) => c.stage.id === stageId)!;
  const centre = from.x + TOUCHPOINT_WIDTH / 2;
  const current = columns.find((c) => centre >= c.x && centre < c.x + c.width) ?? target;
  const offset = Math.min(Math.max(from.x - current.x, 0), Math.max(target.width - TOUCHPOINT_WIDTH, 0));
  return { x: target.x + offset, y: from.y };
}

/** Deletes touchpoints and connections; connections and opportunities of deleted touchpoints go with them. */
export const deleteElements = defineCommand<{ touchpointIds: string[]; connectionIds: string[] }>({
  id: 'elements.delete',
  apply: (draft, { touchpointIds, connectionIds }) => {
    const goneTouchpoints = new Set(touchpointIds);
    const goneConnections = new Set(connectionIds);
    draft.touchpoints = draft.touchpoints.filter((t) => !goneTouchpoints.has(t.id));
    draft.connections = draft.connections.filter(
      (c) => !goneConnections.has(c.id) && !goneTouchpoints.has(c.from) && !goneTouchpoints.has(c.to),
    );
    draft.opportunities = draft.opportunities.filter((o) => !goneTouchpoints.has(o.touchpointId));
  },
});
