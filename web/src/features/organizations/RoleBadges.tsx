import { useTranslation } from 'react-i18next';
import type { Role } from '#core/domain/roles';
import { Badge } from '../../components/Badge';

interface RoleBadgesProps {
  roles: readonly { role: Role; schoolName?: string | null }[];
  withSchool?: boolean;
}

export function RoleBadges({ roles, withSchool }: RoleBadgesProps) {
  const { t } = useTranslation();
  return (
    <span className="badge-list">
      {roles.map((entry) => (
        <Badge key={`${entry.role}-${entry.schoolName ?? ''}`} tone="info">
          {t(`common:roles.${entry.role}`)}
          {withSchool && entry.schoolName ? ` · ${entry.schoolName}` : ''}
        </Badge>
      ))}
    </span>
  );
}
