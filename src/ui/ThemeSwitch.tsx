import { Palette } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { THEMES, changeTheme, isTheme, useTheme } from './theme';
import './ThemeSwitch.css';

/** A select that switches between the light, dark and projector themes and remembers the choice. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const theme = useTheme();
  return (
    <label className="theme-switch">
      <Palette size={16} aria-hidden="true" />
      <span className="visually-hidden">{t('theme.label')}</span>
      <select
        data-testid="theme-switch"
        value={theme}
        onChange={(e) => {
          if (isTheme(e.target.value)) changeTheme(e.target.value);
        }}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
