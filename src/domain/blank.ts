import { createId } from './ids';
import type { Journey, Opportunity, Persona, Touchpoint } from './journey';
import { defaultCurrency } from './numberRegion';
import { strictSchemas } from './schema';

/**
 * New elements with every field at its schema default, so code that makes a touchpoint, persona or
 * opportunity never lists the fields itself and cannot miss one the model gains later. Throws when a
 * given field is invalid, which is a programming error.
 */
export function blankTouchpoint(fields: Partial<Touchpoint> & Pick<Touchpoint, 'stageId'>): Touchpoint {
  return strictSchemas.touchpoint.parse({ id: createId(), ...fields });
}

/** A new persona (the journey's segments), named and described as given. */
export function blankPersona(fields: Partial<Persona> = {}): Persona {
  return strictSchemas.persona.parse({ id: createId(), ...fields });
}

/** A new improvement idea for a pain point. */
export function blankOpportunity(fields: Partial<Opportunity> & Pick<Opportunity, 'touchpointId'>): Opportunity {
  return strictSchemas.opportunity.parse({ id: createId(), ...fields });
}

/**
 * A journey's own fields and lists at their defaults (one persona, no touchpoints, costs in the currency of
 * the browser's region: numberRegion), named as given.
 */
export function blankJourney(fields: Partial<Journey> = {}): Journey {
  const stamp = new Date().toISOString();
  return strictSchemas.document.parse({
    id: createId(),
    name: '',
    stages: [],
    touchpoints: [],
    connections: [],
    customChannels: [],
    customFunctions: [],
    personas: [blankPersona()],
    opportunities: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
    currency: fields.currency ?? defaultCurrency(),
  });
}
