import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/Badge';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CycleList } from '../../features/cycles/CycleList';
import { useCycleList } from '../../features/cycles/useCycles';
import { ActionStepList } from '../../features/observations/ActionStepList';
import { KindBadge, StatusBadge } from '../../features/observations/ObservationBadges';
import type { Observation } from '../../features/observations/types';
import { useObservationList } from '../../features/observations/useObservations';
import { useFormatDate } from '../../lib/format';
import '../../features/observations/observations.css';

const isUpcoming = (o: Observation) =>
  o.status === 'scheduled' && Date.parse(o.scheduledAt) >= Date.now() - 60 * 60_000;

/**
 * A teacher's own: visits to their classroom, the feedback shared with them, their action steps
 * and their coaching cycle. Private to them (and, for each item, the coach it came from).
 */
export function MyFeedbackPage() {
  const { t } = useTranslation('observations');
  const { dateTime } = useFormatDate();
  const visits = useObservationList('observed');
  // The teacher's open cycle sits beside their feedback: one place for what their coaching is about.
  const cycles = useCycleList('coached', { status: 'open', limit: 5 });
  const items = (visits.data?.items ?? []).filter((o) => o.status !== 'cancelled');
  const upcoming = items.filter(isUpcoming).reverse();
  const past = items.filter((o) => !isUpcoming(o));

  const row = (o: Observation) => (
    <li key={o.id} className="note">
      <p className="note-head">
        <Link to={`/observations/${o.id}`}>
          <strong>{t('mine.visitFrom', { name: o.observer.name })}</strong>
        </Link>
        <span>{dateTime(o.scheduledAt)}</span>
        <KindBadge kind={o.kind} />
        <StatusBadge status={o.status} />
        {o.feedback?.sharedAt && !o.feedback.teacherResponse && <Badge tone="info">{t('mine.newFeedback')}</Badge>}
      </p>
      {isUpcoming(o) && <p className="small muted">{o.planId ? t('mine.planShared') : t('mine.planNotShared')}</p>}
    </li>
  );

  return (
    <>
      <PageHeader
        title={t('mine.title')}
        description={t('mine.description')}
        actions={
          <ButtonLink to="/observations/new" variant="secondary">
            {t('mine.peerVisit')}
          </ButtonLink>
        }
      />
      <div className="stack">
        <Card title={t('mine.upcoming')}>
          <QueryState
            query={visits}
            isEmpty={upcoming.length === 0}
            empty={<EmptyState title={t('mine.noUpcoming')} />}
          >
            <ul className="plain-list" data-testid="upcoming-visits">
              {upcoming.map(row)}
            </ul>
          </QueryState>
        </Card>
        <Card title={t('mine.steps')}>
          <ActionStepList />
        </Card>
        <Card title={t('mine.cycle')} testId="my-cycle">
          <QueryState
            query={cycles.query}
            isEmpty={cycles.items.length === 0}
            empty={<p className="muted">{t('mine.noCycle')}</p>}
          >
            <CycleList cycles={cycles.items} show="coach" />
          </QueryState>
        </Card>
        <Card title={t('mine.past')}>
          <QueryState query={visits} isEmpty={past.length === 0} empty={<EmptyState title={t('mine.noPast')} />}>
            <ul className="plain-list" data-testid="past-visits">
              {past.map(row)}
            </ul>
          </QueryState>
        </Card>
      </div>
    </>
  );
}
