import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Initiative } from '#core/contracts/impact';
import { Badge } from '../../components/Badge';
import { ButtonLink } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { hasRole } from '../identity/roles';
import { useMe } from '../identity/useMe';
import { localized } from './localized';
import { useInitiatives } from './useImpact';
import './impact.css';

/** Initiatives by school year, the years side by side (newest first); admins start new ones. */
export function InitiativesPage() {
  const { t, i18n } = useTranslation('impact');
  const admin = hasRole(useMe().data, 'district_admin');
  const query = useInitiatives();
  const items = query.data?.items ?? [];
  const years = [...new Set(items.map((i) => i.schoolYear))];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          admin ? (
            <ButtonLink to="/initiatives/new" variant="primary">
              {t('list.new')}
            </ButtonLink>
          ) : null
        }
      />
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('list.empty')} />}>
        <div className="impact-years">
          {years.map((year) => (
            <section key={year} className="card impact-year" aria-labelledby={`year-${year}`}>
              <h2 id={`year-${year}`} className="card-title">
                {t('list.year', { year })}
              </h2>
              <ul className="impact-list">
                {items
                  .filter((i) => i.schoolYear === year)
                  .map((initiative: Initiative) => (
                    <li key={initiative.id}>
                      {initiative.hasDashboard ? (
                        <Link to={`/initiatives/${initiative.id}`}>{localized(initiative.name, i18n.language)}</Link>
                      ) : (
                        <span>{localized(initiative.name, i18n.language)}</span>
                      )}{' '}
                      {initiative.status === 'archived' && <Badge>{t('list.archived')}</Badge>}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      </QueryState>
    </>
  );
}
