import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFrameworks } from '../../features/frameworks/useFrameworks';
import { rolesOf } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { ImportFrameworkForm } from './ImportFrameworkForm';
import { SchoolFrameworks } from './SchoolFrameworks';

/** The practice frameworks of the district (and the built-in one); admins import and assign them. */
export function FrameworksPage() {
  const { t } = useTranslation('frameworks');
  const me = useMe().data;
  const isAdmin = !!me && rolesOf(me).includes('district_admin');
  const frameworks = useFrameworks();
  const items = frameworks.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <div className="stack">
        <section aria-labelledby="frameworks-list">
          <h2 id="frameworks-list">{t('list.heading')}</h2>
          <QueryState query={frameworks} isEmpty={items.length === 0} empty={<EmptyState title={t('list.empty')} />}>
            <ul className="plain-list">
              {items.map((framework) => (
                <li key={framework.id} data-framework-code={framework.code}>
                  <Link to={`/frameworks/${framework.id}`}>{framework.title}</Link>{' '}
                  {framework.builtIn && <Badge tone="info">{t('list.builtIn')}</Badge>}{' '}
                  <span className="muted">· {t('list.practices', { count: framework.practiceCount })}</span>
                  {framework.description && <p className="muted small">{framework.description}</p>}
                </li>
              ))}
            </ul>
          </QueryState>
        </section>
        {isAdmin && (
          <>
            <SchoolFrameworks frameworks={items} />
            <Card title={t('import.title')} id="import-framework">
              <ImportFrameworkForm />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
