import { buildPlan, buildTeam, signIn, TEST_PASSWORD } from '../factories';
import {
  all,
  builtInPractice,
  CALLERS,
  type Caller,
  callerUser,
  districtCard,
  districtFramework,
  type Fixtures,
  frameworkDocument,
  freshUser,
  hidden,
  NO_SUCH_TOKEN,
  only,
  type RouteRow,
  unique,
} from './matrix-kit';
import { assessmentRows } from './rows/assessments';
import { coachingViewRows } from './rows/coaching-views';
import { communityRows } from './rows/communities';
import { credentialRows } from './rows/credentials';
import { cycleRows } from './rows/cycles';
import { impactRows } from './rows/impact';
import { inquiryRows } from './rows/inquiry';
import { meetingRows } from './rows/meetings';
import { notificationRows } from './rows/notifications';
import { observationRows } from './rows/observations';
import { pathwayRows } from './rows/pathways';
import { peerDistrictRows } from './rows/peer-districts';
import { peerLearningRows } from './rows/peer-learning';
import { recommendationRows } from './rows/recommendations';
import { selfAssessmentRows } from './rows/self-assessment';
import { unitRows } from './rows/units';
import { walkRows } from './rows/walks';

export { CALLERS, type Caller, type Fixtures, type RouteRow };

/** One row per route; the matrix test fails if a route in the OpenAPI document has none. */
export const ROUTES: RouteRow[] = [
  ...observationRows,
  ...notificationRows,
  ...walkRows,
  ...impactRows,
  ...assessmentRows,
  ...cycleRows,
  ...meetingRows,
  ...communityRows,
  ...inquiryRows,
  ...credentialRows,
  ...unitRows,
  ...coachingViewRows,
  ...recommendationRows,
  ...pathwayRows,
  ...peerDistrictRows,
  ...peerLearningRows,
  ...selfAssessmentRows,
  // ── service ──
  { method: 'GET', path: '/healthz', request: () => ({ method: 'GET', url: '/healthz' }), own: all(200, 200) },

  // ── session (public routes answer the same to everyone) ──
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    request: (_f, t) => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: t.facilitator.email, password: 'not the password' },
    }),
    own: all(401, 401),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/logout',
    // A fresh session per call, so logging out does not end the session the other rows use.
    request: async (f, t, caller) => ({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookie: caller === 'anonymous' ? undefined : await signIn(f.app, callerUser(t, caller).email),
    }),
    own: all(204, 204),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    request: (_f, t) => ({ method: 'POST', url: '/api/v1/auth/password-reset', body: { email: t.facilitator.email } }),
    own: all(202, 202),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/password-reset/confirm',
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      body: { token: NO_SUCH_TOKEN, password: 'long enough password' },
    }),
    own: all(404, 404),
  },
  {
    method: 'GET',
    path: '/api/v1/auth/invitations/:token',
    request: () => ({ method: 'GET', url: `/api/v1/auth/invitations/${NO_SUCH_TOKEN}` }),
    own: all(404, 404),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/invitations/accept',
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      body: { token: NO_SUCH_TOKEN, password: 'long enough password' },
    }),
    own: all(404, 404),
  },
  { method: 'GET', path: '/api/v1/me', request: () => ({ method: 'GET', url: '/api/v1/me' }), own: all(200) },
  {
    method: 'PATCH',
    path: '/api/v1/me',
    request: () => ({ method: 'PATCH', url: '/api/v1/me', body: { locale: 'en' } }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/me/password',
    request: () => ({
      method: 'POST',
      url: '/api/v1/me/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    }),
    own: all(204),
  },
  {
    method: 'GET',
    path: '/api/v1/me/tokens',
    request: () => ({ method: 'GET', url: '/api/v1/me/tokens' }),
    own: all(200),
  },
  {
    method: 'POST',
    path: '/api/v1/me/tokens',
    request: () => ({ method: 'POST', url: '/api/v1/me/tokens', body: { name: 'matrix' } }),
    own: all(201),
  },
  {
    method: 'DELETE',
    path: '/api/v1/me/tokens/:id',
    // A token of the tenant's teacher (the caller's own when the caller is that teacher).
    request: async (f, t, caller) => {
      const owner = callerUser(t, caller);
      const cookie = await signIn(f.app, owner.email);
      const created = await f.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: { cookie },
        payload: { name: 'to revoke' },
      });
      return { method: 'DELETE', url: `/api/v1/me/tokens/${created.json().id}` };
    },
    own: all(204),
    otherTenant: hidden(),
  },

  // ── organization and schools ──
  {
    method: 'GET',
    path: '/api/v1/organization',
    request: () => ({ method: 'GET', url: '/api/v1/organization' }),
    own: all(200),
  },
  {
    method: 'PATCH',
    path: '/api/v1/organization',
    // Sets the default again, so every caller meets the same district.
    request: () => ({ method: 'PATCH', url: '/api/v1/organization', body: { evaluativeObservations: false } }),
    own: only({ admin: 200 }),
  },
  { method: 'GET', path: '/api/v1/schools', request: () => ({ method: 'GET', url: '/api/v1/schools' }), own: all(200) },
  {
    method: 'POST',
    path: '/api/v1/schools',
    request: () => ({ method: 'POST', url: '/api/v1/schools', body: { name: `School ${unique()}` } }),
    own: only({ admin: 201 }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/schools/:id',
    request: (_f, t) => ({
      method: 'PATCH',
      url: `/api/v1/schools/${t.otherSchool.id}`,
      body: { name: `Renamed ${unique()}` },
    }),
    own: only({ admin: 200 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },

  // ── people ──
  {
    method: 'GET',
    path: '/api/v1/users',
    request: () => ({ method: 'GET', url: '/api/v1/users' }),
    own: only({ admin: 200, leader: 200, coach: 200 }),
  },
  {
    method: 'POST',
    path: '/api/v1/users/invitations',
    request: (_f, t) => ({
      method: 'POST',
      url: '/api/v1/users/invitations',
      body: {
        email: `invitee-${unique()}@example.test`,
        name: 'Invitee',
        roles: [{ role: 'teacher', schoolId: t.school.id }],
      },
    }),
    own: only({ admin: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/users/:id',
    // The teacher of the *other* school: only an admin sees them.
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/users/${t.otherTeacher.id}` }),
    own: { ...all(404), anonymous: 401, admin: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/users/:id/invitations',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/users/${(await freshUser(f, t, 'invited')).id}/invitations`,
    }),
    own: only({ admin: 202 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'POST',
    path: '/api/v1/users/:id/roles',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/users/${(await freshUser(f, t)).id}/roles`,
      body: { role: 'coach', schoolId: t.school.id },
    }),
    own: only({ admin: 201 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'DELETE',
    path: '/api/v1/users/:id/roles/:membershipId',
    request: async (f, t) => {
      const user = await freshUser(f, t);
      const admin = await signIn(f.app, t.admin.email);
      const detail = await f.app.inject({ url: `/api/v1/users/${user.id}`, headers: { cookie: admin } });
      return { method: 'DELETE', url: `/api/v1/users/${user.id}/roles/${detail.json().roles[0].id}` };
    },
    own: only({ admin: 204 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'POST',
    path: '/api/v1/users/:id/deactivate',
    request: async (f, t) => ({ method: 'POST', url: `/api/v1/users/${(await freshUser(f, t)).id}/deactivate` }),
    own: only({ admin: 200 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'POST',
    path: '/api/v1/users/:id/reactivate',
    request: async (f, t) => ({ method: 'POST', url: `/api/v1/users/${(await freshUser(f, t)).id}/reactivate` }),
    own: only({ admin: 200 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },

  // ── teams (the tenant's team is at `school`, with the teacher as its member) ──
  { method: 'GET', path: '/api/v1/teams', request: () => ({ method: 'GET', url: '/api/v1/teams' }), own: all(200) },
  {
    method: 'POST',
    path: '/api/v1/teams',
    request: (_f, t) => ({
      method: 'POST',
      url: '/api/v1/teams',
      body: { name: `Team ${unique()}`, schoolId: t.school.id },
    }),
    own: only({ admin: 201, leader: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/teams/:id',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/teams/${t.team.id}` }),
    own: { anonymous: 401, admin: 200, leader: 200, coach: 404, teacher: 200, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/teams/:id/members',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/teams/${t.team.id}/members`,
      body: { userId: (await freshUser(f, t)).id },
    }),
    own: { anonymous: 401, admin: 201, leader: 201, coach: 404, teacher: 403, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'DELETE',
    path: '/api/v1/teams/:id/members/:userId',
    request: async (f, t) => {
      const member = await freshUser(f, t);
      const team = await buildTeam(f.db, t.org.id, { schoolId: t.school.id, memberIds: [t.teacher.id, member.id] });
      return { method: 'DELETE', url: `/api/v1/teams/${team.id}/members/${member.id}` };
    },
    own: { anonymous: 401, admin: 204, leader: 204, coach: 404, teacher: 403, facilitator: 404 },
    otherTenant: hidden(),
  },

  // ── classes ──
  { method: 'GET', path: '/api/v1/classes', request: () => ({ method: 'GET', url: '/api/v1/classes' }), own: all(200) },
  {
    method: 'POST',
    path: '/api/v1/classes',
    request: () => ({
      method: 'POST',
      url: '/api/v1/classes',
      body: { name: `Class ${unique()}`, subject: 'Math', gradeLevel: '7', periodMinutes: 50 },
    }),
    own: only({ admin: 201, coach: 201, teacher: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/classes/:id',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/classes/${t.teacherClass.id}` }),
    own: { anonymous: 401, admin: 200, leader: 200, coach: 404, teacher: 200, facilitator: 404 },
    otherTenant: hidden(),
  },

  // ── stateless analysis (nothing stored); a class named for carry-forward must be visible to the caller ──
  {
    method: 'POST',
    path: '/api/v1/insights/lesson-plan',
    request: (_f, t) => ({
      method: 'POST',
      url: '/api/v1/insights/lesson-plan',
      body: {
        classId: t.teacherClass.id,
        title: 'Fractions on a number line',
        objectives: ['Students will understand fractions'],
        segments: [{ title: 'Opening', minutes: 5 }],
      },
    }),
    own: { anonymous: 401, admin: 200, leader: 200, coach: 404, teacher: 200, facilitator: 404 },
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/insights/reflection',
    request: () => ({
      method: 'POST',
      url: '/api/v1/insights/reflection',
      body: { whatHappened: 'The lesson went well because the examples were clear.', locale: 'en' },
    }),
    own: all(200),
  },

  // ── lesson plans (the tenant's teacher shares a plan with coaches: the coach of that school reads it) ──
  {
    method: 'POST',
    path: '/api/v1/lesson-plans',
    request: () => ({
      method: 'POST',
      url: '/api/v1/lesson-plans',
      body: { title: 'Ratios', objectives: [], segments: [] },
    }),
    own: only({ coach: 201, teacher: 201 }),
  },
  {
    method: 'GET',
    path: '/api/v1/lesson-plans',
    request: () => ({ method: 'GET', url: '/api/v1/lesson-plans' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/lesson-plans/:id',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/lesson-plans/${t.teacherPlan.id}` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/lesson-plans/:id',
    request: async (f, t) => {
      const plan = await buildPlan(f.db, t.org.id, t.teacher.id, { visibility: 'coach' });
      return {
        method: 'PUT',
        url: `/api/v1/lesson-plans/${plan.id}`,
        body: { title: 'Renamed', objectives: [], segments: [], version: 1 },
      };
    },
    own: { ...all(404), anonymous: 401, coach: 403, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/lesson-plans/:id/versions',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/lesson-plans/${t.teacherPlan.id}/versions` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/lesson-plans/:id/insights',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/lesson-plans/${t.teacherPlan.id}/insights` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/lesson-plans/:id/insights/:ruleId/dismissals',
    request: (_f, t) => ({
      method: 'POST',
      url: `/api/v1/lesson-plans/${t.teacherPlan.id}/insights/objective.vague-verb/dismissals`,
      body: { reason: 'This is a unit opener.' },
    }),
    own: { ...all(404), anonymous: 401, coach: 403, teacher: 201 },
    otherTenant: hidden(),
  },

  // ── reflections (on the coach-shared plan: the coach reads them, only the owner writes; never leaders) ──
  {
    method: 'POST',
    path: '/api/v1/lesson-plans/:id/reflections',
    request: (_f, t) => ({
      method: 'POST',
      url: `/api/v1/lesson-plans/${t.teacherPlan.id}/reflections`,
      body: { whatHappened: 'Most students finished.', nextTime: 'Start with a hinge question.' },
    }),
    own: { ...all(404), anonymous: 401, coach: 403, teacher: 201 },
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/lesson-plans/:id/reflections',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/lesson-plans/${t.teacherPlan.id}/reflections` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },

  // ── library (any signed-in role reads and reacts; a district's own card is its tenant's only) ──
  {
    method: 'GET',
    path: '/api/v1/resources',
    request: () => ({ method: 'GET', url: '/api/v1/resources?q=questions&limit=5' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/resources/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/resources/${await districtCard(f, t)}` }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/resources/:id/reactions',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/resources/${await districtCard(f, t)}/reactions`,
      body: { useful: true, comment: 'We used it on Monday.' },
    }),
    own: all(201),
    otherTenant: hidden(),
  },

  // ── practice frameworks (the built-in one and the tenant's own; only district admins import, edit, choose) ──
  {
    method: 'GET',
    path: '/api/v1/frameworks',
    request: () => ({ method: 'GET', url: '/api/v1/frameworks?locale=es' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/frameworks/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/frameworks/${(await districtFramework(f, t)).id}` }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/frameworks/:id/document',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/frameworks/${(await districtFramework(f, t)).id}/document`,
    }),
    own: only({ admin: 200 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/frameworks/:id/export.csv',
    request: async (f, t) => ({
      method: 'GET',
      url: `/api/v1/frameworks/${(await districtFramework(f, t)).id}/export.csv?locale=en`,
    }),
    own: only({ admin: 200 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'POST',
    path: '/api/v1/frameworks/imports',
    request: () => ({
      method: 'POST',
      url: '/api/v1/frameworks/imports',
      body: { format: 'json', content: JSON.stringify(frameworkDocument(`import-${unique()}`)) },
    }),
    own: only({ admin: 201 }),
  },
  {
    method: 'PUT',
    path: '/api/v1/frameworks/:id/document',
    request: async (f, t) => {
      const framework = await districtFramework(f, t);
      return {
        method: 'PUT',
        url: `/api/v1/frameworks/${framework.id}/document`,
        body: frameworkDocument(framework.code, `Renamed ${unique()}`),
      };
    },
    own: only({ admin: 200 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/schools/:id/framework',
    request: (_f, t) => ({ method: 'GET', url: `/api/v1/schools/${t.school.id}/framework` }),
    own: all(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/schools/:id/framework',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/schools/${t.otherSchool.id}/framework`,
      body: { frameworkId: (await districtFramework(f, t)).id },
    }),
    own: only({ admin: 200 }),
    otherTenant: { ...hidden(), leader: 403, coach: 403, teacher: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/me/growth-focus',
    request: () => ({ method: 'GET', url: '/api/v1/me/growth-focus' }),
    own: all(200),
  },
  {
    method: 'PUT',
    path: '/api/v1/me/growth-focus',
    request: async (f) => ({
      method: 'PUT',
      url: '/api/v1/me/growth-focus',
      body: { practiceIds: [await builtInPractice(f)] },
    }),
    own: only({ coach: 200, teacher: 200 }),
  },

  // ── audit ──
  {
    method: 'GET',
    path: '/api/v1/audit-events',
    request: () => ({ method: 'GET', url: '/api/v1/audit-events' }),
    own: only({ admin: 200 }),
  },
  {
    method: 'GET',
    path: '/api/v1/outbox',
    request: () => ({ method: 'GET', url: '/api/v1/outbox' }),
    own: only({ admin: 200 }),
  },
];
