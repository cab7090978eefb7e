import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale } from '../domain/locale';
import { LOCALE_STORAGE_KEY as STORAGE_KEY } from './detectLocale';
import type { Catalog } from './en';
import type { CatalogOverlay } from './es419';
import { speaksLatinAmerican } from './regionalWords';
import type { StartCatalog } from './start.en';
import { I18N_BASE_OPTIONS } from './options';

export { detectLocale } from './detectLocale';

// One language's words load with the first screen, the other's only when the user switches; and of those,
// the start page's first (start.*.ts), every other screen's with the first page or dialog that needs them
// (loadAllWords). Each is its own chunk, precached by the service worker, so a switch works offline too.
const START_LOADERS: Record<Locale, () => Promise<StartCatalog>> = {
  en: () => import('./start.en').then((m) => m.startEn),
  es: () => import('./start.es').then((m) => m.startEs),
};
/** Every word of a language, and what its regional variant says otherwise (laid over them), if it does. */
const CATALOG_LOADERS: Record<Locale, () => Promise<{ words: Catalog; regional: CatalogOverlay | null }>> = {
  en: () => import('./en').then((m) => ({ words: m.en, regional: null })),
  es: () => import('./es').then((m) => ({ words: m.es, regional: speaksLatinAmerican('es') ? m.es419 : null })),
};

/** Adds `words` to what i18next holds in `locale` (deep: over words held before), then their regional variant. */
function addWords(locale: Locale, words: object, regional: CatalogOverlay | null): void {
  i18next.addResourceBundle(locale, 'translation', words, true, true);
  if (regional) i18next.addResourceBundle(locale, 'translation', regional, true, true);
}

/** The languages whose start words, and whose every word, i18next holds. */
const held = { start: new Set<Locale>(), all: new Set<Locale>() };
/** Whether a screen beyond the start page asked for every word: a switch of language then loads all too. */
let allNeeded = false;

/** Makes sure i18next holds the words of `locale` the screens shown so far need, fetching them the first time. */
async function loadCatalog(locale: Locale): Promise<void> {
  // What was needed when the fetch began: a page asking for every word meanwhile must not mark the start
  // words it did not fetch as all of them.
  const all = allNeeded;
  if (all ? held.all.has(locale) : held.start.has(locale)) return;
  // Deep, so every word reaches sections the start words hold in part (insights, versions).
  if (all) {
    const { words, regional } = await CATALOG_LOADERS[locale]();
    addWords(locale, words, regional);
  } else addWords(locale, await START_LOADERS[locale](), null);
  held.start.add(locale);
  if (all) held.all.add(locale);
}

/**
 * Loads every screen's words in the current language (and, from then on, in any language switched to).
 * Every page but the start page, and the import dialogs, wait for it before they show.
 */
export async function loadAllWords(): Promise<void> {
  allNeeded = true;
  await loadCatalog(currentLocale());
}

/** Switches the UI language (loading its words first), remembers the choice and updates a ?lang= in the address. */
export async function changeLocale(locale: Locale): Promise<void> {
  await loadCatalog(locale);
  // A page may have asked for every word while the start words were coming: it asked in the old language.
  if (allNeeded) await loadCatalog(locale);
  // Remembered once its words are here: a switch whose words could not be fetched leaves the choice as it was.
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  // A ?lang= in the address outranks the remembered choice (detectLocale): it follows the switch, or a reload
  // would bring the old language back. The router's own state in history is kept as it is.
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', locale);
    history.replaceState(history.state, '', url);
  }
  await i18next.changeLanguage(locale);
}

/** The language the UI currently speaks. */
export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

/**
 * Sets up i18next in `locale` with that language's words only (no network beyond the app's own chunks):
 * every word, or with `words` 'start' the start page's alone (the app at start: loadAllWords() adds the rest).
 */
export async function initI18n(locale: Locale, words: 'start' | 'all' = 'all'): Promise<typeof i18next> {
  held.start.clear();
  held.all.clear();
  allNeeded = words === 'all';
  const catalog = allNeeded
    ? await CATALOG_LOADERS[locale]()
    : { words: await START_LOADERS[locale](), regional: null };
  const { regional } = catalog;
  await i18next
    .use(initReactI18next)
    .init({ ...I18N_BASE_OPTIONS, lng: locale, resources: { [locale]: { translation: catalog.words } } });
  if (regional) i18next.addResourceBundle(locale, 'translation', regional, true, true);
  held.start.add(locale);
  if (allNeeded) held.all.add(locale);
  document.documentElement.lang = locale;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
