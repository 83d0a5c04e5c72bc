import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PathwaySummary } from '#core/contracts/pathways';
import { Badge } from '../../components/Badge';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { ProgressBar } from '../../features/pathways/ProgressBar';
import { usePathways } from '../../features/pathways/usePathways';
import '../../features/pathways/pathways.css';

/** My pathways with progress, the ones I could follow, and (for authors) the ones I can edit. */
export function PathwaysPage() {
  const { t } = useTranslation('pathways');
  const me = useMe().data;
  const author = hasRole(me, 'district_admin', 'coach', 'school_leader');
  const list = usePathways();
  const items = list.data?.items ?? [];
  const mine = items.filter((p) => p.enrolled);
  const available = items.filter((p) => !p.enrolled && p.status === 'published');
  const editing = items.filter((p) => p.canEdit && p.status !== 'published');
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          author ? (
            <ButtonLink to="/pathways/new" variant="primary">
              {t('author.new')}
            </ButtonLink>
          ) : null
        }
      />
      <QueryState query={list} isEmpty={false} empty={null}>
        <div className="stack">
          <Card title={t('list.mine')} testId="my-pathways">
            {mine.length === 0 ? <EmptyState title={t('list.emptyMine')} /> : <PathwayItems items={mine} />}
          </Card>
          <Card title={t('list.available')} testId="available-pathways">
            {available.length === 0 ? (
              <EmptyState title={t('list.emptyAvailable')} />
            ) : (
              <PathwayItems items={available} />
            )}
          </Card>
          {author && editing.length > 0 && (
            <Card title={t('list.authoring')} testId="authoring-pathways">
              <PathwayItems items={editing} />
            </Card>
          )}
        </div>
      </QueryState>
    </>
  );
}

function PathwayItems({ items }: { items: PathwaySummary[] }) {
  const { t } = useTranslation('pathways');
  return (
    <ul className="pathway-list">
      {items.map((pathway) => (
        <li key={pathway.id} className="pathway-step stack" data-testid="pathway-item" data-id={pathway.id}>
          <h3>
            <Link to={`/pathways/${pathway.id}`}>{pathway.title}</Link>
          </h3>
          <p className="muted small">
            {t(`audience.${pathway.audience}`)} · {t('list.steps', { count: pathway.stepCount })}{' '}
            {pathway.status !== 'published' && <Badge tone="warning">{t(`status.${pathway.status}`)}</Badge>}
          </p>
          {pathway.description && <p>{pathway.description}</p>}
          {pathway.progress && (
            <ProgressBar progress={pathway.progress} label={t('progress.label', { title: pathway.title })} />
          )}
        </li>
      ))}
    </ul>
  );
}
