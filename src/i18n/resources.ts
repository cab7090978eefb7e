import type { InitOptions } from 'i18next';
import { en } from './en';
import { es } from './es';
import { I18N_BASE_OPTIONS } from './options';

/** Both catalogs, by language: what the exporters write with, whatever language the UI loaded. */
export const CATALOGS = { en, es };

/** How i18next is set up for the exporters and tests: both catalogs bundled, no network. */
export const I18N_OPTIONS = {
  ...I18N_BASE_OPTIONS,
  resources: { en: { translation: en }, es: { translation: es } },
} satisfies InitOptions;
