import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { gradeLabel } from '../../features/classes/gradeLabel';
import { useClasses } from '../../features/classes/useClasses';
import { WalksAtMySchool } from '../../features/walks/WalksAtMySchool';

const SHOWN = 5;

export function TeacherHome() {
  const { t } = useTranslation();
  const { items, query } = useClasses('mine');

  return (
    <Card
      title={t('home:teacher.title')}
      testId="home-teacher"
      actions={
        <>
          <ButtonLink to="/planner" variant="primary">
            {t('home:teacher.openPlanner')}
          </ButtonLink>
          <ButtonLink to="/my-classes#add-class" variant="secondary">
            {t('home:teacher.addClass')}
          </ButtonLink>
          <ButtonLink to="/my-feedback" variant="secondary">
            {t('observations:home.myFeedback')}
          </ButtonLink>
          <ButtonLink to="/cycles" variant="secondary">
            {t('cycles:home.teacherLink')}
          </ButtonLink>
        </>
      }
    >
      <p className="muted">{t('home:teacher.what')}</p>
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        empty={<EmptyState title={t('home:teacher.empty')}>{t('home:teacher.emptyHint')}</EmptyState>}
      >
        <ul className="plain-list">
          {items.slice(0, SHOWN).map((item) => (
            <li key={item.id}>
              <strong>{item.name}</strong>{' '}
              <span className="muted">
                · {item.subject} · {gradeLabel(item.gradeLevel, t)}
              </span>
            </li>
          ))}
        </ul>
        <Link to="/my-classes">{t('home:teacher.seeAll')}</Link>
      </QueryState>
      <WalksAtMySchool />
    </Card>
  );
}
