import type { InitOptions } from 'i18next';

/**
 * How i18next is set up wherever it runs, without the words: the UI adds one catalog per language as it
 * needs it (i18n.ts), the exporters take both (resources.ts).
 */
export const I18N_BASE_OPTIONS = {
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
} satisfies InitOptions;
