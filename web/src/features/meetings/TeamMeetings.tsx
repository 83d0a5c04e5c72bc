import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/Badge';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import { Table } from '../../components/Table';
import { formatDay } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import type { TeamDto as Team } from '../organizations/types';
import { CalendarSubscribe } from './CalendarSubscribe';
import { textIn } from './format';
import { useCollaborationMinutes, useTeamMeetings } from './useMeetings';
import './meetings.css';

const STATE_TONE = { scheduled: 'info', running: 'warning', ended: 'neutral' } as const;

/** A team's meetings and its collaboration minutes, on the team page. */
export function TeamMeetings({ team, isMember }: { team: Team; isMember: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const { items, query } = useTeamMeetings(team.id);
  return (
    <>
      <Card
        title={t('team.meetings')}
        testId="team-meetings"
        actions={
          isMember ? (
            <ButtonLink to={`/teams/${team.id}/meetings/new`} variant="primary">
              {t('team.schedule')}
            </ButtonLink>
          ) : undefined
        }
      >
        <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('team.noMeetings')} />}>
          <ul className="plain-list">
            {items.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>{m.title}</Link>{' '}
                <Badge tone={STATE_TONE[m.state]}>{t(`state.${m.state}`)}</Badge>
                <div className="muted">
                  {formatDateTime(m.scheduledAt, i18n.language)} · {textIn(m.protocolName, i18n.language)} ·{' '}
                  {t('minutesShort', { count: m.durationMinutes })}
                </div>
              </li>
            ))}
          </ul>
          <LoadMore query={query} />
        </QueryState>
        {isMember && <CalendarSubscribe teamId={team.id} />}
      </Card>
      <CollaborationMinutesCard teamId={team.id} />
    </>
  );
}

function CollaborationMinutesCard({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation('meetings');
  const query = useCollaborationMinutes(teamId);
  const weeks = query.data?.weeks ?? [];
  const benchmark = query.data?.benchmarkMinutes ?? 90;
  const widest = Math.max(benchmark, ...weeks.map((w) => w.minutes));
  return (
    <Card title={t('minutes.title')} testId="collaboration-minutes">
      <p className="muted">{t('minutes.what', { benchmark })}</p>
      <QueryState query={query} isEmpty={weeks.length === 0} empty={<EmptyState title={t('minutes.empty')} />}>
        <Table
          caption={t('minutes.title')}
          rowKey={(w) => w.weekStart}
          rows={[...weeks].reverse()}
          columns={[
            {
              key: 'week',
              header: t('minutes.week'),
              render: (w) => formatDay(w.weekStart, i18n.language, { dateStyle: 'medium' }),
            },
            {
              key: 'minutes',
              header: t('minutes.held'),
              render: (w) => (
                <>
                  <span
                    className="minutes-bar"
                    aria-hidden="true"
                    style={{ width: `${Math.round((w.minutes / widest) * 6)}rem` }}
                  />{' '}
                  {w.minutes}
                </>
              ),
            },
            { key: 'block', header: t('minutes.longest'), render: (w) => w.longestBlock },
            {
              key: 'benchmark',
              header: t('minutes.benchmark', { benchmark }),
              render: (w) =>
                w.meetsBenchmark ? (
                  <Badge tone="success">{t('minutes.met')}</Badge>
                ) : (
                  <Badge tone="neutral">{t('minutes.notMet')}</Badge>
                ),
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
