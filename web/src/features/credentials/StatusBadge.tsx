import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '#core/contracts/credentials';
import { Badge } from '../../components/Badge';

const TONES = { draft: 'neutral', submitted: 'info', 'not-yet': 'warning', earned: 'success' } as const;

export function StatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation('credentials');
  return <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>;
}
