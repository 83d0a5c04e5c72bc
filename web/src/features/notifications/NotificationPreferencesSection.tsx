import { useTranslation } from 'react-i18next';
import { EMAIL_PREFERENCES, type EmailPreference } from '#core/contracts/notifications';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { useNotificationPreferences, useSaveNotificationPreferences } from './useNotifications';

/** Settings: how notifications also arrive by email. The app always shows them. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  return (
    <Card title={t('notifications:preferences.title')} testId="notification-preferences" id="notification-preferences">
      <p className="muted">{t('notifications:preferences.description')}</p>
      {preferences.isPending ? (
        <Spinner />
      ) : preferences.isError ? (
        <ErrorAlert error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <>
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <Select
            label={t('notifications:preferences.label')}
            options={EMAIL_PREFERENCES.map((value) => ({
              value,
              label: t(`notifications:preferences.options.${value}`),
            }))}
            value={save.isPending && save.variables ? save.variables.email : preferences.data.email}
            disabled={save.isPending}
            onChange={(event) => save.mutate({ email: event.target.value as EmailPreference })}
          />
          <p className="muted" role="status">
            {save.isSuccess ? t('notifications:preferences.saved') : ''}
          </p>
        </>
      )}
    </Card>
  );
}
