import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Me } from '#core/contracts/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { Spinner } from '../components/Spinner';
import { rolesOf } from '../features/identity/roles';
import { useMe } from '../features/identity/useMe';
import { NotificationsBell } from '../features/notifications/NotificationsBell';
import { useOnline } from '../lib/useOnline';
import { AppLanguageSwitch } from './AppLanguageSwitch';
import { rememberLanguage } from './i18n';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';

/** Everything behind sign-in. Signed-out visitors go to /sign-in?next=<where they wanted to be>. */
export function AppLayout() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <main id="main" className="app-main">
        <Spinner />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main id="main" className="app-main">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    const target = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return <SignedInShell me={me.data} />;
}

function SignedInShell({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const online = useOnline();

  // The account's saved language wins once we know who is signed in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: react to the saved locale only
  useEffect(() => {
    if (me.locale !== i18n.language) {
      void i18n.changeLanguage(me.locale);
      rememberLanguage(me.locale);
    }
  }, [me.locale]);

  // After client-side navigation, move focus to the new page so screen readers announce it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run on path change only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!location.hash) mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t('common:appName')}</span>
            <span className="brand-org">{me.organization.name}</span>
          </Link>
          <NotificationsBell />
          <div className="header-tools">
            <AppLanguageSwitch />
            <UserMenu me={me} />
          </div>
          <MainNav roles={rolesOf(me)} />
        </div>
      </header>
      {!online && (
        <p className="offline-banner" role="status">
          {t('planner:offline.banner')}
        </p>
      )}
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
