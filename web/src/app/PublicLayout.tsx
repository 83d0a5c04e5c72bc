import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { AppLanguageSwitch } from './AppLanguageSwitch';
import { SkipLink } from './SkipLink';

/** Sign-in, password and invitation screens: brand, language switch, one narrow column. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="public-shell">
      <SkipLink />
      <header className="public-header">
        <Link to="/" className="brand">
          <span className="brand-name">{t('common:appName')}</span>
          <span className="brand-org">{t('common:tagline')}</span>
        </Link>
        <AppLanguageSwitch />
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
