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
    curve: emotionCurvePoints(journey).map((point) => point.emotion),
    openOpportunityCount: journey.opportunities.filter((o) => o.status !== 'done').length,
    state: journey.state,
    asIsId: journey.asIsId,
  };
}
