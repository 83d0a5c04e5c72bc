import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import type { UserDto } from '../../features/organizations/types';
import { InvitePersonDialog } from './InvitePersonDialog';
import { PeopleFilters } from './PeopleFilters';
import { PeopleList } from './PeopleList';
import { usePeopleFilters } from './usePeopleFilters';

export function PeoplePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const isAdmin = hasRole(me, 'district_admin');
  const [params, setParams] = useSearchParams();
  const filters = usePeopleFilters();
  const inviting = isAdmin && params.get('invite') === '1';
  const [invited, setInvited] = useState<UserDto | null>(null);

  function setInviting(open: boolean) {
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        if (open) next.set('invite', '1');
        else next.delete('invite');
        return next;
      },
      { replace: true },
    );
  }

  return (
    <>
      <PageHeader
        title={t('people:title')}
        description={t(isAdmin ? 'people:descriptionAdmin' : 'people:description')}
        actions={isAdmin && <Button onClick={() => setInviting(true)}>{t('people:invite.open')}</Button>}
      />
      {invited && (
        <Alert tone="success">
          {t('people:invite.sent', { email: invited.email })}{' '}
          <Link to={`/people/${invited.id}`}>{t('people:invite.viewPerson', { name: invited.name })}</Link>
        </Alert>
      )}
      <PeopleFilters filters={filters} showSchool={isAdmin} />
      <PeopleList filters={filters.applied} />
      {isAdmin && (
        <InvitePersonDialog
          open={inviting}
          onClose={() => setInviting(false)}
          onInvited={(user) => {
            setInvited(user);
            setInviting(false);
          }}
        />
      )}
    </>
  );
}
