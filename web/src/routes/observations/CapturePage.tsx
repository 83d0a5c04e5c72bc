import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useMe } from '../../features/identity/useMe';
import { useKeepOnDevice } from '../../features/observations/deviceCopy';
import { NoteComposer } from '../../features/observations/NoteComposer';
import { NoteList } from '../../features/observations/NoteList';
import { frameworkSchool, indexFramework } from '../../features/observations/practiceIndex';
import { SyncStatus } from '../../features/observations/SyncStatus';
import { TallyPanel } from '../../features/observations/TallyPanel';
import type { Observation } from '../../features/observations/types';
import { useCapture } from '../../features/observations/useCapture';
import { useObservationFramework } from '../../features/observations/useObservationFramework';
import { useAttachedPlan, useEvidenceNotes, useObservation } from '../../features/observations/useObservations';
import { PlanView } from '../../features/planning/PlanView';
import { isApiError } from '../../lib/api';
import '../../features/observations/observations.css';

/**
 * Taking evidence during a visit, on a tablet or phone: the attached plan above (or beside) the
 * notes, quick tallies for the focus look-fors, time-stamped notes tagged to practices. Works
 * without network: everything waits on the device and is sent when the connection returns.
 */
export function CapturePage() {
  const { id = '' } = useParams();
  const me = useMe().data;
  if (!me) return <Spinner />;
  // Loaded only once the person is known: what is read is then also kept on their device.
  return <CaptureLoader id={id} userId={me.id} schoolId={frameworkSchool(me, 'observer')} />;
}

function CaptureLoader({ id, userId, schoolId }: { id: string; userId: string; schoolId: string | null }) {
  const { t } = useTranslation('observations');
  const observation = useObservation(id, userId);
  useKeepOnDevice(userId, `observation:${id}`, observation.data);

  if (observation.isPending) return <Spinner />;
  if (observation.isError) {
    return isApiError(observation.error, 0) ? (
      <Alert tone="warning">{t('capture.offlineNoCopy')}</Alert>
    ) : (
      <ErrorAlert error={observation.error} onRetry={() => void observation.refetch()} />
    );
  }
  if (observation.data.observer.id !== userId) {
    return <ErrorAlert error={new Error(t('capture.observerOnly'))} />;
  }
  return <Capture visit={observation.data} userId={userId} schoolId={schoolId} />;
}

function Capture({ visit, userId, schoolId }: { visit: Observation; userId: string; schoolId: string | null }) {
  const { t } = useTranslation('observations');
  const notes = useEvidenceNotes(visit.id, { userId });
  const plan = useAttachedPlan(visit.planId, userId);
  const framework = useObservationFramework(schoolId, { userId });
  const index = indexFramework(framework.data);
  const capture = useCapture(visit.id, userId, notes.data?.items);
  useKeepOnDevice(userId, `notes:${visit.id}`, notes.data);
  useKeepOnDevice(userId, `plan:${visit.planId}`, plan.data);
  useKeepOnDevice(userId, `framework:${schoolId ?? 'default'}`, framework.data);
  const counts = { ...(visit.tallies ?? {}), ...capture.pendingTallies };
  const cancelled = visit.status === 'cancelled';

  return (
    <>
      <PageHeader
        title={t('capture.title', { name: visit.teacher.name })}
        back={<Link to={`/observations/${visit.id}`}>{t('capture.back')}</Link>}
      />
      <SyncStatus
        online={capture.online}
        queued={capture.queued}
        refused={capture.refused}
        sending={capture.sending}
        stalled={capture.stalled}
        tallyWaiting={Object.keys(capture.pendingTallies).length > 0}
        onSendNow={() => void capture.flush()}
      />
      {cancelled && <Alert tone="warning">{t('visit.cancelled')}</Alert>}
      {capture.talliesError && (
        <Alert tone="error">
          {capture.talliesError.message || t('capture.refusedGeneric', { status: capture.talliesError.status })}
        </Alert>
      )}

      <div className={visit.planId ? 'capture-layout has-plan' : 'capture-layout'}>
        {visit.planId && (
          <details className="card capture-plan" open data-testid="capture-plan">
            <summary>{plan.data ? t('capture.planNamed', { title: plan.data.title }) : t('visit.plan')}</summary>
            {plan.isPending ? (
              <Spinner />
            ) : plan.isError ? (
              <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
            ) : (
              <PlanView plan={plan.data} headingLevel={3} />
            )}
          </details>
        )}

        <div className="stack">
          <Card title={t('capture.notesTitle')}>
            <NoteComposer
              index={index}
              focusPracticeIds={visit.focusPracticeIds}
              onAdd={capture.addNote}
              disabled={cancelled}
            />
          </Card>
          <Card title={t('capture.tallies')}>
            {framework.isError && <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />}
            <TallyPanel
              index={index}
              focusPracticeIds={visit.focusPracticeIds}
              counts={counts}
              pending={capture.pendingTallies}
              onChange={(lookForId, count) => void capture.tally(lookForId, count)}
            />
          </Card>
          <Card title={t('capture.timeline', { count: capture.notes.length })}>
            {notes.isError && <ErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />}
            <NoteList
              notes={capture.notes}
              index={index}
              onRetry={(clientId) => void capture.retry(clientId)}
              onDiscard={(clientId) => void capture.discard(clientId)}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
