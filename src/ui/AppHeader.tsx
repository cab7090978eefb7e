import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import './AppHeader.css';

/** The bar at the top of library pages: brand, page actions, theme, language. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true">
          ◆
        </span>
        {t('app.name')}
      </Link>
      <span className="app-header__tagline">{t('app.tagline')}</span>
      <div className="app-header__actions">
        {children}
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
