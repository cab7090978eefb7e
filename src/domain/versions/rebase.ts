import type { Journey, Touchpoint } from '../journey';
import { journeyOrder } from '../emotionCurve';
import { stageColumns, TOUCHPOINT_WIDTH } from '../layout';

/**
 * The as-is touchpoints the to-be has not taken into account yet (added to the as-is since the to-be was
 * made or last re-based), in journey order. A touchpoint the to-be already holds (same id) is not offered.
 */
export function newAsIsTouchpoints(
  toBe: Pick<Journey, 'touchpoints' | 'asIsTouchpointIds'>,
  asIs: Journey,
): Touchpoint[] {
  const seen = new Set(toBe.asIsTouchpointIds);
  const held = new Set(toBe.touchpoints.map((t) => t.id));
  return journeyOrder(asIs).filter((t) => !seen.has(t.id) && !held.has(t.id));
}

/** What a re-base takes from the as-is: the touchpoints the user chose and those offered (all recorded as seen). */
export interface RebaseChoice {
  /** The as-is journey as it is now (its stages, vocabulary and connections are read for the taken touchpoints). */
  asIs: Journey;
  /** Ids of the offered as-is touchpoints to copy into the to-be. */
  take: readonly string[];
  /** Ids of every touchpoint offered, taken or dismissed: none of them is offered again. */
  offered: readonly string[];
}

/**
 * Applies a re-base to a to-be draft (mutating it, as an immer command does): copies the taken as-is
 * touchpoints with their ids, plus what they need to make sense here: their stage when the to-be lacks it
 * (added at the end), the team's own channel or function they use, their opportunities, and the as-is
 * connections between touchpoints that are now both in the to-be. Persona emotions of personas the to-be
 * does not have are dropped. Finally every offered id is recorded in asIsTouchpointIds.
 */
export function applyRebase(draft: Journey, { asIs, take, offered }: RebaseChoice): void {
  const held = new Set(draft.touchpoints.map((t) => t.id));
  const taking = new Set(take.filter((id) => !held.has(id)));
  const taken = asIs.touchpoints.filter((t) => taking.has(t.id));
  const stageIds = new Set(draft.stages.map((s) => s.id));
  const personaIds = new Set(draft.personas.map((p) => p.id));
  for (const touchpoint of taken) {
    const stage = asIs.stages.find((s) => s.id === touchpoint.stageId);
    if (stage && !stageIds.has(stage.id)) {
      draft.stages.push(structuredClone(stage));
      stageIds.add(stage.id);
    }
    copyVocabulary(draft, asIs, 'customChannels', touchpoint.channelId);
    copyVocabulary(draft, asIs, 'customFunctions', touchpoint.functionId);
    const copy = structuredClone(touchpoint);
    copy.position = placeInStage(asIs, draft, touchpoint);
    copy.personaEmotions = Object.fromEntries(
      Object.entries(copy.personaEmotions).filter(([personaId]) => personaIds.has(personaId)),
    );
    draft.touchpoints.push(copy);
    held.add(copy.id);
  }
  const opportunityIds = new Set(draft.opportunities.map((o) => o.id));
  for (const opportunity of asIs.opportunities) {
    if (taking.has(opportunity.touchpointId) && !opportunityIds.has(opportunity.id)) {
      draft.opportunities.push(structuredClone(opportunity));
    }
  }
  const connectionIds = new Set(draft.connections.map((c) => c.id));
  for (const connection of asIs.connections) {
    const touchesTaken = taking.has(connection.from) || taking.has(connection.to);
    if (touchesTaken && held.has(connection.from) && held.has(connection.to) && !connectionIds.has(connection.id)) {
      draft.connections.push(structuredClone(connection));
    }
  }
  const seen = new Set(draft.asIsTouchpointIds);
  for (const id of offered) if (!seen.has(id)) draft.asIsTouchpointIds.push(id);
}

/**
 * Where a taken card goes on the to-be's canvas: in its stage's column there, at the offset it had in that
 * column of the as-is (the two versions' columns may differ in order and width), at the same height.
 */
function placeInStage(asIs: Journey, draft: Journey, touchpoint: Touchpoint): Touchpoint['position'] {
  const from = stageColumns(asIs.stages).find((c) => c.stage.id === touchpoint.stageId);
  const to = stageColumns(draft.stages).find((c) => c.stage.id === touchpoint.stageId);
  if (!from || !to) return { ...touchpoint.position };
  const offset = Math.min(Math.max(touchpoint.position.x - from.x, 0), Math.max(to.width - TOUCHPOINT_WIDTH, 0));
  return { x: to.x + offset, y: touchpoint.position.y };
}

function copyVocabulary(
  draft: Journey,
  asIs: Journey,
  list: 'customChannels' | 'customFunctions',
  id: string | null,
): void {
  if (id === null || draft[list].some((entry) => entry.id === id)) return;
  const entry = asIs[list].find((e) => e.id === id);
  if (entry) draft[list].push(structuredClone(entry));
}
