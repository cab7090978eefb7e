import { EMOTIONS, type Emotion } from '../journey';
import { foldLabel } from '../import/fold';
import { LOCALES } from '../locale';
import { EMOTION_LABELS } from '../vocabulary';

/** How numbers in an emotion column are read: the app's own -2..+2, or a 1..5 score (3 is neutral). */
export type EmotionScale = 'signed' | 'five';

/** The words of the scale (EMOTION_LABELS) in every language, folded, plus a few common synonyms. */
const WORDS = new Map<string, Emotion>([
  ...EMOTIONS.flatMap((e) => LOCALES.map((l) => [foldLabel(EMOTION_LABELS[e][l]), e] as [string, Emotion])),
  ['neutral', 0],
  ['neutro', 0],
  ['i dont like it', -1],
  ['i dont mind', 0],
]);

function numberOf(text: string): number | null {
  const clean = text.trim().replace(',', '.').replace(/^\+/, '');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/**
 * Decides how a column's numbers are read: 1..5 when any is 3, 4 or 5 and none is below 1; -2..+2 when
 * any is 0 or negative; `ambiguous` when the numbers are only 1 and 2 (read as -2..+2, the app's scale,
 * and reported). Words do not count.
 */
export function detectEmotionScale(cells: readonly string[]): { scale: EmotionScale; ambiguous: boolean } {
  const numbers = cells.map(numberOf).filter((n): n is number => n !== null);
  if (numbers.some((n) => n < 0.5)) return { scale: 'signed', ambiguous: false };
  if (numbers.some((n) => n >= 2.5)) return { scale: 'five', ambiguous: false };
  return { scale: 'signed', ambiguous: numbers.length > 0 };
}

/** A cell read: its emotion (rounded when it fell between steps), or invalid (`offScale`: a number off the column's scale). */
export type EmotionCell = { emotion: Emotion | null; rounded?: boolean } | { invalid: true; offScale?: boolean };

/**
 * The warning for an emotion cell parseEmotionCell refused: a number off the scale the column was read on
 * names that scale ("5" in a column holding 0 is off -2..+2), anything else is not an emotion at all.
 */
export function invalidEmotionCode(
  cell: Extract<EmotionCell, { invalid: true }>,
  scale: EmotionScale,
): 'invalid-emotion' | 'emotion-off-signed-scale' | 'emotion-off-five-scale' {
  if (!cell.offScale) return 'invalid-emotion';
  return scale === 'signed' ? 'emotion-off-signed-scale' : 'emotion-off-five-scale';
}

/**
 * Reads one emotion cell: empty -> null; a number on the given scale (decimals with '.' or ',' rounded to
 * the nearest step); or a word of the scale in Spanish or English ("Lo odio", "¡Wow!", "I don't like it",
 * case, accents and punctuation ignored). Anything else, or a number off the scale, is `invalid`.
 */
export function parseEmotionCell(text: string, scale: EmotionScale): EmotionCell {
  if (text.trim() === '') return { emotion: null };
  const word = WORDS.get(foldLabel(text));
  if (word !== undefined) return { emotion: word };
  const n = numberOf(text);
  if (n === null) return { invalid: true };
  const value = scale === 'five' ? n - 3 : n;
  const step = Math.round(value);
  if (step < -2 || step > 2) return { invalid: true, offScale: true };
  const emotion = (step === 0 ? 0 : step) as Emotion; // never -0
  return step === value ? { emotion } : { emotion, rounded: true };
}
