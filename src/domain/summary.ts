import { emotionCurvePoints } from './emotionCurve';
import { alikeListCache } from './alikeList';
import type { Emotion, Journey, Touchpoint } from './journey';
import type { JourneyState } from './fields';

/** What the library shows of a journey without loading it whole. */
export interface JourneySummary {
  touchpointCount: number;
  painPointCount: number;
  momentOfTruthCount: number;
  stageCount: number;
  /**
   * The emotion curve in brief: the emotion of each touchpoint that has one, in journey order, as the
   * editor's curve plots them. Rows written before the library drew curves lack it (see JourneyRepository).
   */
  curve: Emotion[];
  /** Opportunities not yet done (idea or planned): the improvement work still open on this journey. */
  openOpportunityCount: number;
  /** As-is or to-be. Rows written before journeys had a state lack it and read as 'as-is' (see JourneyRepository). */
  state: JourneyState;
  /** For a to-be, the as-is it redesigns: how the library links an as-is to its to-be versions. */
  asIsId: string | null;
}

/** Whether a touchpoint sits on a library card's curve alike in two versions: its stage, place and emotion. */
function curveAlike(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a.id === b.id &&
    a.stageId === b.stageId &&
    a.emotion === b.emotion &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y
  );
}

// Typing a title saves every few hundred ms, and sorting thousands of touchpoints again for each save was
// most of a save's summary: the card's curve is drawn again only when the stages or a plotted field change.
const curveTouchpoints = alikeListCache(curveAlike);
let lastCurve: { stages: Journey['stages']; touchpoints: Touchpoint[]; curve: Emotion[] } | null = null;

/** The library card's curve: the last one while the stages are the same array and every touchpoint curve-alike. */
function curveOf(journey: Journey): Emotion[] {
  const { stages } = journey;
  const touchpoints = curveTouchpoints.of(journey.touchpoints);
  if (lastCurve?.stages === stages && lastCurve.touchpoints === touchpoints) return lastCurve.curve;
  const curve = emotionCurvePoints({ stages, touchpoints }).map((point) => point.emotion);
  lastCurve = { stages, touchpoints, curve };
  return curve;
}

/** Counts the figures shown on a journey's library card, and takes its emotion curve along. */
export function summarize(journey: Journey): JourneySummary {
  let painPointCount = 0;
  let momentOfTruthCount = 0;
  for (const t of journey.touchpoints) {
    if (t.painPoint) painPointCount++;
    if (t.momentOfTruth) momentOfTruthCount++;
  }
  return {
    touchpointCount: journey.touchpoints.length,
    painPointCount,
    momentOfTruthCount,
    stageCount: journey.stages.length,
    curve: curveOf(journey),
    openOpportunityCount: journey.opportunities.filter((o) => o.status !== 'done').length,
    state: journey.state,
    asIsId: journey.asIsId,
  };
}
