import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { type Column, Table } from '../../components/Table';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import type { TeamDto } from '../../features/organizations/types';
import { useSchoolNames } from '../../features/organizations/useSchools';
import { useTeams } from '../../features/organizations/useTeams';
import { CreateTeamForm } from './CreateTeamForm';

export function TeamsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const isAdmin = hasRole(me, 'district_admin');
  const { items, query } = useTeams();
  const schoolNames = useSchoolNames(isAdmin);

  const columns: Column<TeamDto>[] = [
    { key: 'name', header: t('teams:fields.name'), render: (row) => <Link to={`/teams/${row.id}`}>{row.name}</Link> },
    {
      key: 'school',
      header: t('teams:fields.school'),
      render: (row) =>
        row.schoolId ? (schoolNames.get(row.schoolId) ?? t('teams:ownSchool')) : t('teams:crossSchool'),
    },
    { key: 'members', header: t('teams:fields.members'), render: (row) => row.members.length },
    {
      key: 'leads',
      header: t('teams:fields.leads'),
      render: (row) =>
        row.members
          .filter((member) => member.role === 'lead')
          .map((member) => member.name)
          .join(', ') || '—',
    },
  ];

  return (
    <>
      <PageHeader title={t('teams:title')} description={t('teams:description')} />
      <div className="stack">
        <section aria-labelledby="teams-list">
          <h2 id="teams-list">{t('teams:listTitle')}</h2>
          <QueryState
            query={query}
            isEmpty={items.length === 0}
            empty={
              <EmptyState title={t('teams:empty')}>
                {t(isAdmin ? 'teams:emptyHintAdmin' : 'teams:emptyHint')}
              </EmptyState>
            }
          >
            <Table caption={t('teams:listTitle')} columns={columns} rows={items} rowKey={(row) => row.id} />
            <LoadMore query={query} />
          </QueryState>
        </section>
        {isAdmin && (
          <Card title={t('teams:create.title')}>
            <CreateTeamForm />
          </Card>
        )}
      </div>
    </>
  );
}
