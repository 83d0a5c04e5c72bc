import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CycleList } from '../../features/cycles/CycleList';
import { useCycleList } from '../../features/cycles/useCycles';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import '../../features/cycles/cycles.css';

/** Coaching cycles: the ones the reader coaches, and the ones about their own teaching ("my cycle"). */
export function CyclesPage() {
  const { t } = useTranslation('cycles');
  const me = useMe().data;
  const coaches = hasRole(me, 'coach', 'school_leader');
  const teaches = hasRole(me, 'teacher');
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          coaches ? (
            <ButtonLink to="/cycles/new" variant="primary">
              {t('start.action')}
            </ButtonLink>
          ) : undefined
        }
      />
      <div className="cycle-layout">
        {teaches && <CycleSection side="coached" title={t('list.mine')} empty={t('list.emptyMine')} />}
        {coaches && <CycleSection side="coaching" title={t('list.coaching')} empty={t('list.emptyCoaching')} />}
      </div>
    </>
  );
}

function CycleSection({ side, title, empty }: { side: 'coaching' | 'coached'; title: string; empty: string }) {
  const { items, query } = useCycleList(side);
  return (
    <Card title={title} testId={`cycles-${side}`}>
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={empty} />}>
        <CycleList cycles={items} show={side === 'coaching' ? 'teacher' : 'coach'} />
        <LoadMore query={query} />
      </QueryState>
    </Card>
  );
}
