import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClasses } from '../../features/classes/useClasses';
import { useSchools } from '../../features/organizations/useSchools';
import { useTeams } from '../../features/organizations/useTeams';
import { useUsers } from '../../features/organizations/useUsers';
import { StatLink } from './StatLink';

export function AdminHome() {
  const { t } = useTranslation();
  const schools = useSchools();
  const people = useUsers({}, { limit: 200 });
  const teams = useTeams();
  const classes = useClasses('organization');
  const lists = [schools, people, teams, classes];
  const error = lists.map((list) => list.query.error).find(Boolean);

  return (
    <Card title={t('home:admin.title')} testId="home-district_admin">
      <p className="muted">{t('home:admin.what')}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <ul className="stats">
        {(
          [
            ['/schools', 'home:stats.schools', schools],
            ['/people', 'home:stats.people', people],
            ['/teams', 'home:stats.teams', teams],
            ['/classes', 'home:stats.classes', classes],
          ] as const
        ).map(([to, label, list]) => (
          <StatLink
            key={to}
            to={to}
            label={t(label)}
            count={list.items.length}
            more={list.query.hasNextPage}
            loading={list.query.isPending}
          />
        ))}
      </ul>
      <p className="link-row">
        <Link to="/people?invite=1">{t('home:admin.invite')}</Link> ·{' '}
        <Link to="/audit-log">{t('common:nav.audit')}</Link> · <Link to="/outbox">{t('common:nav.outbox')}</Link>
      </p>
    </Card>
  );
}
