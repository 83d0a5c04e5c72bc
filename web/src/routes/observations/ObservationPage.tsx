import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Me } from '#core/contracts/session';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Spinner } from '../../components/Spinner';
import { useMe } from '../../features/identity/useMe';
import { AttachPlanForm } from '../../features/observations/AttachPlanForm';
import { FeedbackForm } from '../../features/observations/FeedbackForm';
import { FollowUpForm } from '../../features/observations/FollowUpForm';
import { ManageVisit } from '../../features/observations/ManageVisit';
import { EvidenceList } from '../../features/observations/NoteList';
import { frameworkSchool, indexFramework, type PracticeIndex } from '../../features/observations/practiceIndex';
import { RatingsCard } from '../../features/observations/RatingsCard';
import { FeedbackView, ResponseForm } from '../../features/observations/SharedFeedback';
import type { Observation } from '../../features/observations/types';
import { useObservationFramework } from '../../features/observations/useObservationFramework';
import { useAttachedPlan, useEvidenceNotes, useObservation } from '../../features/observations/useObservations';
import { VisitFacts } from '../../features/observations/VisitFacts';
import { PlanView } from '../../features/planning/PlanView';
import { useFormatDate } from '../../lib/format';
import '../../features/observations/observations.css';

/** One visit: the observer's workspace (evidence, feedback, follow-up), or the teacher's view of it. */
export function ObservationPage() {
  const { id = '' } = useParams();
  const me = useMe().data;
  const observation = useObservation(id);
  const asObserver = !!me && observation.data?.observer.id === me.id;
  const framework = useObservationFramework(frameworkSchool(me, asObserver ? 'observer' : 'teacher'), {
    enabled: !!me,
  });
  const index = indexFramework(framework.data);

  if (observation.isPending || !me) return <Spinner />;
  if (observation.isError) return <ErrorAlert error={observation.error} onRetry={() => void observation.refetch()} />;
  const visit = observation.data;

  return asObserver ? (
    <ObserverView visit={visit} index={index} />
  ) : (
    <TeacherView visit={visit} index={index} me={me} />
  );
}

function ObserverView({ visit, index }: { visit: Observation; index: PracticeIndex }) {
  const { t } = useTranslation('observations');
  const notes = useEvidenceNotes(visit.id);
  const plan = useAttachedPlan(visit.planId);
  const items = notes.data?.items ?? [];
  const cancelled = visit.status === 'cancelled';
  const shared = visit.feedback?.sharedAt != null;
  const tallies = Object.entries(visit.tallies ?? {}).filter(([, n]) => n > 0);

  return (
    <>
      <PageHeader
        title={t('visit.titleObserver', { name: visit.teacher.name })}
        back={<Link to="/coaching">{t('caseload.back')}</Link>}
        actions={
          !cancelled && (
            <ButtonLink to={`/observations/${visit.id}/capture`} variant="primary">
              {t('visit.openCapture')}
            </ButtonLink>
          )
        }
      />
      <div className="stack">
        <VisitFacts observation={visit} index={index} />
        {cancelled && <Alert tone="info">{t('visit.cancelled')}</Alert>}

        <Card title={t('visit.plan')}>
          {visit.planId ? (
            <QueryState query={plan} isEmpty={false} empty={null}>
              {plan.data && (
                <>
                  <p>
                    <Link to={`/planner/plans/${plan.data.id}`}>{plan.data.title}</Link>
                  </p>
                  <PlanView plan={plan.data} headingLevel={3} />
                </>
              )}
            </QueryState>
          ) : (
            <p className="muted">{t('visit.noPlanYet', { name: visit.teacher.name })}</p>
          )}
        </Card>

        <Card title={t('visit.evidence', { count: items.length })}>
          <QueryState query={notes} isEmpty={false} empty={null}>
            <EvidenceList notes={items} index={index} />
          </QueryState>
          {tallies.length > 0 && (
            <>
              <h3>{t('capture.tallies')}</h3>
              <ul className="plain-list" data-testid="tally-summary">
                {tallies.map(([lookForId, n]) => (
                  <li key={lookForId}>
                    {index.label(lookForId) ?? t('visit.unknownPractice')}: <strong>{n}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>

        {!cancelled && (
          <Card
            title={t('feedback.title')}
            actions={shared ? <Badge tone="success">{t('feedback.sharedBadge')}</Badge> : undefined}
          >
            <FeedbackForm observation={visit} index={index} />
          </Card>
        )}

        <RatingsCard visit={visit} index={index} editable={!cancelled} />

        {visit.feedback?.teacherResponse && (
          <Card title={t('response.fromTeacher', { name: visit.teacher.name })}>
            <p className="note-text" data-testid="teacher-response">
              {visit.feedback.teacherResponse}
            </p>
          </Card>
        )}

        {shared && !cancelled && (
          <Card title={t('followUp.title')}>
            <FollowUpForm observation={visit} />
          </Card>
        )}

        {!cancelled && visit.status !== 'followed-up' && (
          <Card title={t('manage.title')}>
            <ManageVisit observation={visit} />
          </Card>
        )}
      </div>
    </>
  );
}

function TeacherView({ visit, index, me }: { visit: Observation; index: PracticeIndex; me: Me }) {
  const { t } = useTranslation('observations');
  const { date } = useFormatDate();
  const shared = visit.feedback?.sharedAt != null;
  const notes = useEvidenceNotes(visit.id, { enabled: shared });
  const cancelled = visit.status === 'cancelled';
  const upcoming = visit.status === 'scheduled' || visit.status === 'observed';

  return (
    <>
      <PageHeader
        title={t('visit.titleTeacher', { name: visit.observer.name })}
        back={<Link to="/my-feedback">{t('mine.back')}</Link>}
      />
      <div className="stack">
        <VisitFacts observation={visit} index={index} />
        {cancelled && <Alert tone="info">{t('visit.cancelled')}</Alert>}

        {!cancelled && upcoming && visit.teacher.id === me.id && (
          <Card title={t('attach.title')}>
            <p className="muted">{t('attach.why', { name: visit.observer.name })}</p>
            <AttachPlanForm observation={visit} />
          </Card>
        )}

        {shared && visit.feedback ? (
          <>
            <Card title={t('feedback.title')}>
              <p className="muted small">{t('feedback.sharedOn', { date: date(visit.feedback.sharedAt) })}</p>
              <FeedbackView feedback={visit.feedback} index={index} />
            </Card>
            <Card title={t('response.title')}>
              <ResponseForm observation={visit} />
            </Card>
            <RatingsCard visit={visit} index={index} editable={false} />
            {visit.followUp && (
              <Card title={t('followUp.title')}>
                <p>
                  <Badge tone="info">{t(`progress.${visit.followUp.actionStepProgress}`)}</Badge>{' '}
                  <span className="muted small">{date(visit.followUp.at)}</span>
                </p>
                {visit.followUp.note && <p className="note-text">{visit.followUp.note}</p>}
              </Card>
            )}
            <Card title={t('visit.evidence', { count: notes.data?.items.length ?? 0 })}>
              <QueryState query={notes} isEmpty={false} empty={null}>
                <EvidenceList notes={notes.data?.items ?? []} index={index} />
              </QueryState>
            </Card>
          </>
        ) : (
          !cancelled && <p className="muted">{t('visit.feedbackLater', { name: visit.observer.name })}</p>
        )}
      </div>
    </>
  );
}
