import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Notification } from '#core/contracts/notifications';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMarkAllRead, useMarkRead, useNotificationList } from '../../features/notifications/useNotifications';
import { useNotificationText } from '../../features/notifications/useNotificationText';
import { useFormatDate } from '../../lib/format';

/** Everything Conecta told me, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { items, unreadCount, query } = useNotificationList();
  const markAll = useMarkAllRead();
  const markRead = useMarkRead();

  return (
    <>
      <PageHeader
        title={t('notifications:title')}
        description={
          <>
            {t('notifications:description')}{' '}
            <Link to="/settings#notification-preferences">{t('notifications:settingsLink')}</Link>
          </>
        }
        actions={
          unreadCount > 0 ? (
            <Button variant="secondary" busy={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('notifications:actions.markAllRead')}
            </Button>
          ) : null
        }
      />
      {markAll.isError ? <ErrorAlert error={markAll.error} /> : null}
      {markRead.isError ? <ErrorAlert error={markRead.error} /> : null}
      <p className="muted" role="status">
        {query.isSuccess ? t('notifications:unreadSummary', { count: unreadCount }) : ''}
      </p>
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        empty={<EmptyState title={t('notifications:empty')}>{t('notifications:emptyHint')}</EmptyState>}
      >
        <div className="stack">
          {items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onRead={() => markRead.mutate(notification.id)}
              busy={markRead.isPending && markRead.variables === notification.id}
            />
          ))}
        </div>
        <LoadMore query={query} />
      </QueryState>
    </>
  );
}

function NotificationItem({
  notification,
  onRead,
  busy,
}: {
  notification: Notification;
  onRead: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const text = useNotificationText();
  const format = useFormatDate();
  const unread = notification.readAt === null;
  const textId = useId();
  return (
    <article className="card" data-testid="notification" aria-labelledby={textId}>
      <p id={textId}>
        {unread && (
          <>
            <Badge tone="info">{t('notifications:unread')}</Badge>{' '}
          </>
        )}
        {unread ? <strong>{text(notification)}</strong> : text(notification)}
      </p>
      <p className="muted">
        <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
      </p>
      <div className="button-row">
        {notification.link && (
          <Link
            className="btn btn-secondary"
            to={notification.link}
            aria-describedby={textId}
            onClick={() => unread && onRead()}
          >
            {t('notifications:actions.open')}
          </Link>
        )}
        {unread && (
          <Button variant="ghost" busy={busy} onClick={onRead} aria-describedby={textId}>
            {t('notifications:actions.markRead')}
          </Button>
        )}
      </div>
    </article>
  );
}
