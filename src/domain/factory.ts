import { createId } from './ids';
import type { Journey } from './journey';
import { blankJourney } from './blank';
import { STAGE_DEFAULT_WIDTH } from './layout';

/** A new journey with no touchpoints and the given stage names (one column each). */
export function createEmptyJourney(name: string, stageNames: readonly string[], now: Date = new Date()): Journey {
  const stamp = now.toISOString();
  // Names are set over the blank journey, not validated: importers cut over-long ones and say so (keepText).
  return {
    ...blankJourney({ createdAt: stamp, updatedAt: stamp }),
    name,
    stages: stageNames.map((stageName) => ({ id: createId(), name: stageName, width: STAGE_DEFAULT_WIDTH })),
  };
}

/**
 * A copy of a journey with fresh ids everywhere, so it can live beside the original. The copy stands alone:
 * a copy of a to-be is not linked to its as-is (its touchpoints no longer share ids with it).
 */
export function duplicateJourney(journey: Journey, name: string, now: Date = new Date()): Journey {
  const stageIds = new Map(journey.stages.map((s) => [s.id, createId()]));
  const touchpointIds = new Map(journey.touchpoints.map((t) => [t.id, createId()]));
  const personaIds = new Map(journey.personas.map((p) => [p.id, createId()]));
  const stamp = now.toISOString();
  return {
    ...structuredClone(journey),
    id: createId(),
    name,
    state: 'as-is',
    asIsId: null,
    asIsTouchpointIds: [],
    stages: journey.stages.map((s) => ({ ...s, id: stageIds.get(s.id)! })),
    touchpoints: journey.touchpoints.map((t) => ({
      ...structuredClone(t),
      id: touchpointIds.get(t.id)!,
      stageId: stageIds.get(t.stageId) ?? t.stageId,
      personaEmotions: Object.fromEntries(
        Object.entries(t.personaEmotions).map(([persona, emotion]) => [personaIds.get(persona) ?? persona, emotion]),
      ),
    })),
    personas: journey.personas.map((p) => ({ ...p, id: personaIds.get(p.id)! })),
    opportunities: journey.opportunities.map((o) => ({
      ...o,
      id: createId(),
      touchpointId: touchpointIds.get(o.touchpointId) ?? o.touchpointId,
    })),
    connections: journey.connections.map((c) => ({
      ...c,
      id: createId(),
      from: touchpointIds.get(c.from)!,
      to: touchpointIds.get(c.to)!,
    })),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * The same journey under a new id, for a file or backup whose journey is already in the library: its content,
 * its ids inside and, for a to-be, its link to its as-is all stay (element ids are the journey's own, and a
 * to-be shares its as-is's to stay comparable); only its identity and timestamps are new.
 */
export function copyUnderNewId(journey: Journey, now: Date = new Date()): Journey {
  const stamp = now.toISOString();
  return { ...structuredClone(journey), id: createId(), createdAt: stamp, updatedAt: stamp };
}
