import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Inquiry } from '#core/contracts/inquiry';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CloseForm } from '../../features/inquiry/CloseForm';
import { InquiryStepper } from '../../features/inquiry/InquiryStepper';
import { LinkForm } from '../../features/inquiry/LinkForm';
import { PlanForm } from '../../features/inquiry/PlanForm';
import { ResultForm } from '../../features/inquiry/ResultForm';
import { ShareForm } from '../../features/inquiry/ShareForm';
import { StageControls } from '../../features/inquiry/StageControls';
import { Timeline } from '../../features/inquiry/Timeline';
import { useInquiry } from '../../features/inquiry/useInquiry';
import '../../features/cycles/cycles.css';
import '../../features/inquiry/inquiry.css';

/** One inquiry, for its owner (and team): the server answers 404 to anyone else. */
export function InquiryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('inquiry');
  const inquiry = useInquiry(id);
  return (
    <QueryState query={inquiry} isEmpty={false} empty={null}>
      {inquiry.data && <InquiryView key={inquiry.data.id} inquiry={inquiry.data} />}
      {!inquiry.data && <Link to="/inquiry">{t('list.back')}</Link>}
    </QueryState>
  );
}

function InquiryView({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation('inquiry');
  const open = inquiry.closedAt === null;
  return (
    <>
      <PageHeader
        title={inquiry.question}
        description={inquiry.team ? t('page.team', { name: inquiry.team.name }) : t('page.private')}
        back={<Link to="/inquiry">{t('list.back')}</Link>}
      />
      {inquiry.stale && <p className="alert alert-warning">{t('page.stale')}</p>}
      <div className="cycle-layout">
        <Card title={t('stage.title')}>
          <InquiryStepper stage={inquiry.stage} />
          {open && <StageControls inquiry={inquiry} />}
        </Card>
        {inquiry.focusPractice && (
          <Card title={t('page.focus')}>
            <p>{inquiry.focusPractice.title}</p>
          </Card>
        )}
        <Card title={t('plan.title')} testId="inquiry-plan">
          <PlanForm inquiry={inquiry} open={open} />
        </Card>
        {open && (
          <Card title={t('links.title')}>
            <LinkForm inquiry={inquiry} />
          </Card>
        )}
        <Card title={t('timeline.title')}>
          <Timeline inquiry={inquiry} open={open} />
        </Card>
        <Card title={t('result.title')} testId="inquiry-result">
          <ResultForm inquiry={inquiry} open={open} />
        </Card>
        {open ? (
          <Card title={t('close.title')}>
            <CloseForm inquiry={inquiry} />
          </Card>
        ) : (
          <>
            <Card title={t('close.summaryTitle')} testId="inquiry-summary">
              <p className="cycle-event-text">{inquiry.summary}</p>
            </Card>
            <Card title={t('share.title')}>
              <ShareForm inquiry={inquiry} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
