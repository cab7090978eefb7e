import type { Emotion } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import { EMOTION_LABELS } from '../../domain/vocabulary';

/** An average emotion with its sign and one decimal, in the locale: "+0,4" / "-1.5". */
export function formatAverage(average: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(average);
}

/** The step of the scale an average emotion rounds to. */
export function nearestEmotion(average: number): Emotion {
  return Math.max(-2, Math.min(2, Math.round(average) || 0)) as Emotion;
}

/** "+0,4 · Me da igual", or the fallback when nothing has an emotion. */
export function describeAverage(average: number | null, locale: Locale, fallback: string): string {
  if (average === null) return fallback;
  return `${formatAverage(average, locale)} · ${EMOTION_LABELS[nearestEmotion(average)][locale]}`;
}

/** A long date in the locale, e.g. "3 de marzo de 2025" / "March 3, 2025". */
export function formatLongDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
