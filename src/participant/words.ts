import type { Locale } from '../domain/locale';
import { participantEn } from '../i18n/participant.en';
import { participantEs } from '../i18n/participant.es';

type Catalog = typeof participantEn;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the participant catalog, dotted: 'status.offline'. */
export type WordKey = Leaves<Catalog>;
/** Translates a key; `values` fill its {{placeholders}}. */
export type Words = (key: WordKey, values?: Record<string, string | number>) => string;

const CATALOGS: Record<Locale, Catalog> = { en: participantEn, es: participantEs };

/**
 * The participant page's words in one language, straight from the catalogs (src/i18n/participant.*.ts):
 * the page stays small without i18next, and the catalog test holds both languages to the same keys.
 */
export function wordsFor(locale: Locale): Words {
  const catalog = CATALOGS[locale];
  return (key, values = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
    return String(text).replace(/{{(\w+)}}/g, (_, name: string) => String(values[name] ?? ''));
  };
}
