import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCalendarFeed } from './useMeetings';

/** Makes (or rotates) a subscribe URL for a calendar app: the team's meetings, or the reader's own. */
export function CalendarSubscribe({ teamId }: { teamId?: string }) {
  const { t } = useTranslation('meetings');
  const feed = useCalendarFeed();
  return (
    <div className="stack">
      <p className="muted">{t('calendar.what')}</p>
      <div className="button-row">
        <Button variant="secondary" busy={feed.isPending} onClick={() => feed.mutate(teamId)}>
          {feed.data ? t('calendar.rotate') : t('calendar.create')}
        </Button>
      </div>
      {feed.error ? <ErrorAlert error={feed.error} /> : null}
      {feed.data && (
        <p>
          <code style={{ overflowWrap: 'anywhere' }}>{feed.data.url}</code> <CopyButton value={feed.data.url} />
          <br />
          <span className="muted">{t('calendar.secret')}</span>
        </p>
      )}
    </div>
  );
}
