import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Submission } from '#core/contracts/credentials';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Attempts } from '../../features/credentials/Attempts';
import { ReviewForm } from '../../features/credentials/ReviewForm';
import { StatusBadge } from '../../features/credentials/StatusBadge';
import { SubmissionEditor } from '../../features/credentials/SubmissionEditor';
import { useSubmission } from '../../features/credentials/useCredentials';
import { formatDate } from '../../lib/format';
import '../../features/credentials/credentials.css';

/** One submission: its teacher edits and submits; a reviewer scores what was submitted (404 to anyone else). */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('credentials');
  const submission = useSubmission(id);
  return (
    <QueryState query={submission} isEmpty={false} empty={null}>
      {submission.data && <SubmissionView submission={submission.data} />}
      {!submission.data && <Link to="/credentials">{t('catalogue.back')}</Link>}
    </QueryState>
  );
}

function SubmissionView({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation('credentials');
  const owner = submission.draft !== null;
  const editable = owner && (submission.status === 'draft' || submission.status === 'not-yet');
  return (
    <>
      <PageHeader
        title={submission.microCredential.title}
        description={
          <span className="credential-meta">
            {submission.teacher.name} <StatusBadge status={submission.status} />
          </span>
        }
        back={<Link to={submission.canReview ? '/credentials/reviews' : '/credentials'}>{t('catalogue.back')}</Link>}
      />
      <div className="stack">
        {submission.credentialId && (
          <Card title={t('badge.title')} testId="earned-badge">
            {submission.credentialRevokedAt ? (
              <Alert tone="warning">
                {t('badge.revoked', { date: formatDate(submission.credentialRevokedAt, i18n.language) })}
              </Alert>
            ) : (
              <p>{t('badge.description')}</p>
            )}
            <div className="button-row">
              <ButtonLink to={`/credentials/${submission.credentialId}/verify`} variant="primary">
                {t('badge.open')}
              </ButtonLink>
            </div>
          </Card>
        )}
        {submission.status === 'submitted' && owner && <Alert tone="info">{t('editor.underReview')}</Alert>}
        {editable && <SubmissionEditor key={submission.id} submission={submission} />}
        {submission.canReview && <ReviewForm submission={submission} />}
        <Attempts submission={submission} />
      </div>
    </>
  );
}
