import { and, eq, isNull } from 'drizzle-orm';
import { coachingCycleLinks, coachingCycles } from '../../../src/modules/cycles/cycles.table';
import type { Tenant } from '../../factories';
import { all, type Fixtures, freshUser, hidden, only, type RouteRow } from '../matrix-kit';

/**
 * A cycle between the tenant's coach and its teacher, stored directly. A pair has one open cycle
 * at a time, so the pair's open one is closed first: every caller meets a fresh, open cycle.
 */
const buildCycle = async (f: Fixtures, t: Tenant) => {
  await f.db
    .update(coachingCycles)
    .set({ stage: 'closed', outcome: 'Closed for the next matrix row.', closedAt: new Date() })
    .where(
      and(
        eq(coachingCycles.organizationId, t.org.id),
        eq(coachingCycles.coachId, t.coach.id),
        eq(coachingCycles.teacherId, t.teacher.id),
        isNull(coachingCycles.closedAt),
      ),
    );
  const [row] = await f.db
    .insert(coachingCycles)
    .values({
      organizationId: t.org.id,
      coachId: t.coach.id,
      teacherId: t.teacher.id,
      goal: '80 % of students cite evidence in their written answers by March.',
      measure: 'Students citing evidence in the Friday exit ticket.',
      unit: 'percent',
      baselineValue: 35,
      targetValue: 80,
      targetDate: '2099-03-31',
    })
    .returning();
  return row!.id;
};

/** One cycle per tenant for the read-only rows (it may be closed by later rows; reading it does not care). */
const sharedCycles = new Map<string, Promise<string>>();
const sharedCycle = (f: Fixtures, t: Tenant) => {
  if (!sharedCycles.has(t.org.id)) sharedCycles.set(t.org.id, buildCycle(f, t));
  return sharedCycles.get(t.org.id)!;
};

/** A fresh cycle with a link the coach added to the teacher's coach-shared plan. */
const cycleWithLink = async (f: Fixtures, t: Tenant) => {
  const cycleId = await buildCycle(f, t);
  const [link] = await f.db
    .insert(coachingCycleLinks)
    .values({ organizationId: t.org.id, cycleId, kind: 'plan', planId: t.teacherPlan.id, createdBy: t.coach.id })
    .returning();
  return { cycleId, linkId: link!.id };
};

/** Only the cycle's coach and teacher know it exists; everyone else gets 404. */
const pair = (coach: number, teacher: number) => ({ ...all(404), anonymous: 401, coach, teacher });

export const cycleRows: RouteRow[] = [
  {
    method: 'POST',
    path: '/api/v1/cycles',
    // A fresh teacher at the tenant's school each time: the pair has no open cycle yet.
    request: async (f, t) => ({
      method: 'POST',
      url: '/api/v1/cycles',
      body: {
        teacherId: (await freshUser(f, t)).id,
        goal: '80 % of students cite evidence by March.',
        measure: 'Students citing evidence in the exit ticket.',
        baselineValue: 30,
        targetValue: 80,
        targetDate: '2099-03-31',
      },
    }),
    own: only({ coach: 201, leader: 201 }),
    // Another tenant's teacher is not a teacher here.
    otherTenant: { admin: 403, leader: 422, coach: 422, teacher: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/cycles',
    request: () => ({ method: 'GET', url: '/api/v1/cycles?role=coached' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/cycles/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/cycles/${await sharedCycle(f, t)}` }),
    own: pair(200, 200),
    otherTenant: hidden(),
  },
  {
    method: 'PATCH',
    path: '/api/v1/cycles/:id',
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/cycles/${await buildCycle(f, t)}`,
      body: { stage: 'learn' },
    }),
    own: pair(200, 403),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/cycles/:id/sessions',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/cycles/${await buildCycle(f, t)}/sessions`,
      body: { date: '2099-01-10', kind: 'modelling', notes: 'Modelled the routine.' },
    }),
    own: pair(201, 403),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/cycles/:id/checks',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/cycles/${await buildCycle(f, t)}/checks`,
      body: { date: '2099-01-20', value: 55 },
    }),
    own: pair(201, 201),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/cycles/:id/links',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/cycles/${await buildCycle(f, t)}/links`,
      body: { kind: 'plan', targetId: t.teacherPlan.id },
    }),
    own: pair(201, 201),
    otherTenant: hidden(),
  },
  {
    method: 'DELETE',
    path: '/api/v1/cycles/:id/links/:linkId',
    request: async (f, t) => {
      const { cycleId, linkId } = await cycleWithLink(f, t);
      return { method: 'DELETE', url: `/api/v1/cycles/${cycleId}/links/${linkId}` };
    },
    // The coach added it; the teacher may remove any link, since the work is theirs.
    own: pair(204, 204),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/cycles/:id/close',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/cycles/${await buildCycle(f, t)}/close`,
      body: { outcome: 'Reached 78 %.' },
    }),
    own: pair(200, 403),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/cycles/:id/timeline',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/cycles/${await sharedCycle(f, t)}/timeline` }),
    own: pair(200, 200),
    otherTenant: hidden(),
  },
];
