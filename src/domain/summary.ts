import type { Journey } from './journey';

/** What the library shows of a journey without loading it whole. */
export interface JourneySummary {
  touchpointCount: number;
  painPointCount: number;
  momentOfTruthCount: number;
  stageCount: number;
}

/** Counts the figures shown on a journey's library card. */
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
  };
}
