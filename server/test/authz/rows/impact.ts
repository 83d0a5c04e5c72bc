import { impactPulses, initiatives } from '../../../src/modules/impact/impact.table';
import type { Tenant } from '../../factories';
import { all, builtInPractice, type Fixtures, hidden, only, type RouteRow } from '../matrix-kit';

/** A fresh school year per created initiative, so the three-active-a-year rule never decides a row. */
let year = 2100;
const nextYear = () => {
  year += 1;
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
};

/** An initiative over all the tenant's schools, stored directly, one per tenant. */
const built = new Map<string, Promise<string>>();
const initiative = (f: Fixtures, t: Tenant) => {
  if (!built.has(t.org.id))
    built.set(
      t.org.id,
      builtInPractice(f).then(async (practiceId) => {
        const [row] = await f.db
          .insert(initiatives)
          .values({
            organizationId: t.org.id,
            schoolYear: '2099-00',
            name: { en: 'Matrix initiative' },
            targetPracticeIds: [practiceId],
            scope: { allSchools: true, schoolIds: [], teamIds: [] },
            createdBy: t.admin.id,
          })
          .returning();
        return row!.id;
      }),
    );
  return built.get(t.org.id)!;
};

/** A pulse open for ever, fresh per call: each person answers a pulse once. */
const openPulse = async (f: Fixtures, t: Tenant) => {
  const [row] = await f.db
    .insert(impactPulses)
    .values({
      organizationId: t.org.id,
      initiativeId: await initiative(f, t),
      itemIds: ['reaction.worth-time', 'efficacy.confident', 'support.time'],
      opensOn: '2000-01-01',
      closesOn: '2999-12-31',
    })
    .returning();
  return row!.id;
};

/** Admins manage; the school's leader reads the dashboard; teachers and coaches only know it exists. */
const adminOnly = (status: number) => ({ ...only({ admin: status }), facilitator: 404 });
const dashboards = { ...only({ admin: 200, leader: 200 }), facilitator: 404 };

export const impactRows: RouteRow[] = [
  {
    method: 'POST',
    path: '/api/v1/initiatives',
    request: async (f) => ({
      method: 'POST',
      url: '/api/v1/initiatives',
      body: {
        schoolYear: nextYear(),
        name: { en: 'Questioning' },
        targetPracticeIds: [await builtInPractice(f)],
        scope: { allSchools: true, schoolIds: [], teamIds: [] },
        targets: [{ level: 5, metricId: 'l5.assessment-results', value: 0.7, byDate: '2101-06-30' }],
      },
    }),
    own: only({ admin: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/initiatives',
    request: () => ({ method: 'GET', url: '/api/v1/initiatives' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/initiatives/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/initiatives/${await initiative(f, t)}` }),
    own: { ...all(200), facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'PATCH',
    path: '/api/v1/initiatives/:id',
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/initiatives/${await initiative(f, t)}`,
      body: { name: { en: 'Matrix initiative' } },
    }),
    own: adminOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/initiatives/:id/dashboard',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/initiatives/${await initiative(f, t)}/dashboard` }),
    own: dashboards,
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/initiatives/:id/export.csv',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/initiatives/${await initiative(f, t)}/export.csv?table=level-1`,
    }),
    own: dashboards,
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/initiatives/:id/report.pdf',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/initiatives/${await initiative(f, t)}/report.pdf` }),
    own: dashboards,
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/initiatives/:id/refresh',
    request: async (f, t) => ({ method: 'POST', url: `/api/v1/initiatives/${await initiative(f, t)}/refresh` }),
    own: adminOnly(202),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/initiatives/:id/pulses',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/initiatives/${await initiative(f, t)}/pulses`,
      body: {
        itemIds: ['reaction.worth-time', 'support.time', 'use.routine'],
        opensOn: '2100-01-01',
        closesOn: '2100-01-14',
      },
    }),
    own: adminOnly(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/initiatives/:id/pulses',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/initiatives/${await initiative(f, t)}/pulses` }),
    own: adminOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/pulses/open',
    request: () => ({ method: 'GET', url: '/api/v1/pulses/open' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/pulses/:id/responses',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/pulses/${await openPulse(f, t)}/responses`,
      body: { answers: [{ itemId: 'reaction.worth-time', value: 4 }] },
    }),
    own: { ...all(404), anonymous: 401, coach: 204, teacher: 204 },
    otherTenant: hidden(),
  },
];
