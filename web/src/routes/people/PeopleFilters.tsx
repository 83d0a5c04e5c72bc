import { useTranslation } from 'react-i18next';
import { ROLES, USER_STATUSES } from '#core/domain/roles';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useSchools } from '../../features/organizations/useSchools';
import type { PeopleFiltersState } from './usePeopleFilters';

export function PeopleFilters({ filters, showSchool }: { filters: PeopleFiltersState; showSchool: boolean }) {
  const { t } = useTranslation();
  const schools = useSchools(showSchool);
  return (
    <search className="filters" aria-label={t('people:filters.label')}>
      <TextField
        label={t('people:filters.search')}
        type="search"
        value={filters.q}
        onChange={(event) => filters.setQ(event.target.value)}
      />
      <Select
        label={t('people:filters.role')}
        placeholder={t('people:filters.allRoles')}
        options={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
        value={filters.applied.role ?? ''}
        onChange={(event) => filters.set('role', event.target.value)}
      />
      <Select
        label={t('people:filters.status')}
        placeholder={t('people:filters.allStatuses')}
        options={USER_STATUSES.map((status) => ({ value: status, label: t(`people:status.${status}`) }))}
        value={filters.applied.status ?? ''}
        onChange={(event) => filters.set('status', event.target.value)}
      />
      {showSchool && (
        <Select
          label={t('people:filters.school')}
          placeholder={t('people:filters.allSchools')}
          options={schools.items.map((school) => ({ value: school.id, label: school.name }))}
          value={filters.applied.schoolId ?? ''}
          onChange={(event) => filters.set('schoolId', event.target.value)}
        />
      )}
    </search>
  );
}
