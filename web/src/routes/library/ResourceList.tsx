import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { ResourceMeta } from '../../features/library/ResourceMeta';
import { resourceHref } from '../../features/library/StrategyCardDialog';
import type { ResourceFilters } from '../../features/library/types';
import { useResources } from '../../features/library/useResources';

export function ResourceList({ filters }: { filters: ResourceFilters }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { items, query } = useResources(filters);
  const filtered = Boolean(filters.q || filters.practiceId);

  return (
    <>
      {/* Tells screen-reader users that the results changed under the search box. */}
      <p className="visually-hidden" role="status">
        {query.isSuccess ? t('library:resultsCount', { shown: items.length }) : ''}
      </p>
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        empty={
          <EmptyState title={t(filtered ? 'library:emptySearch' : 'library:empty')}>
            {filtered && t('library:emptySearchHint')}
          </EmptyState>
        }
      >
        <ul className="resource-grid" aria-label={t('library:resultsLabel')}>
          {items.map((item) => (
            <li key={`${item.id}-${item.locale}`}>
              <article className="card resource-card">
                <h2 className="resource-card-title" lang={item.locale}>
                  <Link to={resourceHref(item.id, item.locale)} state={{ librarySearch: location.search }}>
                    {item.title}
                  </Link>
                </h2>
                <p lang={item.locale}>{item.summary}</p>
                <ResourceMeta resource={item} />
              </article>
            </li>
          ))}
        </ul>
        <LoadMore query={query} />
      </QueryState>
    </>
  );
}
