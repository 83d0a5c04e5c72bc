import { notifications } from '../../../src/db/schema';
import type { Tenant } from '../../factories';
import { all, callerUser, type Fixtures, hidden, type RouteRow, unique } from '../matrix-kit';

/** A fresh notification for this person (stored directly: the row is about who may read it, not how it came). */
const notificationFor = async (f: Fixtures, t: Tenant, userId: string) => {
  const [row] = await f.db
    .insert(notifications)
    .values({
      organizationId: t.org.id,
      userId,
      kind: 'observation.feedback-shared',
      params: { observerName: 'Matrix Coach' },
      link: null,
      dedupeKey: `matrix-${unique()}`,
    })
    .returning({ id: notifications.id });
  return row!.id;
};

// Everyone has their own notifications and preferences; someone else's notification is not found.
export const notificationRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/notifications',
    request: () => ({ method: 'GET', url: '/api/v1/notifications?limit=5' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/notifications/:id/read',
    // The caller's own notification; in the other-tenant run, one of that tenant's same-role person.
    request: async (f, t, caller) => ({
      method: 'POST',
      url: `/api/v1/notifications/${await notificationFor(f, t, callerUser(t, caller).id)}/read`,
    }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/notifications/read-all',
    request: () => ({ method: 'POST', url: '/api/v1/notifications/read-all' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/me/notification-preferences',
    request: () => ({ method: 'GET', url: '/api/v1/me/notification-preferences' }),
    own: all(200),
  },
  {
    method: 'PUT',
    path: '/api/v1/me/notification-preferences',
    request: () => ({ method: 'PUT', url: '/api/v1/me/notification-preferences', body: { email: 'daily-digest' } }),
    own: all(200),
  },
];
