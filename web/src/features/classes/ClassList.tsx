import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { Spinner } from '../../components/Spinner';
import { useSchoolNames } from '../organizations/useSchools';
import { ClassTable } from './ClassTable';
import { type ClassScope, useClasses } from './useClasses';

/** Loading, error, empty and paged states of a class list in one place. */
export function ClassList({ scope }: { scope: ClassScope }) {
  const { t } = useTranslation();
  const { items, query } = useClasses(scope);
  const schoolNames = useSchoolNames(scope === 'organization');

  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) {
    return (
      <EmptyState title={t(scope === 'mine' ? 'classes:emptyMine' : 'classes:emptyOrganization')}>
        {t('classes:emptyHint')}
      </EmptyState>
    );
  }
  return (
    <>
      <ClassTable classes={items} showOwner={scope === 'organization'} schoolNames={schoolNames} />
      <LoadMore query={query} />
    </>
  );
}
