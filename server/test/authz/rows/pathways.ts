import { pathwayEnrolments, pathwaySteps, pathways } from '../../../src/modules/pathways/pathways.table';
import type { Tenant } from '../../factories';
import { all, type Caller, callerUser, type Fixtures, hidden, only, type RouteRow } from '../matrix-kit';

/** A pathway of the tenant's coach, stored directly: one built-in card step and one task. */
const buildPathway = async (f: Fixtures, t: Tenant, status: 'draft' | 'published' = 'published') => {
  const [row] = await f.db
    .insert(pathways)
    .values({
      organizationId: t.org.id,
      createdBy: t.coach.id,
      title: { en: 'Matrix pathway' },
      audience: 'new_teachers',
      status,
    })
    .returning();
  const steps = await f.db
    .insert(pathwaySteps)
    .values([
      { organizationId: t.org.id, pathwayId: row!.id, position: 0, kind: 'card', cardSlug: 'exit-tickets' },
      {
        organizationId: t.org.id,
        pathwayId: row!.id,
        position: 1,
        kind: 'task',
        title: { en: 'Try it' },
        instructions: { en: 'Plan a lesson with it.' },
      },
    ])
    .returning();
  return { id: row!.id, stepId: steps[0]!.id };
};
const shared = new Map<string, ReturnType<typeof buildPathway>>();
const sharedPathway = (f: Fixtures, t: Tenant) => {
  if (!shared.has(t.org.id)) shared.set(t.org.id, buildPathway(f, t));
  return shared.get(t.org.id)!;
};

/** A fresh published pathway the caller follows (anonymous: the tenant's teacher does). */
const followed = async (f: Fixtures, t: Tenant, caller: Caller) => {
  const pathway = await buildPathway(f, t);
  await f.db
    .insert(pathwayEnrolments)
    .values({ organizationId: t.org.id, pathwayId: pathway.id, userId: callerUser(t, caller).id });
  return pathway;
};

const body = {
  title: { en: 'Matrix', es: 'Matriz' },
  audience: 'teachers',
  steps: [{ kind: 'card', cardId: 'exit-tickets' }],
};
/** Its editors: district admins, and the coach who wrote it. */
const editors = (status: number, otherwise = 403) => only({ admin: status, coach: status }, otherwise);
const learners = (status: number) => only({ admin: status, leader: status, coach: status, teacher: status });

export const pathwayRows: RouteRow[] = [
  {
    method: 'GET',
    path: '/api/v1/pathways',
    request: () => ({ method: 'GET', url: '/api/v1/pathways' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/pathways',
    request: () => ({ method: 'POST', url: '/api/v1/pathways', body }),
    own: only({ admin: 201, leader: 201, coach: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/pathways/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/pathways/${(await sharedPathway(f, t)).id}` }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/pathways/:id',
    request: async (f, t) => ({ method: 'PUT', url: `/api/v1/pathways/${(await buildPathway(f, t)).id}`, body }),
    own: editors(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/pathways/:id/status',
    // A draft: only its editors know it exists.
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/pathways/${(await buildPathway(f, t, 'draft')).id}/status`,
      body: { status: 'published' },
    }),
    own: editors(200, 404),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/pathways/:id/enrolment',
    request: async (f, t) => ({ method: 'POST', url: `/api/v1/pathways/${(await buildPathway(f, t)).id}/enrolment` }),
    own: learners(201),
    otherTenant: hidden(),
  },
  {
    method: 'DELETE',
    path: '/api/v1/pathways/:id/enrolment',
    request: async (f, t) => ({
      method: 'DELETE',
      url: `/api/v1/pathways/${(await sharedPathway(f, t)).id}/enrolment`,
    }),
    own: learners(204),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/pathways/:id/enrolments',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/pathways/${(await buildPathway(f, t)).id}/enrolments`,
      body: { userIds: [t.teacher.id] },
    }),
    own: editors(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/pathways/:id/progress',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/pathways/${(await sharedPathway(f, t)).id}/progress` }),
    own: editors(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/pathways/:id/steps/:stepId/completion',
    request: async (f, t, caller) => {
      const { id, stepId } = await followed(f, t, caller);
      return { method: 'PUT', url: `/api/v1/pathways/${id}/steps/${stepId}/completion`, body: { note: 'Done.' } };
    },
    own: learners(200),
    otherTenant: hidden(),
  },
  {
    method: 'DELETE',
    path: '/api/v1/pathways/:id/steps/:stepId/completion',
    request: async (f, t, caller) => {
      const { id, stepId } = await followed(f, t, caller);
      return { method: 'DELETE', url: `/api/v1/pathways/${id}/steps/${stepId}/completion` };
    },
    own: learners(200),
    otherTenant: hidden(),
  },
];
