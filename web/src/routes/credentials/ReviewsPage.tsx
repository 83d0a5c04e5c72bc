import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SubmissionList } from '../../features/credentials/SubmissionList';
import { useReviewQueue } from '../../features/credentials/useCredentials';
import '../../features/credentials/credentials.css';

/** Submissions waiting in the district, oldest first; never the reviewer's own. */
export function ReviewsPage() {
  const { t } = useTranslation('credentials');
  const queue = useReviewQueue();
  return (
    <>
      <PageHeader
        title={t('review.queue')}
        description={t('review.queueDescription')}
        back={<Link to="/credentials">{t('catalogue.back')}</Link>}
      />
      <Card title={t('review.waiting')} testId="review-queue">
        <QueryState
          query={queue}
          isEmpty={(queue.data?.items.length ?? 0) === 0}
          empty={<EmptyState title={t('review.empty')} />}
        >
          <SubmissionList items={queue.data?.items ?? []} showTeacher />
        </QueryState>
      </Card>
    </>
  );
}
