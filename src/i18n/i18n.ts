import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale } from '../domain/locale';
import { LOCALE_STORAGE_KEY as STORAGE_KEY } from './detectLocale';
import { I18N_OPTIONS } from './resources';

export { detectLocale } from './detectLocale';

/** Switches the UI language and remembers the choice. */
export async function changeLocale(locale: Locale): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  await i18next.changeLanguage(locale);
}

/** The language the UI currently speaks. */
export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

/** Sets up i18next with both catalogs bundled (no network). */
export async function initI18n(locale: Locale): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng: locale });
  document.documentElement.lang = locale;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
