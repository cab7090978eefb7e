/**
 * The journey document: plain, serialisable data. No React, Dexie or DOM here. The types are inferred from
 * the strict schemas in schema.ts (the one definition of the document; field docs live there).
 */
import type { z } from 'zod';
import type { strictSchemas } from './schema';

type Output<K extends keyof typeof strictSchemas> = z.output<(typeof strictSchemas)[K]>;

/** Emotion on the five-point scale, read as -2 ("Lo odio") .. +2 ("¡Wow!"). */
export type Emotion = Output<'emotion'>;

/** A point on the free canvas, in canvas units. */
export type Position = Output<'position'>;

/** A step of the journey as the customer lives it; drawn as a column on the canvas. */
export type Stage = Output<'stage'>;

/** One interaction between customer and company. */
export type Touchpoint = Output<'touchpoint'>;

/** A directed link from one touchpoint to the next; loops and branches are allowed. */
export type Connection = Output<'connection'>;

/** A customer segment the journey is mapped for; each has its own emotion curve. */
export type Persona = Output<'persona'>;

/** An improvement idea for a pain point, with the function that would carry it out. */
export type Opportunity = Output<'opportunity'>;

/** A team's own channel or function, added to one journey. */
export type CustomVocabularyEntry = Output<'vocabularyEntry'>;

/** A whole journey: its stages, touchpoints, connections and the team's own vocabulary. */
export type Journey = Output<'document'>;

export const EMOTIONS: readonly Emotion[] = [-2, -1, 0, 1, 2];

/** True when the value is one of the five emotion steps. */
export function isEmotion(value: unknown): value is Emotion {
  return typeof value === 'number' && (EMOTIONS as readonly number[]).includes(value);
}
