import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useUnreadCount } from './useNotifications';

/** The header's way to the notifications page (a direct child of the header row), with the unread count in its accessible name. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const label = count > 0 ? t('notifications:bell.unread', { count }) : t('notifications:bell.label');
  return (
    <NavLink
      to="/notifications"
      className="btn btn-ghost notifications-bell"
      aria-label={label}
      title={label}
      data-testid="notifications-bell"
    >
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {count > 0 && (
        <span className="badge badge-danger notifications-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
