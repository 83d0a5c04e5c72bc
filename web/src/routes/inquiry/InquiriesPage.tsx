import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { InquiryList } from '../../features/inquiry/InquiryList';
import { useInquiryList } from '../../features/inquiry/useInquiry';
import '../../features/cycles/cycles.css';
import '../../features/inquiry/inquiry.css';

/** My inquiries (and my teams'): open ones first, then the closed. Nobody else sees them. */
export function InquiriesPage() {
  const { t } = useTranslation('inquiry');
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <ButtonLink to="/inquiry/new" variant="primary">
            {t('start.action')}
          </ButtonLink>
        }
      />
      <div className="cycle-layout">
        <Section status="open" title={t('list.open')} empty={t('list.emptyOpen')} />
        <Section status="closed" title={t('list.closed')} empty={t('list.emptyClosed')} />
      </div>
    </>
  );
}

function Section({ status, title, empty }: { status: 'open' | 'closed'; title: string; empty: string }) {
  const { items, query } = useInquiryList(status);
  return (
    <Card title={title} testId={`inquiries-${status}`}>
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={empty} />}>
        <InquiryList inquiries={items} />
        <LoadMore query={query} />
      </QueryState>
    </Card>
  );
}
