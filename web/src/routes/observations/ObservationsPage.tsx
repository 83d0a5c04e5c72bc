import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { FollowUpDue, KindBadge, StatusBadge } from '../../features/observations/ObservationBadges';
import { useObservationList } from '../../features/observations/useObservations';
import { useFormatDate } from '../../lib/format';
import '../../features/observations/observations.css';

/** Every visit the caller makes, newest first (the caseload shows what is next; this is the record). */
export function ObservationsPage() {
  const { t } = useTranslation('observations');
  const { dateTime } = useFormatDate();
  const list = useObservationList('observing');
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('list.title')}
        back={<Link to="/coaching">{t('caseload.back')}</Link>}
        actions={
          <ButtonLink to="/observations/new" variant="primary">
            {t('schedule.open')}
          </ButtonLink>
        }
      />
      <Card>
        <QueryState query={list} isEmpty={items.length === 0} empty={<EmptyState title={t('list.empty')} />}>
          <ul className="plain-list" data-testid="observation-list">
            {items.map((o) => (
              <li key={o.id} className="note">
                <p className="note-head">
                  <Link to={`/observations/${o.id}`}>
                    <strong>{o.teacher.name}</strong>
                  </Link>
                  <span>{dateTime(o.scheduledAt)}</span>
                  <KindBadge kind={o.kind} />
                  <StatusBadge status={o.status} />
                </p>
                {o.status !== 'cancelled' && o.status !== 'followed-up' && (
                  <p className="small">
                    <FollowUpDue due={o.followUpDue} overdue={o.followUpOverdue} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </QueryState>
      </Card>
    </>
  );
}
