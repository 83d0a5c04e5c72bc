import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { FollowUpDue, KindBadge, useFormatDay } from '../../features/observations/ObservationBadges';
import { groupByDay } from '../../features/observations/schedule';
import { useCaseload } from '../../features/observations/useObservations';
import { useFormatDate } from '../../lib/format';
import '../../features/observations/observations.css';

/**
 * A coach's (or school leader's) caseload: the teachers they visit with the last and next visit,
 * the open action step and the next follow-up (overdue ones said so), then every follow-up still
 * to do and the visits ahead as an agenda by day.
 */
export function CaseloadPage() {
  const { t, i18n } = useTranslation('observations');
  const { date } = useFormatDate();
  const formatDay = useFormatDay();
  const caseload = useCaseload();
  const data = caseload.data;
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso));

  return (
    <>
      <PageHeader
        title={t('caseload.title')}
        description={t('caseload.description')}
        actions={
          <>
            <ButtonLink to="/observations/new" variant="primary">
              {t('schedule.open')}
            </ButtonLink>
            <ButtonLink to="/observations" variant="secondary">
              {t('list.title')}
            </ButtonLink>
          </>
        }
      />
      <div className="stack">
        <Card title={t('caseload.followUps')}>
          <QueryState
            query={caseload}
            isEmpty={(data?.followUps.length ?? 0) === 0}
            empty={<EmptyState title={t('caseload.noFollowUps')} />}
          >
            <ul className="plain-list" data-testid="caseload-follow-ups">
              {data?.followUps.map((f) => (
                <li key={f.observationId} className="note" data-overdue={f.overdue}>
                  <p className="note-head">
                    <Link to={`/observations/${f.observationId}`}>
                      <strong>{f.teacher.name}</strong>
                    </Link>
                    <FollowUpDue due={f.due} overdue={f.overdue} />
                  </p>
                  <p className="small">
                    {f.actionStep ? t('caseload.step', { step: f.actionStep }) : t('caseload.noStepYet')}
                  </p>
                </li>
              ))}
            </ul>
          </QueryState>
        </Card>

        <Card title={t('caseload.upcoming')}>
          <QueryState
            query={caseload}
            isEmpty={(data?.upcoming.length ?? 0) === 0}
            empty={<EmptyState title={t('caseload.noUpcoming')} />}
          >
            <div data-testid="caseload-agenda">
              {groupByDay(data?.upcoming ?? [], (v) => v.scheduledAt).map(({ day, items }) => (
                <section key={day} className="agenda-day">
                  <h3>{formatDay(day)}</h3>
                  <ul className="plain-list">
                    {items.map((v) => (
                      <li key={v.observationId} className="note-head">
                        <span className="mono">{time(v.scheduledAt)}</span>
                        <Link to={`/observations/${v.observationId}`}>{v.teacher.name}</Link>
                        <KindBadge kind={v.kind} />
                        <span className="muted small">{t('caseload.minutes', { count: v.durationMinutes })}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </QueryState>
        </Card>

        <Card title={t('caseload.teachers')}>
          <QueryState
            query={caseload}
            isEmpty={(data?.teachers.length ?? 0) === 0}
            empty={<EmptyState title={t('caseload.noTeachers')}>{t('caseload.noTeachersHint')}</EmptyState>}
          >
            <div className="table-wrap">
              <table className="table" data-testid="caseload-teachers">
                <thead>
                  <tr>
                    <th scope="col">{t('caseload.teacher')}</th>
                    <th scope="col">{t('caseload.lastVisit')}</th>
                    <th scope="col">{t('caseload.nextVisit')}</th>
                    <th scope="col">{t('caseload.cycle')}</th>
                    <th scope="col">{t('caseload.openStep')}</th>
                    <th scope="col">{t('caseload.nextFollowUp')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data?.teachers.map((row) => (
                    <tr key={row.teacher.id}>
                      <th scope="row">{row.teacher.name}</th>
                      <td>{row.lastVisitAt ? date(row.lastVisitAt) : t('caseload.none')}</td>
                      <td>{row.nextVisitAt ? date(row.nextVisitAt) : t('caseload.none')}</td>
                      <td>
                        {row.activeCycle ? (
                          <Link to={`/cycles/${row.activeCycle.id}`}>{row.activeCycle.goal}</Link>
                        ) : (
                          t('caseload.none')
                        )}
                      </td>
                      <td>
                        {row.openActionStep ? (
                          <Link to={`/observations/${row.openActionStep.observationId}`}>
                            {row.openActionStep.text}
                          </Link>
                        ) : (
                          t('caseload.none')
                        )}
                      </td>
                      <td>
                        {row.nextFollowUpDue ? (
                          <FollowUpDue due={row.nextFollowUpDue} overdue={row.overdueFollowUps > 0} />
                        ) : (
                          t('caseload.none')
                        )}
                        {row.overdueFollowUps > 1 && (
                          <span className="small is-overdue">
                            {' '}
                            ({t('caseload.overdueCount', { count: row.overdueFollowUps })})
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </QueryState>
        </Card>
      </div>
    </>
  );
}
