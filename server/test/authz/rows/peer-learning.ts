import { peerOffers, peerRequests } from '../../../src/modules/peer-learning/peer-learning.table';
import type { Tenant } from '../../factories';
import { all, type Fixtures, freshUser, hidden, only, type RouteRow } from '../matrix-kit';

/** A fresh teacher of the tenant with an open offer on questioning. */
const offering = async (f: Fixtures, t: Tenant) => {
  const user = await freshUser(f, t);
  await f.db
    .insert(peerOffers)
    .values({ organizationId: t.org.id, userId: user.id, practiceTags: ['questioning'], open: true });
  return user;
};

/** A fresh pending request between the tenant's teacher and a fresh colleague: `to` the teacher, or from them. */
const pending = async (f: Fixtures, t: Tenant, teacherIs: 'to' | 'from') => {
  const colleague = await freshUser(f, t);
  const [fromUserId, toUserId] = teacherIs === 'to' ? [colleague.id, t.teacher.id] : [t.teacher.id, colleague.id];
  const [row] = await f.db
    .insert(peerRequests)
    .values({ organizationId: t.org.id, fromUserId, toUserId, practiceTag: 'questioning', message: 'May I visit?' })
    .returning();
  return row!.id;
};

/** Only the two people of a request see it: everyone else, admins included, is told it does not exist. */
const onlyTeacher = (status: number) => ({ ...all(404), anonymous: 401, teacher: status });
const askers = { ...hidden(), admin: 403, leader: 403, facilitator: 403 };

export const peerLearningRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/me/peer-offer',
    request: () => ({ method: 'GET', url: '/api/v1/me/peer-offer' }),
    own: all(200),
  },
  {
    method: 'PUT',
    path: '/api/v1/me/peer-offer',
    request: () => ({
      method: 'PUT',
      url: '/api/v1/me/peer-offer',
      body: { practiceTags: ['questioning', 'closure'], note: 'Visitors welcome.', open: true },
    }),
    own: only({ teacher: 200, coach: 200 }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/me/peer-offer',
    request: () => ({ method: 'DELETE', url: '/api/v1/me/peer-offer' }),
    own: only({ teacher: 204, coach: 204 }),
  },
  {
    method: 'GET',
    path: '/api/v1/peer-requests',
    request: () => ({ method: 'GET', url: '/api/v1/peer-requests' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/peer-requests',
    // To a fresh colleague with an open offer; another district's colleague is "not found".
    request: async (f, t) => ({
      method: 'POST',
      url: '/api/v1/peer-requests',
      body: { toUserId: (await offering(f, t)).id, practiceTag: 'questioning', message: 'Could I visit your class?' },
    }),
    own: only({ teacher: 201, coach: 201 }),
    otherTenant: askers,
  },
  ...(['accept', 'decline'] as const).map(
    (action): RouteRow => ({
      method: 'POST',
      path: `/api/v1/peer-requests/:id/${action}`,
      request: async (f, t) => ({
        method: 'POST',
        url: `/api/v1/peer-requests/${await pending(f, t, 'to')}/${action}`,
      }),
      own: onlyTeacher(200),
      otherTenant: hidden(),
    }),
  ),
  {
    method: 'POST',
    path: '/api/v1/peer-requests/:id/withdraw',
    request: async (f, t) => ({ method: 'POST', url: `/api/v1/peer-requests/${await pending(f, t, 'from')}/withdraw` }),
    own: onlyTeacher(200),
    otherTenant: hidden(),
  },
];
