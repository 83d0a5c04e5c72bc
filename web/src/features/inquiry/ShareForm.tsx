import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Inquiry } from '#core/contracts/inquiry';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { useMyCommunities, useShareInquiry } from './useInquiry';

/**
 * Shares the closed inquiry's summary to one of my communities, as a new thread: an explicit choice
 * (nothing of an inquiry leaves its owners otherwise). The thread carries a snapshot of the summary.
 */
export function ShareForm({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation('inquiry');
  const communities = useMyCommunities(true);
  const share = useShareInquiry(inquiry);
  const [communityId, setCommunityId] = useState('');
  const [body, setBody] = useState(inquiry.summary ?? '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!communityId || !body.trim()) return;
    share.mutate({ communityId, body: body.trim() });
  }

  if (share.data)
    return (
      <Alert tone="success">
        {t('share.done')} <Link to={`/communities/threads/${share.data.threadId}`}>{t('share.open')}</Link>
      </Alert>
    );

  const options = (communities.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <form className="form stack" noValidate onSubmit={onSubmit} data-testid="inquiry-share-form">
      {share.error ? <ErrorAlert error={share.error} /> : null}
      <p className="field-hint">{t('share.hint')}</p>
      <Select
        label={t('share.community')}
        placeholder={options.length === 0 ? t('share.noCommunities') : t('share.choose')}
        options={options}
        value={communityId}
        onChange={(e) => setCommunityId(e.target.value)}
        disabled={options.length === 0}
      />
      <TextArea label={t('share.body')} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      <FormActions busy={share.isPending} submitLabel={t('share.submit')} />
    </form>
  );
}
