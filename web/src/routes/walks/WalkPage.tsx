import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Walk } from '#core/contracts/walks';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useMe } from '../../features/identity/useMe';
import { evidenceLabel, gradeBandLabel, subjectLabel } from '../../features/walks/labels';
import { type RoomDraft, RoomForm } from '../../features/walks/RoomForm';
import { useRoomCapture } from '../../features/walks/useRoomCapture';
import { type RoomInput, useCloseWalk, useWalk } from '../../features/walks/useWalks';
import { WalkSummaryCard } from '../../features/walks/WalkSummaryCard';
import '../../features/walks/walks.css';

/** A walk: the capture screen for its walkers while open; otherwise its summary. */
export function WalkPage() {
  const { t } = useTranslation('walks');
  const { id = '' } = useParams();
  const me = useMe().data;
  const walk = useWalk(id);

  if (!me || walk.isPending) return <Spinner />;
  if (walk.isError) return <ErrorAlert error={walk.error} onRetry={() => void walk.refetch()} />;
  if (walk.data.canCapture) return <Capture walk={walk.data} userId={me.id} />;
  return (
    <>
      <PageHeader title={t('walk.title')} back={<Link to="/walks">{t('backToList')}</Link>} />
      <WalkSummaryCard walk={walk.data} headingLevel={2} />
    </>
  );
}

function Capture({ walk, userId }: { walk: Walk; userId: string }) {
  const { t } = useTranslation('walks');
  const navigate = useNavigate();
  const capture = useRoomCapture(walk.id, userId);
  const close = useCloseWalk(walk.id);
  const [editing, setEditing] = useState<RoomDraft | null>(null);
  const [confirming, setConfirming] = useState(false);
  const waiting = capture.pending.filter((p) => !walk.myRooms.some((r) => r.clientId === p.clientId));
  // The server's copy of each room first, then what still waits on this device.
  const mine: { clientId: string; room: RoomInput; waiting: boolean }[] = [
    ...walk.myRooms.map((room) => ({ clientId: room.clientId, room, waiting: false })),
    ...waiting.map((p) => ({ clientId: p.clientId, room: p.room, waiting: true })),
  ];
  const total = walk.roomsVisited + waiting.length;

  return (
    <>
      <PageHeader
        title={t('capture.title')}
        back={<Link to="/walks">{t('backToList')}</Link>}
        description={t('capture.description')}
      />
      <div className="stack">
        <Card>
          <p className="muted small">{t('capture.focus')}</p>
          <p className="walk-figure" data-testid="walk-focus">
            {walk.focus.lookForText}
          </p>
          <p className="muted small">
            {walk.focus.practiceTitle} · {walk.schoolName}
          </p>
          <p role="status" data-testid="rooms-count">
            {t('capture.roomsSoFar', { count: total })}
          </p>
          {!capture.online && <Alert tone="warning">{t('capture.offline')}</Alert>}
          {waiting.length > 0 && capture.online && (
            <Alert tone="info">{t('capture.sending', { count: waiting.length })}</Alert>
          )}
        </Card>

        <Card>
          <RoomForm
            key={editing?.clientId ?? 'new'}
            roomNumber={total + 1}
            editing={editing}
            onSave={capture.save}
            onCancelEdit={() => setEditing(null)}
          />
        </Card>

        {mine.length > 0 && (
          <Card title={t('capture.myRooms')}>
            <p className="muted small">{t('capture.myRoomsHint')}</p>
            <ol className="walk-rooms">
              {mine.map(({ clientId, room, waiting: isWaiting }, index) => (
                <li key={clientId} className="walk-room">
                  <span>
                    <strong>{room.roomLabel || t('capture.room', { number: index + 1 })}</strong>{' '}
                    <span className="muted">
                      · {evidenceLabel(room.evidence, t)}
                      {room.gradeBand ? ` · ${gradeBandLabel(room.gradeBand, t)}` : ''}
                      {room.subject ? ` · ${subjectLabel(room.subject, t)}` : ''}
                    </span>{' '}
                    {isWaiting && <Badge tone="warning">{t('capture.waiting')}</Badge>}
                  </span>
                  {!isWaiting && (
                    <Button variant="ghost" className="btn-small" onClick={() => setEditing({ clientId, room })}>
                      {t('capture.edit')}
                      <span className="visually-hidden">
                        {' '}
                        · {room.roomLabel || t('capture.room', { number: index + 1 })}
                      </span>
                    </Button>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        )}

        <Card title={t('close.title')}>
          <p>{t('close.explain')}</p>
          {total < 5 && <Alert tone="warning">{t('close.tooFew', { count: total, min: 5 })}</Alert>}
          <div className="button-row">
            <Button variant="secondary" onClick={() => setConfirming(true)} disabled={waiting.length > 0}>
              {t('close.button')}
            </Button>
            <Link to={`/walks/${walk.id}/report`}>{t('close.preview')}</Link>
          </div>
        </Card>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('close.confirmTitle')}
        confirmLabel={t('close.confirm')}
        busy={close.isPending}
        error={close.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          // Not mutate's own onSuccess: the closed walk re-renders this page as a summary, unmounting
          // this component before that callback would run; the promise still settles.
          void close
            .mutateAsync()
            .then(() => navigate(`/walks/${walk.id}/report`))
            .catch(() => undefined)
        }
      >
        <p>{t('close.confirmText', { count: walk.roomsVisited })}</p>
      </ConfirmDialog>
    </>
  );
}
