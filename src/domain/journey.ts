/** The journey document: plain, serialisable data. No React, Dexie or DOM here. */

/** Emotion on the five-point scale, read as -2 ("Lo odio") .. +2 ("¡Wow!"). */
export type Emotion = -2 | -1 | 0 | 1 | 2;

export interface Position {
  x: number;
  y: number;
}

/** A step of the journey as the customer lives it; drawn as a column on the canvas. */
export interface Stage {
  id: string;
  name: string;
  /** Column width on the canvas, in canvas units. */
  width: number;
}

/** One interaction between customer and company. */
export interface Touchpoint {
  id: string;
  title: string;
  description: string;
  stageId: string;
  /** Id of a built-in or custom channel, or null when not yet chosen. */
  channelId: string | null;
  /** Id of a built-in or custom owning function, or null when not yet chosen. */
  functionId: string | null;
  emotion: Emotion | null;
  momentOfTruth: boolean;
  painPoint: boolean;
  /** What hurts, when this is a pain point. */
  painNote: string;
  notes: string;
  position: Position;
}

/** A directed link from one touchpoint to the next; loops and branches are allowed. */
export interface Connection {
  id: string;
  from: string;
  to: string;
  label: string;
}

/** A team's own channel or function, added to one journey. */
export interface CustomVocabularyEntry {
  id: string;
  label: string;
  /** Icon key from the built-in icon set. */
  icon: string;
  /** CSS hex colour, e.g. "#0ea5e9". */
  color: string;
}

export interface Journey {
  id: string;
  name: string;
  description: string;
  /** Customer segment or persona the journey is mapped for. */
  persona: string;
  stages: Stage[];
  touchpoints: Touchpoint[];
  connections: Connection[];
  customChannels: CustomVocabularyEntry[];
  customFunctions: CustomVocabularyEntry[];
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

export const EMOTIONS: readonly Emotion[] = [-2, -1, 0, 1, 2];

/** True when the value is one of the five emotion steps. */
export function isEmotion(value: unknown): value is Emotion {
  return typeof value === 'number' && (EMOTIONS as readonly number[]).includes(value);
}
