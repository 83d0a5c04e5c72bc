import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { LOCALES, type Locale } from '#core/domain/roles';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { practiceLabel } from '../../features/library/practiceLabel';
import type { LibraryFiltersState } from './useLibraryFilters';

export function LibraryFilters({ filters }: { filters: LibraryFiltersState }) {
  const { t } = useTranslation();
  const location = useLocation();
  const withoutPractice = new URLSearchParams(location.search);
  withoutPractice.delete('practiceId');
  const rest = withoutPractice.toString();

  return (
    <search className="filters" aria-label={t('library:filters.label')}>
      <TextField
        label={t('library:filters.search')}
        hint={t('library:filters.searchHint')}
        type="search"
        value={filters.q}
        onChange={(event) => filters.setQ(event.target.value)}
      />
      <Select
        label={t('library:filters.language')}
        options={LOCALES.map((code) => ({ value: code, label: t(`common:language.${code}`) }))}
        value={filters.locale}
        onChange={(event) => filters.setLocale(event.target.value as Locale)}
      />
      {filters.practiceId && (
        <p className="library-practice" data-testid="practice-filter">
          {t('library:filters.practice', { practice: practiceLabel(t, filters.practiceId) })}{' '}
          <Link to={{ pathname: location.pathname, search: rest ? `?${rest}` : '' }}>
            {t('library:filters.allPractices')}
          </Link>
        </p>
      )}
    </search>
  );
}
