import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

/**
 * Says plainly where the evidence is: all on the server, some kept on this device until the
 * network is back, or some refused (kept, see the note).
 */
export function SyncStatus({
  online,
  queued,
  refused,
  sending,
  stalled,
  tallyWaiting,
  onSendNow,
}: {
  online: boolean;
  queued: number;
  refused: number;
  sending: boolean;
  stalled: boolean;
  tallyWaiting: boolean;
  onSendNow: () => void;
}) {
  const { t } = useTranslation('observations');
  const waiting = queued > 0 || tallyWaiting;
  const state = refused > 0 ? 'refused' : waiting ? 'waiting' : 'sent';
  const message =
    refused > 0
      ? t('sync.refused', { count: refused })
      : waiting
        ? online && !stalled
          ? t('sync.sending', { count: queued })
          : t('sync.onDevice', { count: queued })
        : t('sync.allSent');

  return (
    <div className="sync-status" data-testid="sync-status" data-state={state} data-queued={queued}>
      <p role="status">
        {!online && <strong>{t('sync.offline')} </strong>}
        {message}
      </p>
      {waiting && online && (
        <Button variant="secondary" className="btn-small" busy={sending} onClick={onSendNow}>
          {t('sync.sendNow')}
        </Button>
      )}
    </div>
  );
}
