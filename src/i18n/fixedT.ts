import i18next, { type i18n } from 'i18next';
import type { Locale } from '../domain/locale';
import type { Catalog } from './en';
import { es419 } from './es419';
import { speaksLatinAmerican } from './regionalWords';
import { CATALOGS, I18N_OPTIONS } from './resources';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A pluralised key's base ('x_one' -> 'x'): i18next picks the form from the `count` it is given. */
type PluralBase<K extends string> = K extends `${infer Base}_one` ? Base : never;

/**
 * Every key of the catalogs, dotted: 'touchpoint.noFunction', 'exported.pdf.pageOf', and the base of a
 * pluralised one ('versions.diff.counted.added', given a `count`).
 */
export type CatalogKey = Leaves<Catalog> | PluralBase<Leaves<Catalog>>;

/** Translates a key in one fixed language; `values` fill its {{placeholders}}. */
export type Translate = (key: CatalogKey, values?: Record<string, string | number>) => string;

let standalone: i18n | undefined;

/** The app's i18next once the UI has set it up; before that (tests, a lone exporter) one of our own. */
function instance(locale: Locale): i18n {
  if (i18next.isInitialized) {
    // The UI loads only its own language's words; an export in the other language brings its catalog here.
    if (!i18next.hasResourceBundle(locale, 'translation')) {
      i18next.addResourceBundle(locale, 'translation', CATALOGS[locale]);
      if (speaksLatinAmerican(locale)) i18next.addResourceBundle(locale, 'translation', es419, true, true);
    }
    return i18next;
  }
  if (!standalone) {
    standalone = i18next.createInstance();
    void standalone.init({ ...I18N_OPTIONS, lng: 'en', initAsync: false });
  }
  return standalone;
}

/**
 * The words of one language, read through i18next whatever language the UI shows: what the exporters (PDF,
 * CSV, PNG) write with, so every exported word comes from the catalogs. Keys are checked at compile time.
 */
export function fixedT(locale: Locale): Translate {
  const t = instance(locale).getFixedT(locale);
  return (key, values) => String(t(key, values ?? {}));
}
