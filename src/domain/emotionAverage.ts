import type { Emotion } from './journey';
import type { Locale } from './locale';
import { numberTag } from './numberRegion';

/**
 * The average emotion, one rule for the screen (curve summary, presentation overview) and the PDF (cover,
 * appendix): the mean of the -2..+2 scale over the touchpoints that have an emotion, the step it is nearest
 * to, and how it is written.
 */

/** Mean emotion (-2..+2) of the items that have one; null when none has. */
export function meanEmotion(items: Iterable<{ emotion: Emotion | null }>): number | null {
  let sum = 0;
  let count = 0;
  for (const { emotion } of items) {
    if (emotion === null) continue;
    sum += emotion;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/**
 * The step of the scale an average is nearest to. Halves round away from neutral, the same on both sides
 * (-1.5 is "Lo odio" as +1.5 is "¡Wow!"), which Math.round alone would not do.
 */
export function nearestEmotion(average: number): Emotion {
  const step = Math.sign(average) * Math.round(Math.abs(average));
  return (Math.max(-2, Math.min(2, step)) || 0) as Emotion;
}

const formats = new Map<string, Intl.NumberFormat>();

/** An average emotion as the UI writes it: sign, one decimal, the locale's decimal mark ("+0,4", "-1.5", "0.0"). */
export function formatEmotionAverage(average: number, locale: Locale): string {
  const tag = numberTag(locale);
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    formats.set(tag, format);
  }
  return format.format(average);
}
