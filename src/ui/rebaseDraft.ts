import { textSplice } from '../domain/textSplice';

/**
 * Text typed into a field over `base` (the field's text when typing began) is `draft`; meanwhile the
 * journey's text became `incoming` (another tab, someone sharing the map, an undo). Returns the draft's own
 * change replayed on `incoming`, so neither side's words are lost: each change is taken as one splice
 * (the stretch between the texts' common start and common end, in UTF-16 code units) and the draft's splice
 * is moved past the other's when they do not overlap. Two insertions at the same place keep the draft's
 * first: typing goes on from where its own words end, so two people typing at one place each keep their
 * words in one piece (with the arriving words first, each burst of typing landed after the other's last
 * burst, and the two sentences came out interleaved). When the two splices overlap, the draft wins, as the
 * last writer of a whole field does.
 *
 * rebaseDraft('Pago con tarjeta', 'Pago con tarjeta online', 'Pago rápido con tarjeta') === 'Pago rápido con tarjeta online'
 * rebaseDraft('Nota: Luc', 'Nota: Lucía', 'Nota: Luc Pab') === 'Nota: Lucía Pab'
 */
export function rebaseDraft(base: string, draft: string, incoming: string): string {
  if (incoming === base || draft === base) return incoming === base ? draft : incoming;
  const mine = textSplice(base, draft);
  const theirs = textSplice(base, incoming);
  const shift = incoming.length - base.length;
  if (mine.end <= theirs.start) return incoming.slice(0, mine.start) + mine.text + incoming.slice(mine.end);
  if (theirs.end <= mine.start) {
    return incoming.slice(0, mine.start + shift) + mine.text + incoming.slice(mine.end + shift);
  }
  return draft;
}

/**
 * Where a caret at `caret` in `before` (UTF-16 code units) belongs once the text became `after` through a
 * change made elsewhere: moved by what changed before it, kept by what changed after it, put after the
 * new words when it stood inside a replaced stretch. Words inserted right at it go after a caret (as
 * rebaseDraft puts the draft's words first), so the next key goes on from the last one typed here rather
 * than after someone else's words; `stick: 'after'` puts them before it instead, for the start of a
 * selection, which must not grow over words inserted at its edge (the next key would delete them).
 */
export function caretThrough(
  before: string,
  after: string,
  caret: number,
  stick: 'before' | 'after' = 'before',
): number {
  const change = textSplice(before, after);
  const insertedHere = caret === change.start && change.start === change.end;
  if (caret < change.start || (insertedHere && stick === 'before')) return caret;
  if (caret >= change.end) return caret + after.length - before.length;
  return change.start + change.text.length;
}
