import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LinkifiedText } from '../../components/LinkifiedText';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { type OutboxMessageDto, useOutbox } from '../../features/notifications/useOutbox';
import { useFormatDate } from '../../lib/format';

/** Mail kept in the app when no SMTP server is configured: invitation and reset links are read here. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { items, query } = useOutbox();

  return (
    <>
      <PageHeader title={t('outbox:title')} description={t('outbox:description')} />
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('outbox:empty')} />}>
        <div className="stack">
          {items.map((message) => (
            <OutboxItem key={message.id} message={message} />
          ))}
        </div>
        <LoadMore query={query} />
      </QueryState>
    </>
  );
}

function OutboxItem({ message }: { message: OutboxMessageDto }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const status = message.error ? (
    <Badge tone="danger">{t('outbox:status.failed')}</Badge>
  ) : message.sentAt ? (
    <Badge tone="success">{t('outbox:status.sent', { when: format.dateTime(message.sentAt) })}</Badge>
  ) : (
    <Badge tone="warning">{t('outbox:status.kept')}</Badge>
  );

  return (
    <Card title={message.subject} actions={status}>
      <dl className="details-list">
        <dt>{t('outbox:fields.to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('outbox:fields.created')}</dt>
        <dd>{format.dateTime(message.createdAt)}</dd>
        {message.error && (
          <>
            <dt>{t('outbox:fields.error')}</dt>
            <dd>{message.error}</dd>
          </>
        )}
      </dl>
      <div className="message-text">
        <LinkifiedText text={message.text} />
      </div>
    </Card>
  );
}
