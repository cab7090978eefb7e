import { createId } from '../ids';
import type { Journey, Position } from '../journey';
import { placeOnMap } from '../layout';
import { defineCommand } from './command';
import { separate } from './placement';
import { stageForPosition } from './touchpointCommands';

/**
 * The selected touchpoints, the connections between them and their pain points' opportunities (the action
 * plan's items), as a journey fragment for the clipboard.
 */
export function copyFragment(journey: Journey, touchpointIds: readonly string[]): Journey {
  const ids = new Set(touchpointIds);
  return {
    ...journey,
    touchpoints: journey.touchpoints.filter((t) => ids.has(t.id)),
    connections: journey.connections.filter((c) => ids.has(c.from) && ids.has(c.to)),
    opportunities: journey.opportunities.filter((o) => ids.has(o.touchpointId)),
  };
}

/**
 * Pastes a fragment (already through restoreJourney) with fresh ids, offset so it does not hide the
 * originals; the opportunities of its touchpoints come along, each with a fresh id. Custom channels and
 * functions it uses (touchpoints' and opportunities') come along when the target lacks them. With `clear`,
 * a card that would cover one of its column goes down under it (separate): cards brought back where their
 * stage is gone land in a column that has its own cards there.
 */
export const pasteFragment = defineCommand<{
  fragment: Journey;
  offset: Position;
  newIds: Record<string, string>;
  clear?: boolean;
}>({
  id: 'elements.paste',
  apply: (draft, { fragment, offset, newIds, clear = false }) => {
    if (draft.stages.length === 0) return;
    const idFor = (old: string) => newIds[old] ?? old;
    for (const kind of ['customChannels', 'customFunctions'] as const) {
      const known = new Set(draft[kind].map((e) => e.id));
      const used = new Set([
        ...fragment.touchpoints.flatMap((t) => [t.channelId, t.functionId]),
        ...fragment.opportunities.map((o) => o.functionId),
      ]);
      for (const entry of fragment[kind]) if (used.has(entry.id) && !known.has(entry.id)) draft[kind].push(entry);
    }
    // Emotions of personas this journey does not have (copied from another journey) do not come along.
    const personas = new Set(draft.personas.map((p) => p.id));
    const landed = fragment.touchpoints.map((t) => {
      const position = placeOnMap(draft.stages, { x: t.position.x + offset.x, y: t.position.y + offset.y });
      const personaEmotions = Object.fromEntries(Object.entries(t.personaEmotions).filter(([id]) => personas.has(id)));
      return { ...t, id: idFor(t.id), position, stageId: stageForPosition(draft, position)!, personaEmotions };
    });
    if (clear) {
      for (const stage of new Set(landed.map((t) => t.stageId))) {
        const column = (t: { stageId: string }) => t.stageId === stage;
        separate(landed.filter(column), draft.touchpoints.filter(column));
      }
    }
    draft.touchpoints.push(...landed);
    for (const c of fragment.connections) {
      draft.connections.push({ ...c, id: createId(), from: idFor(c.from), to: idFor(c.to) });
    }
    const pasted = new Set(fragment.touchpoints.map((t) => t.id));
    for (const o of fragment.opportunities) {
      if (pasted.has(o.touchpointId))
        draft.opportunities.push({ ...o, id: createId(), touchpointId: idFor(o.touchpointId) });
    }
  },
});

/** Fresh ids for every touchpoint of a fragment, decided before the paste so the pasted cards can be selected. */
export function freshIds(fragment: Journey): Record<string, string> {
  return Object.fromEntries(fragment.touchpoints.map((t) => [t.id, createId()]));
}
