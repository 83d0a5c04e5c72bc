import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { useWalks } from '../../features/walks/useWalks';
import { WalkSummaryCard } from '../../features/walks/WalkSummaryCard';
import '../../features/walks/walks.css';

/**
 * Learning walks: school leaders and coaches start, continue and read them; district admins read
 * them; teachers see what was seen across their school once a walk is closed (the server decides
 * which walks each person gets).
 */
export function WalksPage() {
  const { t } = useTranslation('walks');
  const me = useMe().data;
  const walker = hasRole(me, 'school_leader', 'coach');
  const { items, query } = useWalks();

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={walker ? t('list.descriptionWalker') : t('list.descriptionReader')}
        actions={
          walker ? (
            <ButtonLink to="/walks/new" variant="primary">
              {t('list.start')}
            </ButtonLink>
          ) : null
        }
      />
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        empty={
          <EmptyState title={t('list.empty')}>{walker ? t('list.emptyWalker') : t('list.emptyReader')}</EmptyState>
        }
      >
        <div className="stack" data-testid="walk-list">
          {items.map((walk) => (
            <WalkSummaryCard key={walk.id} walk={walk} headingLevel={2} />
          ))}
          <LoadMore query={query} />
        </div>
      </QueryState>
    </>
  );
}
