import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { UserDto } from '../../features/organizations/types';
import { useUserActions } from '../../features/organizations/useUsers';

/** Resend an invitation, or switch an account off and on again, always behind a confirmation. */
export function AccountActions({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const { resendInvitation, deactivate, reactivate } = useUserActions(user.id);
  // The confirmation keeps the action chosen when it opened, even after the status changes under it.
  const [confirming, setConfirming] = useState<'deactivate' | 'reactivate' | null>(null);
  const active = confirming ? confirming === 'deactivate' : user.status !== 'deactivated';
  const toggle = active ? deactivate : reactivate;

  return (
    <Card title={t('people:actions.title')}>
      {resendInvitation.isSuccess && <Alert tone="success">{t('people:actions.resent', { email: user.email })}</Alert>}
      {resendInvitation.error ? <ErrorAlert error={resendInvitation.error} /> : null}
      <div className="button-row">
        {user.status === 'invited' && (
          <Button variant="secondary" busy={resendInvitation.isPending} onClick={() => resendInvitation.mutate()}>
            {t('people:actions.resend')}
          </Button>
        )}
        <Button
          variant={active ? 'danger' : 'primary'}
          onClick={() => {
            toggle.reset();
            setConfirming(active ? 'deactivate' : 'reactivate');
          }}
        >
          {t(active ? 'people:actions.deactivate' : 'people:actions.reactivate')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t(active ? 'people:actions.deactivateTitle' : 'people:actions.reactivateTitle', { name: user.name })}
        confirmLabel={t(active ? 'people:actions.deactivate' : 'people:actions.reactivate')}
        danger={active}
        busy={toggle.isPending}
        error={toggle.error}
        onClose={() => setConfirming(null)}
        onConfirm={() => toggle.mutate(undefined, { onSuccess: () => setConfirming(null) })}
      >
        <p>
          {t(active ? 'people:actions.deactivateConfirm' : 'people:actions.reactivateConfirm', { name: user.name })}
        </p>
      </ConfirmDialog>
    </Card>
  );
}
