/**
 * The names of the journey document's fields, lists and enumerated values, as plain constants. Kept apart
 * from schema.ts (which builds the zod schemas from them) so code that only needs a name, such as the
 * library's first screen, never loads zod.
 */

/** How a touchpoint's data is known, from a guess to a figure. */
export const EVIDENCE_LEVELS = ['assumed', 'observed', 'measured'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A journey as customers live it today, or its redesign (service design's current and future state). */
export const JOURNEY_STATES = ['as-is', 'to-be'] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'done'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/**
 * The experience measures a touchpoint can carry, each optional: Net Promoter Score (-100..100), customer
 * satisfaction (% satisfied), Customer Effort Score (1..7, the 7-point CES 2.0 scale), first-contact
 * resolution (%), volume (contacts a month) and cost per contact (in the journey's currency).
 */
export const KPI_FIELDS = ['kpiNps', 'kpiCsat', 'kpiCes', 'kpiFcr', 'kpiVolume', 'kpiCost'] as const;
export type KpiField = (typeof KPI_FIELDS)[number];

/** Whether a value (a select's, a stored preference's) names one of the measures. */
export function isKpiField(value: unknown): value is KpiField {
  return (KPI_FIELDS as readonly unknown[]).includes(value);
}

/** The range of each measure; out of it, input is refused with a message. */
export const KPI_LIMITS: Record<KpiField, { min: number; max: number; integer?: boolean }> = {
  kpiNps: { min: -100, max: 100 },
  kpiCsat: { min: 0, max: 100 },
  kpiCes: { min: 1, max: 7 },
  kpiFcr: { min: 0, max: 100 },
  kpiVolume: { min: 0, max: 1_000_000_000, integer: true },
  kpiCost: { min: 0, max: 1_000_000 },
};

/** The journey's lists and the schema of their elements; restore repairs each element alone. */
export const JOURNEY_LIST_ELEMENTS = {
  stages: 'stage',
  touchpoints: 'touchpoint',
  connections: 'connection',
  customChannels: 'vocabularyEntry',
  customFunctions: 'vocabularyEntry',
  personas: 'persona',
  opportunities: 'opportunity',
} as const;
export type JourneyList = keyof typeof JOURNEY_LIST_ELEMENTS;
export const JOURNEY_LISTS = Object.keys(JOURNEY_LIST_ELEMENTS) as JourneyList[];

/** The journey's own fields, besides its lists. */
export const JOURNEY_FIELDS = [
  'id',
  'name',
  'description',
  'currency',
  'state',
  'asIsId',
  'asIsTouchpointIds',
  'createdAt',
  'updatedAt',
] as const;
export type JourneyField = (typeof JOURNEY_FIELDS)[number];
