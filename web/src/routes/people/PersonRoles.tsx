import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import type { MembershipDto, UserDto } from '../../features/organizations/types';
import { useUserActions } from '../../features/organizations/useUsers';

export function PersonRoles({ user, canManage }: { user: UserDto; canManage: boolean }) {
  const { t } = useTranslation();
  const { removeRole } = useUserActions(user.id);
  const [removing, setRemoving] = useState<MembershipDto | null>(null);

  const describe = (membership: MembershipDto) =>
    membership.schoolName
      ? t('people:roles.atSchool', { role: t(`common:roles.${membership.role}`), school: membership.schoolName })
      : t(`common:roles.${membership.role}`);

  if (user.roles.length === 0) return <EmptyState title={t('people:roles.none')} />;

  return (
    <>
      <ul className="plain-list">
        {user.roles.map((membership) => (
          <li key={membership.id} className="button-row" style={{ justifyContent: 'space-between' }}>
            <span>{describe(membership)}</span>
            {canManage && (
              <Button
                variant="secondary"
                onClick={() => {
                  removeRole.reset();
                  setRemoving(membership);
                }}
              >
                {t('people:roles.remove')}
                <span className="visually-hidden"> {describe(membership)}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={t('people:roles.removeTitle')}
        confirmLabel={t('people:roles.remove')}
        danger
        busy={removeRole.isPending}
        error={removeRole.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && removeRole.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      >
        <p>{removing ? t('people:roles.removeConfirm', { role: describe(removing), name: user.name }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
