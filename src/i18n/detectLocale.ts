import { isLocale, type Locale } from '../domain/locale';

// Apart from i18n.ts so that the participant page, which carries no i18next, picks its language the same way.

/** Where the chosen language is remembered (localStorage). */
export const LOCALE_STORAGE_KEY = 'recorrido.lang';

/** The language to start in: ?lang= in the URL (remembered), then the remembered choice, then the browser's. */
export function detectLocale(
  search: string = location.search,
  languages: readonly string[] = navigator.languages,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) {
    storage?.setItem(LOCALE_STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const remembered = storage?.getItem(LOCALE_STORAGE_KEY);
  if (isLocale(remembered)) return remembered;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
