import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PeerRequest } from '#core/contracts/peer-learning';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useAnswerPeerRequest, usePeerRequests } from '../../features/peer-learning/usePeerLearning';
import { useFormatDate } from '../../lib/format';
import '../../features/peer-learning/peer-learning.css';

const TONE = { pending: 'info', accepted: 'success', declined: 'neutral', withdrawn: 'neutral' } as const;

/** Learning requests: those asked of me (accept, decline) and those I sent (withdraw); emails once accepted. */
export function PeerRequestsPage() {
  const { t } = useTranslation('peer-learning');
  const list = usePeerRequests();
  const answer = useAnswerPeerRequest();
  const incoming = list.data?.incoming ?? [];
  const outgoing = list.data?.outgoing ?? [];
  return (
    <>
      <PageHeader title={t('requests.title')} description={t('requests.description')} />
      {answer.isError ? <ErrorAlert error={answer.error} /> : null}
      <QueryState query={list} isEmpty={false} empty={null}>
        <div className="stack">
          <Card title={t('requests.incoming')} testId="incoming-requests">
            {incoming.length === 0 ? (
              <EmptyState title={t('requests.noIncoming')}>
                <Link to="/settings#peer-offer">{t('requests.noIncomingHint')}</Link>
              </EmptyState>
            ) : (
              <RequestItems items={incoming} answer={answer} />
            )}
          </Card>
          <Card title={t('requests.outgoing')} testId="outgoing-requests">
            {outgoing.length === 0 ? (
              <EmptyState title={t('requests.noOutgoing')}>{t('requests.noOutgoingHint')}</EmptyState>
            ) : (
              <RequestItems items={outgoing} answer={answer} />
            )}
          </Card>
          <p>
            <Link to="/settings#peer-offer">{t('requests.offerLink')}</Link>
          </p>
        </div>
      </QueryState>
    </>
  );
}

function RequestItems({ items, answer }: { items: PeerRequest[]; answer: ReturnType<typeof useAnswerPeerRequest> }) {
  const { t } = useTranslation('peer-learning');
  const format = useFormatDate();
  const busy = (id: string, action: string) =>
    answer.isPending && answer.variables?.id === id && answer.variables.action === action;
  // The buttons disappear once answered: keyboard focus moves to the request's heading, not to the page.
  const act = (id: string, action: 'accept' | 'decline' | 'withdraw') =>
    answer.mutate({ id, action }, { onSettled: () => document.getElementById(`peer-request-${id}`)?.focus() });
  return (
    <ul className="plain-list stack">
      {items.map((request) => {
        const name = request.person.name;
        return (
          <li key={request.id} className="stack" data-testid="peer-request" data-id={request.id}>
            {/* Focusable so focus can land here when the buttons below go away after an answer. */}
            <h3 id={`peer-request-${request.id}`} tabIndex={-1}>
              {t(request.direction === 'incoming' ? 'requests.from' : 'requests.to', { name })}
            </h3>
            <p className="muted small">
              {t('requests.about', {
                practice: t(`library:practices.${request.practiceTag}`, { defaultValue: request.practiceTag }),
              })}{' '}
              · {t('requests.sentOn', { date: format.date(request.createdAt) })}{' '}
              <Badge tone={TONE[request.status]}>
                <span data-testid="peer-request-status">{t(`requests.status.${request.status}`)}</span>
              </Badge>
            </p>
            <p className="peer-message">{request.message}</p>
            {request.person.email && (
              <p data-testid="peer-request-email">
                {t('requests.email')} <a href={`mailto:${request.person.email}`}>{request.person.email}</a>
              </p>
            )}
            {request.status === 'pending' && (
              <div className="button-row">
                {request.direction === 'incoming' ? (
                  <>
                    <Button
                      busy={busy(request.id, 'accept')}
                      aria-label={t('requests.acceptLabel', { name })}
                      onClick={() => act(request.id, 'accept')}
                    >
                      {t('requests.accept')}
                    </Button>
                    <Button
                      variant="secondary"
                      busy={busy(request.id, 'decline')}
                      aria-label={t('requests.declineLabel', { name })}
                      onClick={() => act(request.id, 'decline')}
                    >
                      {t('requests.decline')}
                    </Button>
                  </>
                ) : (
                  <Button
                    variant="secondary"
                    busy={busy(request.id, 'withdraw')}
                    aria-label={t('requests.withdrawLabel', { name })}
                    onClick={() => act(request.id, 'withdraw')}
                  >
                    {t('requests.withdraw')}
                  </Button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
