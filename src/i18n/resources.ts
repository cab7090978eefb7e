import type { InitOptions } from 'i18next';
import { en } from './en';
import { es } from './es';

/** How i18next is set up wherever it runs (the UI, the exporters): both catalogs bundled, no network. */
export const I18N_OPTIONS = {
  fallbackLng: false,
  resources: { en: { translation: en }, es: { translation: es } },
  interpolation: { escapeValue: false },
  returnNull: false,
} satisfies InitOptions;
