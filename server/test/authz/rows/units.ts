import { units } from '../../../src/modules/units/units.table';
import { signIn, type Tenant } from '../../factories';
import { multipart, TINY_PNG } from '../../multipart';
import { all, type Fixtures, hidden, type RouteRow } from '../matrix-kit';

/**
 * Team content: the tenant's team has the teacher as its only member, so the teacher is the one
 * caller who may see or change its units and student work; to everyone else they do not exist.
 */
const teamOnly = (status: number) => ({ ...all(404), anonymous: 401, teacher: status });

const buildUnit = async (f: Fixtures, t: Tenant) => {
  const [row] = await f.db
    .insert(units)
    .values({
      organizationId: t.org.id,
      teamId: t.team.id,
      title: 'Ratios',
      standards: ['CCSS.MATH.CONTENT.6.RP.A.1'],
      bigIdeas: [],
      assessments: [],
      sequence: [{ title: 'What is a ratio?', planId: null }],
      createdBy: t.teacher.id,
    })
    .returning();
  return row!.id;
};
const sharedUnits = new Map<string, Promise<string>>();
const sharedUnit = (f: Fixtures, t: Tenant) => {
  if (!sharedUnits.has(t.org.id)) sharedUnits.set(t.org.id, buildUnit(f, t));
  return sharedUnits.get(t.org.id)!;
};

const uploadBody = () =>
  multipart(
    { title: 'Exit ticket', successCriteria: 'Uses a ratio table', namesRemoved: 'true' },
    { name: 'work.png', type: 'image/png', data: TINY_PNG },
  );
/** A sample uploaded by the tenant's teacher through the API (the file goes to the storage adapter). */
const buildSample = async (f: Fixtures, t: Tenant) => {
  const body = uploadBody();
  const response = await f.app.inject({
    method: 'POST',
    url: `/api/v1/teams/${t.team.id}/student-work`,
    headers: { cookie: await signIn(f.app, t.teacher.email), ...body.headers },
    payload: body.payload,
  });
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.body}`);
  return response.json().id as string;
};
const sharedSamples = new Map<string, Promise<string>>();
const sharedSample = (f: Fixtures, t: Tenant) => {
  if (!sharedSamples.has(t.org.id)) sharedSamples.set(t.org.id, buildSample(f, t));
  return sharedSamples.get(t.org.id)!;
};

const unitBody = (_t: Tenant) => ({ title: 'Ratios', sequence: [{ title: 'Tables' }] });

export const unitRows: RouteRow[] = [
  {
    method: 'POST',
    path: '/api/v1/units',
    request: (_f, t) => ({ method: 'POST', url: '/api/v1/units', body: { ...unitBody(t), teamId: t.team.id } }),
    own: { ...all(422), teacher: 201 },
    // Another tenant's team is no one's team here.
    otherTenant: { admin: 422, leader: 422, coach: 422, teacher: 422, facilitator: 422 },
  },
  { method: 'GET', path: '/api/v1/units', request: () => ({ method: 'GET', url: '/api/v1/units' }), own: all(200) },
  {
    method: 'GET',
    path: '/api/v1/units/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/units/${await sharedUnit(f, t)}` }),
    own: teamOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/units/:id',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/units/${await buildUnit(f, t)}`,
      body: { ...unitBody(t), version: 1 },
    }),
    own: teamOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/units/:id/plans',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/units/${await buildUnit(f, t)}/plans`,
      body: { sequenceIndex: 0 },
    }),
    own: teamOnly(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/comments',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/comments?targetType=unit&targetId=${await sharedUnit(f, t)}`,
    }),
    own: teamOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/comments',
    request: async (f, t) => ({
      method: 'POST',
      url: '/api/v1/comments',
      body: { targetType: 'unit', targetId: await sharedUnit(f, t), section: 'bigIdeas', body: 'Add one on rates?' },
    }),
    own: teamOnly(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/comments/mentionable',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/comments/mentionable?targetType=unit&targetId=${await sharedUnit(f, t)}`,
    }),
    own: teamOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/teams/:teamId/student-work',
    request: (_f, t) => ({
      method: 'POST',
      url: `/api/v1/teams/${t.team.id}/student-work`,
      raw: uploadBody(),
    }),
    own: teamOnly(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/student-work',
    request: () => ({ method: 'GET', url: '/api/v1/student-work' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/student-work/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/student-work/${await sharedSample(f, t)}` }),
    own: teamOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/student-work/:id/file',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/student-work/${await sharedSample(f, t)}/file` }),
    own: teamOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'DELETE',
    path: '/api/v1/student-work/:id',
    request: async (f, t) => ({ method: 'DELETE', url: `/api/v1/student-work/${await buildSample(f, t)}` }),
    own: teamOnly(204),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/student-work/:id/scores',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/student-work/${await sharedSample(f, t)}/scores`,
      body: { scores: [{ criterion: 'Uses a ratio table', level: 3 }] },
    }),
    own: teamOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/lesson-plans/:id/copies',
    // The teacher's coach-shared plan: its owner and the school's coach may read it, so may copy it.
    request: (_f, t) => ({ method: 'POST', url: `/api/v1/lesson-plans/${t.teacherPlan.id}/copies` }),
    own: { ...all(404), anonymous: 401, coach: 201, teacher: 201 },
    otherTenant: hidden(),
  },
];
