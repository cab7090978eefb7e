import { createId } from '../ids';
import type { Journey } from '../journey';
import { cutText, LIMITS } from '../limits';

/**
 * The to-be (redesign) of an as-is journey: a copy with a new journey id, marked to-be and naming its as-is.
 * Stages, touchpoints, connections, personas and opportunities keep their ids, so a comparison matches a
 * to-be touchpoint with the as-is one it redesigns by id. Every as-is touchpoint is recorded as taken into
 * account, so a later re-base offers only touchpoints added to the as-is after this moment.
 * Throws when `asIs` is itself a to-be: a redesign is made of the journey as it is.
 */
export function createToBe(asIs: Journey, name: string, now: Date = new Date()): Journey {
  if (asIs.state !== 'as-is') throw new Error('Only an as-is journey can have a to-be version.');
  const at = now.toISOString();
  return {
    ...structuredClone(asIs),
    id: createId(),
    name: cutText(name, LIMITS.journeyName),
    state: 'to-be',
    asIsId: asIs.id,
    asIsTouchpointIds: asIs.touchpoints.map((t) => t.id),
    createdAt: at,
    updatedAt: at,
  };
}
