import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { Spinner } from '../../components/Spinner';
import { type Column, Table } from '../../components/Table';
import { RoleBadges } from '../../features/organizations/RoleBadges';
import { StatusBadge } from '../../features/organizations/StatusBadge';
import type { UserDto } from '../../features/organizations/types';
import { type UserFilters, useUsers } from '../../features/organizations/useUsers';

export function PeopleList({ filters }: { filters: UserFilters }) {
  const { t } = useTranslation();
  const { items, query } = useUsers(filters);

  const columns: Column<UserDto>[] = [
    { key: 'name', header: t('people:fields.name'), render: (row) => <Link to={`/people/${row.id}`}>{row.name}</Link> },
    { key: 'email', header: t('people:fields.email'), render: (row) => row.email },
    { key: 'roles', header: t('people:fields.roles'), render: (row) => <RoleBadges roles={row.roles} withSchool /> },
    { key: 'status', header: t('people:fields.status'), render: (row) => <StatusBadge status={row.status} /> },
  ];

  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <EmptyState title={t('people:empty')}>{t('people:emptyHint')}</EmptyState>;
  return (
    <>
      <Table caption={t('people:tableCaption')} columns={columns} rows={items} rowKey={(row) => row.id} />
      <LoadMore query={query} />
    </>
  );
}
