import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Cycle } from '#core/contracts/cycles';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CheckForm } from '../../features/cycles/CheckForm';
import { CloseForm } from '../../features/cycles/CloseForm';
import { CycleFacts } from '../../features/cycles/CycleFacts';
import { LinkForm } from '../../features/cycles/LinkForm';
import { ProgressChart } from '../../features/cycles/ProgressChart';
import { SessionForm } from '../../features/cycles/SessionForm';
import { StageControls } from '../../features/cycles/StageControls';
import { StageStepper } from '../../features/cycles/StageStepper';
import { TeacherReflectionForm } from '../../features/cycles/TeacherReflectionForm';
import { Timeline } from '../../features/cycles/Timeline';
import { useCycle } from '../../features/cycles/useCycles';
import { useMe } from '../../features/identity/useMe';
import { calendarDay } from '../../lib/dates';
import '../../features/cycles/cycles.css';

/** One cycle, for its coach and its teacher (the server answers 404 to anyone else). */
export function CyclePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('cycles');
  const cycle = useCycle(id);
  const me = useMe().data;
  return (
    <QueryState query={cycle} isEmpty={false} empty={null}>
      {cycle.data && me && <CycleView cycle={cycle.data} userId={me.id} />}
      {!cycle.data && <Link to="/cycles">{t('list.back')}</Link>}
    </QueryState>
  );
}

function CycleView({ cycle, userId }: { cycle: Cycle; userId: string }) {
  const { t, i18n } = useTranslation('cycles');
  const asCoach = cycle.coach.id === userId;
  const asTeacher = cycle.teacher.id === userId;
  const open = cycle.closedAt === null;
  return (
    <>
      <PageHeader
        title={asTeacher ? t('page.titleTeacher') : t('page.titleCoach', { name: cycle.teacher.name })}
        description={
          asTeacher ? t('page.withCoach', { name: cycle.coach.name }) : t('page.private', { name: cycle.teacher.name })
        }
        back={<Link to="/cycles">{t('list.back')}</Link>}
      />
      <div className="cycle-layout">
        <Card title={t('stage.title')}>
          <StageStepper stage={cycle.stage} />
          {asCoach && open && <StageControls cycle={cycle} />}
        </Card>
        <Card title={t('page.goal')}>
          <CycleFacts cycle={cycle} />
        </Card>
        <Card title={t('page.progress')} testId="cycle-progress">
          <ProgressChart
            unit={cycle.unit}
            baseline={cycle.baselineValue}
            target={cycle.targetValue}
            start={cycle.createdAt.slice(0, 10)}
            targetDate={cycle.targetDate}
            checks={cycle.checks}
          />
          {open && (
            <>
              <h3>{t('checks.title')}</h3>
              <CheckForm cycle={cycle} />
            </>
          )}
        </Card>
        <Card title={t('sessions.title')}>
          {cycle.sessions.length === 0 ? (
            <p className="muted">{t('sessions.empty')}</p>
          ) : (
            <ul className="plain-list">
              {cycle.sessions.map((s) => (
                <li key={s.id}>
                  <strong>{t(`sessionKinds.${s.kind}`)}</strong>{' '}
                  <span className="muted">· {calendarDay(s.date, i18n.language)}</span>
                  {s.notes && <p className="cycle-event-text">{s.notes}</p>}
                </li>
              ))}
            </ul>
          )}
          {asCoach && open && (
            <>
              <h3>{t('sessions.addTitle')}</h3>
              <SessionForm cycle={cycle} />
            </>
          )}
        </Card>
        {open && (
          <Card title={t('links.title')}>
            <LinkForm cycle={cycle} asCoach={asCoach} />
          </Card>
        )}
        <Card title={t('timeline.title')}>
          <Timeline cycle={cycle} userId={userId} />
        </Card>
        <Card title={t('reflection.title')} testId="cycle-reflection">
          {asTeacher ? (
            <TeacherReflectionForm cycle={cycle} />
          ) : cycle.teacherReflection ? (
            <p className="cycle-event-text" data-testid="teacher-reflection">
              {cycle.teacherReflection}
            </p>
          ) : (
            <p className="muted">{t('reflection.notYet', { name: cycle.teacher.name })}</p>
          )}
        </Card>
        {asCoach && open && (
          <Card title={t('close.title')}>
            <CloseForm cycle={cycle} />
          </Card>
        )}
      </div>
    </>
  );
}
