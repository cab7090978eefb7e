import type { Emotion } from './journey';
import { isEmotion } from './journey';
import { nearestEmotion } from './emotionAverage';

/**
 * What workshop participants send from their phones, and what the facilitator makes of it: plain data and
 * rules, shared by the participant page and the presentation. The shapes mirror what the sync server
 * accepts in a room's contributions document (server/README.md, server/contributions.ts); the app never
 * imports the server, so the limits are repeated here and the server stays the authority.
 */

/** Longest note the server takes by default, in characters (Unicode code points). */
export const MAX_NOTE_CHARS = 1000;
/** Longest participant name the server takes, in characters. */
export const MAX_NAME_CHARS = 60;
/** Contributions one phone may send per window before the server starts refusing (its default). */
export const CONTRIBUTIONS_PER_WINDOW = 20;
/** That window, ms. */
export const CONTRIBUTION_WINDOW_MS = 10_000;

export type ContributionKind = 'note' | 'emotion' | 'pain';
export type TargetKind = 'stage' | 'touchpoint';

/** One contribution, as one Y.Map of the document's `items` holds it. */
export interface Contribution {
  /** 1..64 of A-Z a-z 0-9 _ -, unique in the room. */
  id: string;
  participant: { id: string; name: string };
  /** The stage or touchpoint the facilitator showed when it was sent. */
  target: { kind: TargetKind; id: string };
  kind: ContributionKind;
  /** A note's text. */
  text?: string;
  /** An emotion's value, -2..+2. */
  emotion?: Emotion;
  /** ISO 8601 time on the phone when it was sent. */
  at: string;
}

/**
 * How an accepted note entered the journey: appended to the touchpoint's notes, or as its pain point; a
 * note sent on a stage, as a new touchpoint of that stage.
 */
export type AcceptedAs = 'note' | 'pain' | 'touchpoint';

/** What the facilitator shows now, as the contributions document's `present` map holds it. */
export interface PresentStep {
  kind: 'overview' | 'stage' | 'touchpoint' | 'summary';
  /** The stage's or touchpoint's id; absent for the overview and the summary. */
  id?: string;
  /** The step's name as the facilitator's screen shows it (the journey's name on the overview). */
  title: string;
  /** The stage a touchpoint belongs to, by name. */
  stage?: string;
  /** 0-based step and number of steps. */
  index: number;
  count: number;
  /**
   * The step has no name in the journey: `title` is the facilitator's placeholder ("Untitled touchpoint"
   * in their language), which a phone replaces with its own words (a phone of an earlier build shows it).
   */
  untitled?: boolean;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const chars = (text: string) => [...text].length;

/** Why a note cannot be sent: blank, or longer than the server takes. Null when it can. */
export function noteProblem(text: string, max = MAX_NOTE_CHARS): 'empty' | 'too-long' | null {
  if (text.trim() === '') return 'empty';
  return chars(text) > max ? 'too-long' : null;
}

/** Why a participant name cannot be used, or null. */
export function nameProblem(name: string): 'empty' | 'too-long' | null {
  if (name.trim() === '') return 'empty';
  return chars(name.trim()) > MAX_NAME_CHARS ? 'too-long' : null;
}

/**
 * Reads one item of the document as a contribution, checking every field as the server does; undefined for
 * anything else (a document written by a newer or broken client must not break the screen).
 */
export function readContribution(value: unknown): Contribution | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const participant = v.participant as Record<string, unknown> | undefined;
  const target = v.target as Record<string, unknown> | undefined;
  if (typeof v.id !== 'string' || !ID.test(v.id) || typeof v.at !== 'string') return undefined;
  if (!participant || typeof participant.id !== 'string' || typeof participant.name !== 'string') return undefined;
  if (!target || (target.kind !== 'stage' && target.kind !== 'touchpoint') || typeof target.id !== 'string')
    return undefined;
  const base = {
    id: v.id,
    participant: { id: participant.id, name: participant.name },
    target: { kind: target.kind, id: target.id },
    at: v.at,
  } as const;
  if (v.kind === 'note' && typeof v.text === 'string') return { ...base, kind: 'note', text: v.text };
  if (target.kind !== 'touchpoint') return undefined;
  if (v.kind === 'emotion' && isEmotion(v.emotion)) return { ...base, kind: 'emotion', emotion: v.emotion };
  if (v.kind === 'pain') return { ...base, kind: 'pain' };
  return undefined;
}

/** What the room said about one stage or touchpoint. */
export interface TargetSummary {
  /** Every note, oldest first. */
  notes: Contribution[];
  /** Each participant's latest emotion, oldest first. */
  emotions: Contribution[];
  /** One "this hurts" per participant, oldest first. */
  pains: Contribution[];
  /** Mean of `emotions` (-2..+2), or null when nobody gave one. */
  averageEmotion: number | null;
}

/**
 * Gathers the contributions about one target: all its notes, the latest emotion of each participant (a
 * phone may change its mind) and one pain flag per participant, with the room's average emotion.
 */
export function summarizeTarget(items: readonly Contribution[], targetId: string): TargetSummary {
  const notes: Contribution[] = [];
  const emotions = new Map<string, Contribution>();
  const pains = new Map<string, Contribution>();
  for (const item of items) {
    if (item.target.id !== targetId) continue;
    if (item.kind === 'note') notes.push(item);
    else if (item.kind === 'pain' && !pains.has(item.participant.id)) pains.set(item.participant.id, item);
    else if (item.kind === 'emotion') {
      // Deleting first moves a changed mind to the end, so the list stays in order of the latest word.
      emotions.delete(item.participant.id);
      emotions.set(item.participant.id, item);
    }
  }
  const latest = [...emotions.values()];
  const sum = latest.reduce((total, item) => total + (item.emotion ?? 0), 0);
  return {
    notes,
    emotions: latest,
    pains: [...pains.values()],
    averageEmotion: latest.length === 0 ? null : sum / latest.length,
  };
}

/**
 * The room's emotion curve: for each touchpoint someone gave an emotion about, the step of the scale nearest
 * to the mean of each participant's latest emotion there (halves away from neutral, as `nearestEmotion`).
 * Keyed by touchpoint id; touchpoints nobody rated are absent.
 */
export function roomEmotions(items: readonly Contribution[]): Record<string, Emotion> {
  const targets = new Set(items.filter((i) => i.kind === 'emotion').map((i) => i.target.id));
  const curve: Record<string, Emotion> = {};
  for (const id of targets) {
    const { averageEmotion } = summarizeTarget(items, id);
    if (averageEmotion !== null) curve[id] = nearestEmotion(averageEmotion);
  }
  return curve;
}

/** Reads the `present` map as a step, or null when the facilitator is not presenting (or it is garbled). */
export function readPresentStep(value: Record<string, unknown>): PresentStep | null {
  const { kind, id, title, stage, index, count, untitled } = value;
  if (kind !== 'overview' && kind !== 'stage' && kind !== 'touchpoint' && kind !== 'summary') return null;
  if (typeof title !== 'string' || typeof index !== 'number' || typeof count !== 'number') return null;
  if ((kind === 'stage' || kind === 'touchpoint') && typeof id !== 'string') return null;
  return {
    kind,
    title,
    index,
    count,
    ...(typeof id === 'string' ? { id } : {}),
    ...(typeof stage === 'string' ? { stage } : {}),
    ...(untitled === true ? { untitled } : {}),
  };
}
