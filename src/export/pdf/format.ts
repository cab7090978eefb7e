import { formatEmotionAverage, nearestEmotion } from '../../domain/emotionAverage';
import type { Locale } from '../../domain/locale';
import { EMOTION_LABELS } from '../../domain/vocabulary';

/** "+0,4 · Me da igual" (domain/emotionAverage.ts writes the number), or the fallback when nothing has an emotion. */
export function describeAverage(average: number | null, locale: Locale, fallback: string): string {
  if (average === null) return fallback;
  return `${formatEmotionAverage(average, locale)} · ${EMOTION_LABELS[nearestEmotion(average)][locale]}`;
}

/** A long date in the locale, e.g. "3 de marzo de 2025" / "March 3, 2025". */
export function formatLongDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
