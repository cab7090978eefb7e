/** The languages the product ships in. */
export type Locale = 'es' | 'en';

export const LOCALES: readonly Locale[] = ['es', 'en'];

/** A text written in every shipped language. */
export type LocalizedText = Record<Locale, string>;

/** True when the value names a shipped language. */
export function isLocale(value: unknown): value is Locale {
  return value === 'es' || value === 'en';
}
