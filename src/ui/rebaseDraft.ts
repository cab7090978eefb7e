import { textSplice } from '../domain/textSplice';

/**
 * Text typed into a field over `base` (the field's text when typing began) is `draft`; meanwhile the
 * journey's text became `incoming` (another tab, someone sharing the map, an undo). Returns the draft's own
 * change replayed on `incoming`, so neither side's words are lost: each change is taken as one splice
 * (the stretch between the texts' common start and common end, in UTF-16 code units) and the draft's splice
 * is moved past the other's when they do not overlap. Two insertions at the same place keep the incoming one
 * first. When the two splices overlap, the draft wins, as the last writer of a whole field does.
 *
 * rebaseDraft('Pago', 'Pago online', 'Pago con tarjeta') === 'Pago con tarjeta online'
 */
export function rebaseDraft(base: string, draft: string, incoming: string): string {
  if (incoming === base || draft === base) return incoming === base ? draft : incoming;
  const mine = textSplice(base, draft);
  const theirs = textSplice(base, incoming);
  const shift = incoming.length - base.length;
  if (theirs.end <= mine.start) {
    return incoming.slice(0, mine.start + shift) + mine.text + incoming.slice(mine.end + shift);
  }
  if (mine.end <= theirs.start) return incoming.slice(0, mine.start) + mine.text + incoming.slice(mine.end);
  return draft;
}

/**
 * Where a caret at `caret` in `before` (UTF-16 code units) belongs once the text became `after` through a
 * change made elsewhere: moved by what changed before it, kept by what changed after it, put after the
 * new words when it stood inside or right at the change (as rebaseDraft puts the arriving words first).
 */
export function caretThrough(before: string, after: string, caret: number): number {
  const change = textSplice(before, after);
  if (caret < change.start) return caret;
  if (caret >= change.end) return caret + after.length - before.length;
  return change.start + change.text.length;
}
