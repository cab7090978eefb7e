import { emotionCurvePoints } from './emotionCurve';
import type { Emotion, Journey } from './journey';
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

/** The curve of the journey last summarised, with the lists it was drawn from. */
let lastCurve: { stages: Journey['stages']; touchpoints: Journey['touchpoints']; curve: Emotion[] } | null = null;

/**
 * The library card's curve: the last one while the stages are the same array and every touchpoint has the
 * stage, place and emotion it had (typing a title saves every few hundred ms, and sorting thousands of
 * touchpoints again each time was most of a save's summary).
 */
function curveOf(journey: Journey): Emotion[] {
  const { stages, touchpoints } = journey;
  const last = lastCurve;
  const same =
    last !== null &&
    last.stages === stages &&
    last.touchpoints.length === touchpoints.length &&
    touchpoints.every((t, i) => {
      const o = last.touchpoints[i];
      return (
        o === t ||
        (o.id === t.id &&
          o.stageId === t.stageId &&
          o.emotion === t.emotion &&
          o.position.x === t.position.x &&
          o.position.y === t.position.y)
      );
    });
  const curve = same ? last.curve : emotionCurvePoints(journey).map((point) => point.emotion);
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
