import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../domain/locale';
import { changeLocale, currentLocale } from '../i18n/i18n';

/** A select that switches the UI language and remembers it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        data-testid="language-switch"
        value={currentLocale()}
        onChange={(e) => void changeLocale(e.target.value as Locale)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
