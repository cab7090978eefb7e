import { journeyOrder } from '../emotionCurve';
import type { Connection, CustomVocabularyEntry, Journey, Persona, Stage, Touchpoint } from '../journey';
import type { JourneyState, KpiField } from '../fields';

/**
 * The version of InsightsJourney's shape. Storage keeps it beside each stored projection and rebuilds a
 * projection of another version from the journey, so changing the shape means bumping this number.
 */
export const INSIGHTS_PROJECTION_VERSION = 1;

/**
 * The touchpoint fields the insights read: identity and place (position orders the journey, as the emotion
 * curve does), channel and owning function, the emotions of every persona, the two flags, what hurts and the
 * KPIs (the heatmap adds them up).
 */
export type InsightsTouchpointSource = Pick<
  Touchpoint,
  | 'id'
  | 'title'
  | 'stageId'
  | 'position'
  | 'channelId'
  | 'functionId'
  | 'emotion'
  | 'personaEmotions'
  | 'momentOfTruth'
  | 'painPoint'
  | 'painNote'
  | KpiField
>;

/**
 * A journey as the insights read it: the part of a Journey they need, so a whole Journey is one too. Storage
 * keeps one per journey (written with its library row) so the insights page never decodes whole documents.
 * The team's own channels and functions are kept whole (a few small entries): their labels key them across
 * journeys and their colours paint the heatmap.
 */
export interface InsightsJourney {
  id: string;
  name: string;
  state: JourneyState;
  /** Stage names label the touchpoints; their order is the journey's order. */
  stages: readonly Pick<Stage, 'id' | 'name'>[];
  touchpoints: readonly InsightsTouchpointSource[];
  /** Where the customer goes next: the hand-off map reads both ends. */
  connections: readonly Pick<Connection, 'from' | 'to'>[];
  customChannels: readonly CustomVocabularyEntry[];
  customFunctions: readonly CustomVocabularyEntry[];
  /** The first is the main persona (its emotion is the touchpoint's `emotion`). */
  personas: readonly Pick<Persona, 'id' | 'name'>[];
}

/**
 * The insights projection of a journey: a copy holding only InsightsJourney's fields, touchpoints in journey
 * order (so reading it in order needs no sorting). Plain data, safe to store and to post to a worker.
 */
export function projectForInsights(journey: Journey): InsightsJourney {
  return {
    id: journey.id,
    name: journey.name,
    state: journey.state,
    stages: journey.stages.map(({ id, name }) => ({ id, name })),
    touchpoints: journeyOrder(journey).map((t) => ({
      id: t.id,
      title: t.title,
      stageId: t.stageId,
      position: { x: t.position.x, y: t.position.y },
      channelId: t.channelId,
      functionId: t.functionId,
      emotion: t.emotion,
      personaEmotions: { ...t.personaEmotions },
      momentOfTruth: t.momentOfTruth,
      painPoint: t.painPoint,
      painNote: t.painNote,
      kpiNps: t.kpiNps,
      kpiCsat: t.kpiCsat,
      kpiCes: t.kpiCes,
      kpiFcr: t.kpiFcr,
      kpiVolume: t.kpiVolume,
      kpiCost: t.kpiCost,
    })),
    connections: journey.connections.map(({ from, to }) => ({ from, to })),
    customChannels: journey.customChannels.map((entry) => ({ ...entry })),
    customFunctions: journey.customFunctions.map((entry) => ({ ...entry })),
    personas: journey.personas.map(({ id, name }) => ({ id, name })),
  };
}
