import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import type { Role } from '#core/domain/roles';
import { PageHeader } from '../components/PageHeader';
import { hasRole } from '../features/identity/roles';
import { useMe } from '../features/identity/useMe';

/** Screens outside someone's roles say so plainly instead of failing on a 403 halfway through. */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (hasRole(me, ...roles)) return <Outlet />;
  return (
    <>
      <PageHeader title={t('common:forbidden.title')} description={t('common:forbidden.description')} />
      <Link to="/">{t('common:actions.goHome')}</Link>
    </>
  );
}
