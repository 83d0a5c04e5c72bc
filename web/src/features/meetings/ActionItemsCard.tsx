import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { formatDay, localToday } from '../../lib/dates';
import { CalendarSubscribe } from './CalendarSubscribe';
import { useCompleteActionItem, useMyActionItems } from './useMeetings';

/** The reader's open action items from team meetings, soonest due first (teacher's and coach's Home). */
export function ActionItemsCard() {
  const { t, i18n } = useTranslation('meetings');
  const query = useMyActionItems();
  const complete = useCompleteActionItem();
  const items = query.data?.items ?? [];
  const today = localToday();
  return (
    <Card title={t('actionItems.homeTitle')} testId="home-action-items">
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('actionItems.homeEmpty')} />}>
        {complete.error ? <ErrorAlert error={complete.error} /> : null}
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.id} className="action-item">
              <div>
                <strong>{item.text}</strong>
                <div className="muted">
                  <span className={item.dueDate < today ? 'overdue' : undefined}>
                    {t('actionItems.due', { date: formatDay(item.dueDate, i18n.language, { dateStyle: 'medium' }) })}
                  </span>{' '}
                  · <Link to={`/meetings/${item.meetingId}`}>{item.meetingTitle}</Link> · {item.teamName}
                  {item.link?.kind === 'plan' && (
                    <>
                      {' '}
                      · <Link to={`/planner/plans/${item.link.planId}`}>{t('actionItems.openPlan')}</Link>
                    </>
                  )}
                  {item.link?.kind === 'growth-focus' && (
                    <>
                      {' '}
                      · <Link to="/growth-focus">{t('actionItems.growthFocus')}</Link>
                    </>
                  )}
                </div>
              </div>
              <Button
                variant="secondary"
                busy={complete.isPending && complete.variables === item.id}
                onClick={() => complete.mutate(item.id)}
              >
                {t('actionItems.markDone')}
                <span className="visually-hidden">: {item.text}</span>
              </Button>
            </li>
          ))}
        </ul>
      </QueryState>
      <details>
        <summary>{t('calendar.myTitle')}</summary>
        <CalendarSubscribe />
      </details>
    </Card>
  );
}
