import type { Locale } from './locale';

/**
 * How this user writes numbers in each language the app speaks: Spanish in Mexico writes "1,200.5" and in
 * Spain "1.200,5" (CLDR, through Intl). The browser's preferred languages say which region's conventions
 * apply: the first of them in the app's language ("es-MX" for Spanish), else the language alone (Spanish as
 * in Spain, English as in the United States). Set once at start (setNumberRegions); until then, and in
 * tests, each language alone.
 */

/** The mark between a number's whole part and its decimals. */
export type DecimalMark = ',' | '.';

let preferred: readonly string[] = [];
const marks = new Map<string, DecimalMark>();

/**
 * Records the browser's preferred languages (navigator.languages), most preferred first: language, script
 * and region only (a "-u-nu-arab" extension does not change the digits), invalid tags left out.
 */
export function setNumberRegions(languages: readonly string[]): void {
  preferred = languages.flatMap((tag) => {
    try {
      return [new Intl.Locale(tag).baseName];
    } catch {
      return [];
    }
  });
}

/** The BCP 47 tag whose number conventions `locale` follows here, e.g. "es-MX", or "es" alone. */
export function numberTag(locale: Locale): string {
  return preferred.find((tag) => tag.split('-')[0].toLowerCase() === locale) ?? locale;
}

/** The decimal mark of `locale` as written here (the other of "." and "," groups thousands). */
export function decimalMark(locale: Locale): DecimalMark {
  const tag = numberTag(locale);
  let mark = marks.get(tag);
  if (!mark) {
    const part = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal');
    mark = part?.value === ',' ? ',' : '.';
    marks.set(tag, mark);
  }
  return mark;
}

/**
 * The currencies the journey settings offer (ISO 4217): those of the teams this app is for (Spain and
 * Latin America) and a few more; a file may hold any.
 */
export const CURRENCIES = ['EUR', 'USD', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'UYU', 'BRL', 'GBP'] as const;

/** The currency of each region among CURRENCIES. */
const REGION_CURRENCY: Readonly<Record<string, (typeof CURRENCIES)[number]>> = {
  ES: 'EUR',
  MX: 'MXN',
  CO: 'COP',
  AR: 'ARS',
  CL: 'CLP',
  PE: 'PEN',
  UY: 'UYU',
  BR: 'BRL',
  GB: 'GBP',
  US: 'USD',
};

/**
 * The currency a new journey's costs are in: that of the region the browser names first (of those the
 * journey settings offer), else the euro, as before regions were read.
 */
export function defaultCurrency(): string {
  for (const tag of preferred) {
    // The region the tag names, not one guessed for a bare language ("es") or a script ("en-Latn").
    const region = new Intl.Locale(tag).region;
    if (region && REGION_CURRENCY[region]) return REGION_CURRENCY[region];
  }
  return 'EUR';
}
