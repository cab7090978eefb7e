import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale } from '../domain/locale';
import { LOCALE_STORAGE_KEY as STORAGE_KEY } from './detectLocale';
import type { Catalog } from './en';
import { I18N_BASE_OPTIONS } from './options';

export { detectLocale } from './detectLocale';

// One language's words load with the first screen, the other's only when the user switches: each catalog
// is its own chunk (about 10 kB gzip), precached by the service worker, so a switch works offline too.
const CATALOG_LOADERS: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('./en').then((m) => m.en),
  es: () => import('./es').then((m) => m.es),
};

/** Makes sure i18next holds the words of `locale`, fetching its catalog the first time. */
async function loadCatalog(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  i18next.addResourceBundle(locale, 'translation', await CATALOG_LOADERS[locale]());
}

/** Switches the UI language (loading its words first) and remembers the choice. */
export async function changeLocale(locale: Locale): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  await loadCatalog(locale);
  await i18next.changeLanguage(locale);
}

/** The language the UI currently speaks. */
export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

/** Sets up i18next in `locale`, with that language's catalog only (no network beyond the app's own chunk). */
export async function initI18n(locale: Locale): Promise<typeof i18next> {
  const catalog = await CATALOG_LOADERS[locale]();
  await i18next
    .use(initReactI18next)
    .init({ ...I18N_BASE_OPTIONS, lng: locale, resources: { [locale]: { translation: catalog } } });
  document.documentElement.lang = locale;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
