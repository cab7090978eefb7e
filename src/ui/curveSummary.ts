import type { TFunction } from 'i18next';
import { formatEmotionAverage, nearestEmotion } from '../domain/emotionAverage';
import type { Locale } from '../domain/locale';
import { EMOTION_LABELS } from '../domain/vocabulary';

/**
 * How an emotion curve is described to a screen reader, on the canvas and on a library card alike:
 * "Emotion curve: 3 touchpoints, average +0.3 (I don't mind)", or that it is empty when `average` is null.
 */
export function curveSummary(t: TFunction, locale: Locale, count: number, average: number | null): string {
  if (average === null) return t('curve.empty');
  return t('curve.summary', {
    count,
    average: formatEmotionAverage(average, locale),
    label: EMOTION_LABELS[nearestEmotion(average)][locale],
  });
}
