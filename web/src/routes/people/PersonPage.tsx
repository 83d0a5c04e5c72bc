import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { StatusBadge } from '../../features/organizations/StatusBadge';
import { useUser } from '../../features/organizations/useUsers';
import { isApiError } from '../../lib/api';
import { useFormatDate } from '../../lib/format';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { AccountActions } from './AccountActions';
import { AddRoleForm } from './AddRoleForm';
import { PersonRoles } from './PersonRoles';

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormatDate();
  const { data: me } = useMe();
  const user = useUser(id);
  const canManage = hasRole(me, 'district_admin');
  const back = <Link to="/people">{t('people:backToList')}</Link>;

  if (user.isPending) return <Spinner />;
  if (isApiError(user.error, 404)) return <NotFoundPage />;
  if (user.isError) {
    return (
      <>
        <PageHeader title={t('people:title')} back={back} />
        <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />
      </>
    );
  }

  const person = user.data;
  return (
    <>
      <PageHeader title={person.name} back={back} />
      <div className="stack">
        <Card title={t('people:detail.account')}>
          <dl className="details-list">
            <dt>{t('people:fields.email')}</dt>
            <dd>{person.email}</dd>
            <dt>{t('people:fields.status')}</dt>
            <dd>
              <StatusBadge status={person.status} />
            </dd>
            <dt>{t('people:fields.language')}</dt>
            <dd>{t(`common:language.${person.locale}`)}</dd>
            <dt>{t('common:createdAt')}</dt>
            <dd>{format.date(person.createdAt)}</dd>
          </dl>
        </Card>
        <Card title={t('people:fields.roles')}>
          <PersonRoles user={person} canManage={canManage} />
          {canManage && <AddRoleForm userId={person.id} />}
        </Card>
        {canManage && person.id !== me?.id && <AccountActions user={person} />}
      </div>
    </>
  );
}
