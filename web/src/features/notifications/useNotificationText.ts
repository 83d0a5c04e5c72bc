import { useTranslation } from 'react-i18next';
import type { Notification } from '#core/contracts/notifications';
import { formatDay } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';

/**
 * The sentence for a notification, in the reader's language: instants in their own time zone,
 * plain days (follow-up dates) as calendar days.
 */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  return (notification: Notification) => {
    const p = notification.params;
    const values = {
      ...p,
      scheduledAt: typeof p.scheduledAt === 'string' ? formatDateTime(p.scheduledAt, i18n.language) : '',
      followUpDue:
        typeof p.followUpDue === 'string' ? formatDay(p.followUpDue, i18n.language, { dateStyle: 'medium' }) : '',
      date: typeof p.date === 'string' ? formatDay(p.date, i18n.language, { dateStyle: 'medium' }) : '',
      dueDate: typeof p.dueDate === 'string' ? formatDay(p.dueDate, i18n.language, { dateStyle: 'medium' }) : '',
    };
    return t(`notifications:kinds.${notification.kind}`, values);
  };
}
