import { z } from 'zod';

/**
 * The room's contributions document, `<room>/contributions` (server/README.md, "Contributions document"):
 * three root types, one per writer.
 */
export const CONTRIBUTION_PARTS = {
  /** Y.Array of Y.Maps, one per contribution: appended by participants, never changed afterwards. */
  items: 'items',
  /** Y.Map: the step the facilitator shows now, written by editors. */
  present: 'present',
  /** Y.Map keyed by contribution id: the contributions an editor accepted into the journey. */
  accepted: 'accepted',
} as const;

/** Root types editors may write (any key, plain values); participants may write none of them. */
export const FACILITATOR_PARTS: readonly string[] = [CONTRIBUTION_PARTS.present, CONTRIBUTION_PARTS.accepted];

export const CONTRIBUTION_KINDS = ['note', 'emotion', 'pain'] as const;
export const TARGET_KINDS = ['stage', 'touchpoint'] as const;

/** Longest note, in characters (code points), unless the command line says otherwise. */
export const DEFAULT_MAX_NOTE_CHARS = 1000;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id: 1 to 64 of A-Z a-z 0-9 _ -');
const chars = (text: string) => [...text].length;

/** The schema of one contribution's fields, with the note limit of this server. */
export function contributionSchema(maxNoteChars: number) {
  const text = z
    .string()
    .refine((value) => value.trim().length > 0, 'not blank')
    .refine((value) => chars(value) <= maxNoteChars, `at most ${maxNoteChars} characters`);
  return z
    .strictObject({
      id,
      participant: z.strictObject({
        id,
        name: z.string().refine((name) => name.trim().length > 0 && chars(name) <= 60, '1 to 60 characters'),
      }),
      target: z.strictObject({ kind: z.enum(TARGET_KINDS), id }),
      kind: z.enum(CONTRIBUTION_KINDS),
      text: text.optional(),
      emotion: z.number().int().min(-2).max(2).optional(),
      at: z.iso.datetime({ offset: true }),
    })
    .refine((c) => c.kind !== 'note' || c.text !== undefined, 'a note has a text')
    .refine((c) => (c.kind === 'emotion') === (c.emotion !== undefined), 'an emotion, and only an emotion, has -2..2')
    .refine((c) => c.kind === 'note' || c.target.kind === 'touchpoint', 'an emotion or a pain is about a touchpoint');
}

/** One contribution as the document holds it (the fields of one Y.Map in `items`). */
export type Contribution = z.infer<ReturnType<typeof contributionSchema>>;
