import { journeyOrder } from './emotionCurve';
import type { AcceptedAs, Contribution } from './contributions';
import type { Journey, Touchpoint } from './journey';
import { cardHeight } from './commands/placement';
import { newTouchpoint } from './commands/touchpointCommands';
import { ROW_GAP, slotInStage } from './layout';
import { cutText, LIMITS } from './limits';

/** One step of a workshop presentation: what the room looks at after one press of "next". */
export type PresentationStep =
  | { kind: 'overview' }
  | { kind: 'stage'; stageId: string }
  | { kind: 'touchpoint'; touchpointId: string; stageId: string }
  | { kind: 'summary' };

/**
 * The steps of a presentation: an overview, then each stage followed by its touchpoints in journey order,
 * then a closing summary. Connections play no part, so branches and loops neither reorder nor repeat steps.
 */
export function presentationSteps(journey: Pick<Journey, 'stages' | 'touchpoints'>): PresentationStep[] {
  const byStage = new Map<string, PresentationStep[]>(journey.stages.map((s) => [s.id, []]));
  // Touchpoints of a stage that is gone (restore repairs these) come last rather than vanishing.
  const orphans: PresentationStep[] = [];
  for (const t of journeyOrder(journey)) {
    const step: PresentationStep = { kind: 'touchpoint', touchpointId: t.id, stageId: t.stageId };
    (byStage.get(t.stageId) ?? orphans).push(step);
  }
  return [
    { kind: 'overview' },
    ...journey.stages.flatMap((s): PresentationStep[] => [{ kind: 'stage', stageId: s.id }, ...byStage.get(s.id)!]),
    ...orphans,
    { kind: 'summary' },
  ];
}

/** The stage a step is about, or null for the overview and the summary. */
export function stepStageId(step: PresentationStep): string | null {
  return step.kind === 'stage' || step.kind === 'touchpoint' ? step.stageId : null;
}

/**
 * Touchpoints the emotion curve shows at a step: those presented up to and including it, every one on
 * the summary.
 */
export function revealedTouchpoints(steps: readonly PresentationStep[], index: number): Set<string> {
  const last = steps[index]?.kind === 'summary' ? steps.length - 1 : index;
  const ids = new Set<string>();
  for (const step of steps.slice(0, last + 1)) if (step.kind === 'touchpoint') ids.add(step.touchpointId);
  return ids;
}

/** Index of the first step about a stage, or -1. */
export function stageStepIndex(steps: readonly PresentationStep[], stageId: string): number {
  return steps.findIndex((s) => s.kind === 'stage' && s.stageId === stageId);
}

/** Notes with one more line of what the room said, prefixed by when it was said. */
export function appendRoomNote(notes: string, note: string, datePrefix: string): string {
  const line = `${datePrefix}: ${note.trim()}`;
  return notes.trim() === '' ? line : `${notes.replace(/\s+$/, '')}\n${line}`;
}

/**
 * The touchpoint fields that take in an accepted note: appended as a dated line naming who said it to its
 * notes, or to what hurts when it is made the touchpoint's pain point. `datePrefix` is the date as the
 * UI writes it ("29 nov 2026").
 */
export function acceptedNoteFields(
  touchpoint: { notes: string; painNote: string },
  note: Pick<Contribution, 'participant' | 'text'>,
  as: AcceptedAs,
  datePrefix: string,
): { notes: string } | { painPoint: true; painNote: string } {
  const said = `${note.participant.name}: ${(note.text ?? '').trim()}`;
  if (as !== 'pain') return { notes: appendRoomNote(touchpoint.notes, said, datePrefix) };
  return { painPoint: true, painNote: appendRoomNote(touchpoint.painNote, said, datePrefix) };
}

/**
 * Whether an accepted note is still in the touchpoint: its words ("Name: text") in the notes, or in what
 * hurts of a pain point. False once the acceptance was undone or someone removed the words, so the room
 * offers the note again instead of calling it added.
 */
export function acceptedNoteIsInTouchpoint(
  touchpoint: { notes: string; painPoint: boolean; painNote: string },
  note: Pick<Contribution, 'participant' | 'text'>,
  as: AcceptedAs,
): boolean {
  const said = `${note.participant.name}: ${(note.text ?? '').trim()}`;
  return as === 'note' ? touchpoint.notes.includes(said) : touchpoint.painPoint && touchpoint.painNote.includes(said);
}

/**
 * A note the room sent on a stage, as a new touchpoint of that stage: titled with its first line (cut to the
 * title's limit), the whole note in its notes as a dated line naming who said it (as an accepted note),
 * under the stage's lowest card (its height estimated, canvas units). Undefined when the stage is gone.
 */
export function touchpointFromStageNote(
  journey: Journey,
  stageId: string,
  note: Pick<Contribution, 'participant' | 'text'>,
  datePrefix: string,
): Touchpoint | undefined {
  if (!journey.stages.some((s) => s.id === stageId)) return undefined;
  const text = (note.text ?? '').trim();
  const title = cutText(text.split('\n')[0].trim(), LIMITS.touchpointTitle);
  const slot = slotInStage(journey.stages, stageId, 0);
  const column = journey.touchpoints.filter((t) => t.stageId === stageId);
  const y = Math.max(slot.y, ...column.map((t) => t.position.y + cardHeight(t) + ROW_GAP));
  const touchpoint = newTouchpoint(journey, { x: slot.x, y }, { title });
  return { ...touchpoint, stageId, notes: appendRoomNote('', `${note.participant.name}: ${text}`, datePrefix) };
}

/** Whether a note accepted as a touchpoint of a stage is still there: a touchpoint of it holds its words. */
export function acceptedNoteIsInStage(
  journey: Pick<Journey, 'touchpoints'>,
  stageId: string,
  note: Pick<Contribution, 'participant' | 'text'>,
): boolean {
  const said = `${note.participant.name}: ${(note.text ?? '').trim()}`;
  return journey.touchpoints.some((t) => t.stageId === stageId && t.notes.includes(said));
}
