import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { IssuedSummary } from '#core/contracts/credentials';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { TextArea } from '../../components/TextArea';
import { useIssued, useRevoke } from '../../features/credentials/useCredentials';
import { formatDate } from '../../lib/format';
import { useFormErrors } from '../../lib/useFormErrors';
import '../../features/credentials/credentials.css';

/** District admins: the district's issued badges, and revoking one with a reason (audited). */
export function IssuedPage() {
  const { t, i18n } = useTranslation('credentials');
  const issued = useIssued();
  const [revoking, setRevoking] = useState<IssuedSummary | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('issued.title')}
        description={t('issued.description')}
        back={<Link to="/credentials">{t('catalogue.back')}</Link>}
      />
      <div className="stack">
        {done && <Alert tone="success">{done}</Alert>}
        <Card testId="issued-list">
          <QueryState
            query={issued}
            isEmpty={(issued.data?.items.length ?? 0) === 0}
            empty={<EmptyState title={t('issued.empty')} />}
          >
            <ul className="credential-list">
              {(issued.data?.items ?? []).map((item) => (
                <li key={item.id} className="credential-list-item" data-testid={`issued-${item.id}`}>
                  <span>
                    <Link to={`/credentials/${item.id}/verify`}>{item.title}</Link> · {item.earnerName}
                  </span>
                  <span className="credential-meta">
                    <span>{t('issued.issuedOn', { date: formatDate(item.issuedAt, i18n.language) })}</span>
                    {item.revokedAt ? (
                      <>
                        <Badge tone="danger">
                          {t('issued.revokedOn', { date: formatDate(item.revokedAt, i18n.language) })}
                        </Badge>
                        {item.revocationReason && <span>{item.revocationReason}</span>}
                      </>
                    ) : (
                      <Button
                        variant="danger"
                        aria-label={t('issued.revokeLabel', { title: item.title, name: item.earnerName })}
                        onClick={() => setRevoking(item)}
                      >
                        {t('issued.revoke')}
                      </Button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </QueryState>
        </Card>
      </div>
      {revoking && (
        <RevokeDialog
          item={revoking}
          onClose={() => setRevoking(null)}
          onDone={() => {
            setDone(t('issued.done', { title: revoking.title, name: revoking.earnerName }));
            setRevoking(null);
          }}
        />
      )}
    </>
  );
}

function RevokeDialog({ item, onClose, onDone }: { item: IssuedSummary; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('credentials');
  const revoke = useRevoke();
  const [reason, setReason] = useState('');
  const { errorFor, validate } = useFormErrors(revoke.error);
  function confirm() {
    const ok = validate(document.querySelector('#revoke-form'), (errors) => {
      if (!reason.trim()) errors.reason = 'common:validation.required';
    });
    if (ok) revoke.mutate({ id: item.id, reason: reason.trim() }, { onSuccess: onDone });
  }
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('issued.dialogTitle', { title: item.title, name: item.earnerName })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('issued.cancel')}
          </Button>
          <Button variant="danger" busy={revoke.isPending} onClick={confirm}>
            {t('issued.confirm')}
          </Button>
        </>
      }
    >
      <form
        id="revoke-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <p>{t('issued.explain')}</p>
        <TextArea
          id="revoke-reason"
          label={t('issued.reason')}
          hint={t('issued.reasonHint')}
          required
          autoFocus
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errorFor('reason')}
        />
        {revoke.error && !errorFor('reason') ? <ErrorAlert error={revoke.error} /> : null}
      </form>
    </Dialog>
  );
}
