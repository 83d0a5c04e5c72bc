import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { RoleBadges } from '../../features/organizations/RoleBadges';
import { useUsers } from '../../features/organizations/useUsers';

const SHOWN = 8;

export function CoachHome() {
  const { t } = useTranslation();
  // The API already limits coaches to the people of their own schools.
  const { items, query } = useUsers({ status: 'active' }, { limit: SHOWN });

  return (
    <Card title={t('home:coach.title')} testId="home-coach">
      <p className="muted">{t('home:coach.what')}</p>
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('home:coach.empty')} />}>
        <ul className="plain-list">
          {items.map((user) => (
            <li key={user.id}>
              <Link to={`/people/${user.id}`}>{user.name}</Link> <RoleBadges roles={user.roles} />
            </li>
          ))}
        </ul>
      </QueryState>
      <Link to="/people">{t('home:coach.seeAll')}</Link>
      <p>
        <Link to="/coaching">{t('observations:home.caseload')}</Link>
      </p>
      <p>
        <Link to="/cycles">{t('cycles:home.coachLink')}</Link>
      </p>
    </Card>
  );
}
