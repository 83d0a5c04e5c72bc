import { useTranslation } from 'react-i18next';
import type { UserStatus } from '#core/domain/roles';
import { Badge } from '../../components/Badge';

const TONE = { active: 'success', invited: 'warning', deactivated: 'danger' } as const;

export function StatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`people:status.${status}`)}</Badge>;
}
