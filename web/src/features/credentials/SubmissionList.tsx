import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SubmissionSummary } from '#core/contracts/credentials';
import { Badge } from '../../components/Badge';
import { formatDate } from '../../lib/format';
import { StatusBadge } from './StatusBadge';

/** My submissions, or the reviewer queue: each opens the submission page. */
export function SubmissionList({ items, showTeacher }: { items: SubmissionSummary[]; showTeacher?: boolean }) {
  const { t, i18n } = useTranslation('credentials');
  return (
    <ul className="credential-list">
      {items.map((s) => (
        <li key={s.id} className="credential-list-item">
          <Link to={`/credentials/submissions/${s.id}`}>{s.title}</Link>
          <span className="credential-meta">
            {showTeacher && <span>{s.teacherName}</span>}
            <StatusBadge status={s.status} />
            {s.credentialRevokedAt && <Badge tone="danger">{t('badge.revokedShort')}</Badge>}
            <span>{t('list.attempts', { count: s.attempts })}</span>
            <span>{formatDate(s.updatedAt, i18n.language)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
