import { z } from 'zod';

// Zod compiles fast parsers with `new Function`, which the app's Content-Security-Policy forbids (no eval):
// parse without it.
z.config({ jitless: true });
import { createId } from './ids';
import { STAGE_DEFAULT_WIDTH, STAGE_MIN_WIDTH } from './layout';

/**
 * Zod schemas of the current document version. Built twice from one definition: strict (reports every
 * problem with its path) and lenient (replaces each bad field with a default so one broken value never
 * costs the user the whole journey).
 */
function buildSchemas(lenient: boolean) {
  const field = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
    lenient ? schema.catch(fallback as never) : schema;
  // Long enough for a pasted workshop transcript; an over-long string is cut, never blanked.
  const text = (max = 1_000_000) => {
    const schema = z.string().max(max).default('');
    return lenient ? schema.catch(({ input }) => (typeof input === 'string' ? input.slice(0, max) : '')) : schema;
  };
  const flag = () => field(z.boolean().default(false), false);
  const id = () =>
    lenient
      ? z
          .string()
          .min(1)
          .max(200)
          .catch(() => createId())
      : z.string().min(1).max(200);
  const nullableId = () => field(z.string().min(1).max(200).nullable().default(null), null);
  const finite = (fallback: number) => field(z.number().finite().default(fallback), fallback);
  const color = () =>
    field(
      z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default('#64748b'),
      '#64748b',
    );

  const stage = z.object({
    id: id(),
    name: text(500),
    width: field(
      z.number().finite().min(STAGE_MIN_WIDTH).max(10_000).default(STAGE_DEFAULT_WIDTH),
      STAGE_DEFAULT_WIDTH,
    ),
  });
  const touchpoint = z.object({
    id: id(),
    title: text(1_000),
    description: text(),
    stageId: field(z.string().default(''), ''),
    channelId: nullableId(),
    functionId: nullableId(),
    emotion: field(
      z
        .union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)])
        .nullable()
        .default(null),
      null,
    ),
    momentOfTruth: flag(),
    painPoint: flag(),
    painNote: text(),
    notes: text(),
    position: field(z.object({ x: finite(0), y: finite(0) }).default({ x: 0, y: 0 }), { x: 0, y: 0 }),
  });
  const connection = z.object({
    id: id(),
    from: z.string().min(1),
    to: z.string().min(1),
    label: text(500),
  });
  const vocabularyEntry = z.object({
    id: id(),
    label: text(200),
    icon: field(z.string().max(50).default('tag'), 'tag'),
    color: color(),
  });
  const now = () => new Date().toISOString();
  const timestamp = () => (lenient ? z.iso.datetime().default(now).catch(now) : z.iso.datetime().default(now));
  const journey = z.object({
    id: id(),
    name: text(500),
    description: text(),
    persona: text(2_000),
    stages: z.array(z.unknown()).default([]),
    touchpoints: z.array(z.unknown()).default([]),
    connections: z.array(z.unknown()).default([]),
    customChannels: z.array(z.unknown()).default([]),
    customFunctions: z.array(z.unknown()).default([]),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  });
  return { stage, touchpoint, connection, vocabularyEntry, journey };
}

export const strictSchemas = buildSchemas(false);
export const lenientSchemas = buildSchemas(true);
