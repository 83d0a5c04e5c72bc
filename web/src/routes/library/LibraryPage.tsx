import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { LibraryFilters } from './LibraryFilters';
import { ResourceList } from './ResourceList';
import { useLibraryFilters } from './useLibraryFilters';

/** The strategy library: short cards to read in a few minutes and try the next day. */
export function LibraryPage() {
  const { t } = useTranslation();
  const filters = useLibraryFilters();
  return (
    <>
      <PageHeader title={t('library:title')} description={t('library:description')} />
      <LibraryFilters filters={filters} />
      <ResourceList filters={filters.applied} />
    </>
  );
}
