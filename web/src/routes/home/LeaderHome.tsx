import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTeams } from '../../features/organizations/useTeams';
import { useUsers } from '../../features/organizations/useUsers';
import { useWalks } from '../../features/walks/useWalks';
import { StatLink } from './StatLink';

export function LeaderHome() {
  const { t } = useTranslation();
  const teams = useTeams();
  const people = useUsers({ status: 'active' }, { limit: 200 });
  const walks = useWalks({}, { limit: 50 });
  const error = teams.query.error ?? people.query.error;

  return (
    <Card title={t('home:leader.title')} testId="home-school_leader">
      <p className="muted">{t('home:leader.what')}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <ul className="stats">
        <StatLink
          to="/teams"
          label={t('home:stats.teams')}
          count={teams.items.length}
          more={teams.query.hasNextPage}
          loading={teams.query.isPending}
        />
        <StatLink
          to="/people"
          label={t('home:stats.people')}
          count={people.items.length}
          more={people.query.hasNextPage}
          loading={people.query.isPending}
        />
        <StatLink
          to="/walks"
          label={t('walks:home.leaderStat')}
          count={walks.items.length}
          more={walks.query.hasNextPage}
          loading={walks.query.isPending}
        />
      </ul>
    </Card>
  );
}
