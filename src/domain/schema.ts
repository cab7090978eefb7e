import { z } from 'zod';
import { createId } from './ids';
import { clampStageWidth, cutText, LIMITS } from './limits';
import {
  EVIDENCE_LEVELS,
  JOURNEY_LISTS,
  JOURNEY_STATES,
  KPI_LIMITS,
  OPPORTUNITY_STATUSES,
  PRIORITIES,
  type JourneyList,
  type KpiField,
} from './fields';

// The names stay importable from here; code on the library's first screen imports fields.ts, not zod.
export * from './fields';

// Zod compiles fast parsers with `new Function`, which the app's Content-Security-Policy forbids (no eval):
// parse without it.
z.config({ jitless: true });

/**
 * The journey document of the current format version, defined once: the TypeScript types in journey.ts
 * are inferred from the strict schemas here, so a field cannot exist in one and be missing from the other.
 *
 * Built twice from one definition: strict (reports every problem with its path, unknown fields included)
 * and lenient (replaces each bad field with a default, cuts over-long text, drops unknown fields) so one
 * broken value never costs the user the whole journey. restoreJourney() parses strictly, falls back to the
 * lenient result and reports each strict issue as a repair.
 */
function buildSchemas(lenient: boolean) {
  const field = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
    lenient ? schema.catch(fallback as never) : schema;
  // An over-long string is cut, never blanked: losing the end of a note beats losing the note.
  const text = (max: number = LIMITS.longText) => {
    const schema = z.string().max(max).default('');
    return lenient ? schema.catch(({ input }) => (typeof input === 'string' ? cutText(input, max) : '')) : schema;
  };
  const flag = () => field(z.boolean().default(false), false);
  const id = () =>
    lenient
      ? z
          .string()
          .min(1)
          .max(LIMITS.id)
          .catch(() => createId())
      : z.string().min(1).max(LIMITS.id);
  const nullableId = () => field(z.string().min(1).max(LIMITS.id).nullable().default(null), null);
  /** An optional measure within its range (KPI_LIMITS); null when not measured. */
  const kpi = (name: KpiField) => {
    const { min, max, integer } = KPI_LIMITS[name];
    const base = integer ? z.number().int() : z.number();
    return field(base.min(min).max(max).nullable().default(null), null);
  };
  const finite = (fallback: number) => field(z.number().finite().default(fallback), fallback);
  const color = () =>
    field(
      z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#64748b'),
      '#64748b',
    );
  // Strict objects report unknown fields (a field this version does not know would otherwise vanish
  // unnoticed on the next save); lenient ones drop them once that has been reported.
  const object = <S extends z.ZodRawShape>(shape: S) => (lenient ? z.object(shape) : z.strictObject(shape));

  const { min, max, default: defaultWidth } = LIMITS.stageWidth;
  const stageWidth = z.number().finite().min(min).max(max).default(defaultWidth);
  const stage = object({
    id: id(),
    name: text(LIMITS.stageName),
    /** Column width on the canvas, in canvas units. */
    width: lenient
      ? stageWidth.catch(({ input }) =>
          typeof input === 'number' ? (clampStageWidth(input) ?? defaultWidth) : defaultWidth,
        )
      : stageWidth,
  });
  const emotion = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);
  const position = object({ x: finite(0), y: finite(0) });
  const touchpoint = object({
    id: id(),
    title: text(LIMITS.touchpointTitle),
    description: text(),
    stageId: field(z.string().default(''), ''),
    /** Id of a built-in or custom channel, or null when not yet chosen. */
    channelId: nullableId(),
    /** Id of a built-in or custom owning function, or null when not yet chosen. */
    functionId: nullableId(),
    /** The customer's emotion, -2 ("Lo odio") .. +2 ("¡Wow!"), or null when not yet rated. */
    emotion: field(emotion.nullable().default(null), null),
    momentOfTruth: flag(),
    painPoint: flag(),
    /** What hurts, when this is a pain point. */
    painNote: text(),
    notes: text(),
    /** Top-left of the card on the free canvas, in canvas units. */
    position: field(position.default({ x: 0, y: 0 }), { x: 0, y: 0 }),
    /**
     * The emotion of each persona but the journey's first one, by persona id (the first one's is
     * `emotion`, so a journey with one persona reads as before personas existed).
     */
    personaEmotions: field(z.record(z.string().min(1).max(LIMITS.id), emotion).default({}), {}),
    /** The experience the company delivers here (audit, mystery shopping), -2..+2, beside the perceived one. */
    delivered: field(emotion.nullable().default(null), null),
    /** How the touchpoint's data is known. */
    evidence: field(z.enum(EVIDENCE_LEVELS).default('assumed'), 'assumed'),
    /** What happens behind the line of visibility to deliver this touchpoint. */
    backstage: text(),
    /** The support processes (systems, policies, partners) it relies on. */
    support: text(),
    kpiNps: kpi('kpiNps'),
    kpiCsat: kpi('kpiCsat'),
    kpiCes: kpi('kpiCes'),
    kpiFcr: kpi('kpiFcr'),
    kpiVolume: kpi('kpiVolume'),
    kpiCost: kpi('kpiCost'),
  });
  const connection = object({
    id: id(),
    from: z.string().min(1),
    to: z.string().min(1),
    label: text(LIMITS.connectionLabel),
  });
  const vocabularyEntry = object({
    id: id(),
    label: text(LIMITS.vocabularyLabel),
    /** Icon key from the built-in icon set. */
    icon: field(z.string().max(LIMITS.iconKey).default('tag'), 'tag'),
    /** CSS hex colour, e.g. "#0ea5e9". */
    color: color(),
    /** For a function: it works behind the line of visibility (the customer does not see it). */
    backstage: flag(),
  });
  const persona = object({
    id: id(),
    name: text(LIMITS.personaName),
    /** Who they are: the segment, the situation, what they want. */
    description: text(LIMITS.persona),
  });
  const opportunity = object({
    id: id(),
    /** The pain point (touchpoint) it would relieve. */
    touchpointId: z.string().min(1).max(LIMITS.id),
    title: text(LIMITS.opportunityTitle),
    /** The owning function that would carry it out, or null when not yet chosen. */
    functionId: nullableId(),
    priority: field(z.enum(PRIORITIES).default('medium'), 'medium'),
    status: field(z.enum(OPPORTUNITY_STATUSES).default('idea'), 'idea'),
  });
  const now = () => new Date().toISOString();
  const timestamp = () => (lenient ? z.iso.datetime().default(now).catch(now) : z.iso.datetime().default(now));
  const journeyFields = {
    id: id(),
    name: text(LIMITS.journeyName),
    description: text(),
    /** ISO 4217 code of the currency costs per contact are in, e.g. "EUR". */
    currency: field(
      z
        .string()
        .regex(/^[A-Z]{3}$/)
        .default('EUR'),
      'EUR',
    ),
    /** The journey as it is today, or its redesign. */
    state: field(z.enum(JOURNEY_STATES).default('as-is'), 'as-is'),
    /** For a to-be: the id of the as-is journey it redesigns (it may since have been deleted); else null. */
    asIsId: nullableId(),
    /**
     * For a to-be: the as-is touchpoints it has taken into account (when it was created or last re-based),
     * so a re-base offers only the as-is touchpoints added since. Ids are shared: a to-be's copy of an as-is
     * touchpoint keeps its id.
     */
    asIsTouchpointIds: field(z.array(z.string().min(1).max(LIMITS.id)).default([]), []),
    /** ISO 8601 timestamps. */
    createdAt: timestamp(),
    updatedAt: timestamp(),
  };
  // Lists are parsed element by element (see restoreJourney), so one broken touchpoint is repaired or
  // dropped alone; `document` is the whole journey with its lists typed, for the types and for tests.
  const journey = object({
    ...journeyFields,
    ...(Object.fromEntries(JOURNEY_LISTS.map((list) => [list, z.array(z.unknown()).default([])])) as {
      [L in JourneyList]: z.ZodDefault<z.ZodArray<z.ZodUnknown>>;
    }),
  });
  const document = object({
    ...journeyFields,
    stages: z.array(stage),
    touchpoints: z.array(touchpoint),
    connections: z.array(connection),
    customChannels: z.array(vocabularyEntry),
    customFunctions: z.array(vocabularyEntry),
    personas: z.array(persona),
    opportunities: z.array(opportunity),
  });
  return {
    stage,
    touchpoint,
    connection,
    vocabularyEntry,
    persona,
    opportunity,
    journey,
    document,
    emotion,
    position,
  };
}

export const strictSchemas = buildSchemas(false);
export const lenientSchemas = buildSchemas(true);
