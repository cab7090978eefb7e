import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../domain/locale';

/** The UI language as a Locale, for picking from LocalizedText. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'en';
}
