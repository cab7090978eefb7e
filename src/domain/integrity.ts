import { createId } from './ids';
import { LIMITS } from './limits';
import { cardHeight, clearY } from './commands/placement';
import type { Journey } from './journey';
import { STAGE_DEFAULT_WIDTH, TOUCHPOINT_WIDTH, isOffMap, placeOnMap, stageAtX, stageColumns } from './layout';
import type { Repair } from './restore';
import { BUILT_IN_CHANNELS, BUILT_IN_FUNCTIONS } from './vocabulary';

function uniqueIds<T extends { id: string }>(items: T[], path: string, repairs: Repair[]): T[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    repairs.push({ code: 'duplicate-id', path: `${path}.${index}.id` });
    const id = createId();
    seen.add(id);
    return { ...item, id };
  });
}

/** Makes references inside a journey consistent: unique ids, known stages, connections between existing touchpoints. */
export function repairIntegrity(input: Journey): { journey: Journey; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let stages = uniqueIds(input.stages, 'journey.stages', repairs);
  const touchpointsIn = uniqueIds(input.touchpoints, 'journey.touchpoints', repairs);
  if (stages.length === 0 && touchpointsIn.length > 0) {
    repairs.push({ code: 'missing-stage', path: 'journey.stages' });
    stages = [{ id: createId(), name: '', width: STAGE_DEFAULT_WIDTH }];
  }
  const stageIds = new Set(stages.map((s) => s.id));
  const columns = stageColumns(stages);
  const customChannels = uniqueIds(input.customChannels, 'journey.customChannels', repairs);
  const customFunctions = uniqueIds(input.customFunctions, 'journey.customFunctions', repairs);
  const channelIds = new Set([...BUILT_IN_CHANNELS.map((c) => c.id), ...customChannels.map((c) => c.id)]);
  const functionIds = new Set([...BUILT_IN_FUNCTIONS.map((f) => f.id), ...customFunctions.map((f) => f.id)]);
  let personas = uniqueIds(input.personas, 'journey.personas', repairs);
  if (personas.length === 0) {
    repairs.push({ code: 'missing-persona', path: 'journey.personas' });
    personas = [{ id: createId(), name: '', description: '' }];
  }
  // The editor, the curve's styles and the PDF's table hold LIMITS.personas: one past them would be kept but
  // shown nowhere. Each is reported; their emotions then go as emotions of unknown personas do.
  for (let index = LIMITS.personas; index < personas.length; index++)
    repairs.push({ code: 'extra-persona', path: `journey.personas.${index}`, limit: LIMITS.personas });
  personas = personas.slice(0, LIMITS.personas);
  // The main persona's emotion is `emotion`; the others' are keyed by persona id.
  const otherPersonas = new Set(personas.slice(1).map((p) => p.id));

  // Cards on the map, which one brought back onto it must not cover.
  const onMap = touchpointsIn.filter((t) => !isOffMap(stages, t.position));
  const touchpoints = touchpointsIn.map((t, index) => {
    let next = t;
    if (!stageIds.has(t.stageId)) {
      repairs.push({ code: 'unknown-stage', path: `journey.touchpoints.${index}.stageId` });
      next = { ...next, stageId: stageAtX(stages, t.position.x)!.id };
    }
    // Past the last column (or absurdly far up or down) a card is in no stage's column, and the map fitted to
    // it shows nothing but empty canvas: it goes back into the column of the stage it names.
    if (isOffMap(stages, t.position)) {
      const placed = placeOnMap(stages, t.position);
      repairs.push({ code: 'off-map', path: `journey.touchpoints.${index}.position` });
      const column = columns.find((c) => c.stage.id === next.stageId);
      const x = Math.round(column ? column.x + Math.max(0, (column.width - TOUCHPOINT_WIDTH) / 2) : placed.x);
      // Below any card already there (several may come back to one column), as a card moved in would go.
      const y = clearY({ position: { x, y: Math.round(placed.y) }, height: cardHeight(next) }, onMap);
      next = { ...next, position: { x, y } };
      onMap.push(next);
    }
    if (t.channelId !== null && !channelIds.has(t.channelId)) {
      repairs.push({ code: 'unknown-vocabulary', path: `journey.touchpoints.${index}.channelId` });
      next = { ...next, channelId: null };
    }
    if (t.functionId !== null && !functionIds.has(t.functionId)) {
      repairs.push({ code: 'unknown-vocabulary', path: `journey.touchpoints.${index}.functionId` });
      next = { ...next, functionId: null };
    }
    const strays = Object.keys(t.personaEmotions).filter((id) => !otherPersonas.has(id));
    if (strays.length > 0) {
      for (const id of strays)
        repairs.push({ code: 'unknown-persona', path: `journey.touchpoints.${index}.personaEmotions.${id}` });
      next = {
        ...next,
        personaEmotions: Object.fromEntries(Object.entries(t.personaEmotions).filter(([id]) => otherPersonas.has(id))),
      };
    }
    return next;
  });

  const touchpointIds = new Set(touchpoints.map((t) => t.id));
  const connections = uniqueIds(input.connections, 'journey.connections', repairs).filter((c, index) => {
    const ok = touchpointIds.has(c.from) && touchpointIds.has(c.to);
    if (!ok) repairs.push({ code: 'dangling-connection', path: `journey.connections.${index}` });
    return ok;
  });

  const opportunities = uniqueIds(input.opportunities, 'journey.opportunities', repairs).flatMap((o, index) => {
    if (!touchpointIds.has(o.touchpointId)) {
      repairs.push({ code: 'dangling-opportunity', path: `journey.opportunities.${index}` });
      return [];
    }
    if (o.functionId !== null && !functionIds.has(o.functionId)) {
      repairs.push({ code: 'unknown-vocabulary', path: `journey.opportunities.${index}.functionId` });
      return [{ ...o, functionId: null }];
    }
    return [o];
  });

  if (repairs.length === 0) return { journey: input, repairs };
  return {
    journey: { ...input, stages, touchpoints, connections, customChannels, customFunctions, personas, opportunities },
    repairs,
  };
}
