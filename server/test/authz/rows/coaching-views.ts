import { all, only, type RouteRow } from '../matrix-kit';

/** A caseload and action steps are always the caller's own; a school's counts are for its leaders and admins. */
export const coachingViewRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/coaching/caseload',
    request: () => ({ method: 'GET', url: '/api/v1/coaching/caseload' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/action-steps',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/action-steps?teacherId=${t.teacher.id}` }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/schools/:id/observation-metrics',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/schools/${t.school.id}/observation-metrics` }),
    own: only({ admin: 200, leader: 200 }),
    otherTenant: { admin: 404, leader: 404, coach: 404, teacher: 404, facilitator: 404 },
  },
];
