import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InquirySummary } from '#core/contracts/inquiry';
import { Badge } from '../../components/Badge';

/** Inquiries as a list: the question, the stage, a team's name, and a nudge when open over three weeks. */
export function InquiryList({ inquiries }: { inquiries: InquirySummary[] }) {
  const { t } = useTranslation('inquiry');
  return (
    <ul className="cycle-list" data-testid="inquiry-list">
      {inquiries.map((inquiry) => (
        <li key={inquiry.id} className="cycle-list-item">
          <Link to={`/inquiry/${inquiry.id}`}>
            <strong>{inquiry.question}</strong>
          </Link>{' '}
          <Badge tone={inquiry.closedAt ? 'neutral' : 'info'}>{t(`stage.${inquiry.stage}`)}</Badge>
          {inquiry.stale && <Badge tone="warning">{t('list.stale')}</Badge>}
          {inquiry.team && <p className="muted small">{t('list.team', { name: inquiry.team.name })}</p>}
        </li>
      ))}
    </ul>
  );
}
