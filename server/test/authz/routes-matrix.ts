import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { STARTER_CARDS } from '#core/library/index';
import type { Db } from '../../src/db/client';
import { libraryRepo } from '../../src/modules/library/library.repo';
import { cardValues } from '../../src/modules/library/library.sync';
import { observationFeedback, observations } from '../../src/modules/observations/observations.table';
import { buildPlan, buildTeam, buildUser, signIn, TEST_PASSWORD, type Tenant } from '../factories';

export const CALLERS = ['anonymous', 'admin', 'leader', 'coach', 'teacher', 'facilitator'] as const;
export type Caller = (typeof CALLERS)[number];
export type Fixtures = { a: Tenant; b: Tenant; db: Db; app: FastifyInstance };
/** `cookie` replaces the caller's usual session for this one call. */
type Request = { method: string; url: string; body?: unknown; cookie?: string | undefined };
type Expect = Record<Caller, number>;

/**
 * One row per route. `request` builds the call against a tenant's fixtures (`t` is the caller's
 * own tenant, or another tenant for the cross-tenant run); rows that change state build fresh
 * targets per call so every caller meets the same situation.
 */
export type RouteRow = {
  method: string;
  path: string;
  request: (f: Fixtures, t: Tenant, caller: Caller) => Promise<Request> | Request;
  own: Expect;
  /** Expected when the record belongs to another tenant; absent for routes without a record. */
  otherTenant?: Omit<Expect, 'anonymous'>;
};

const all = (status: number, anonymous = 401): Expect => ({
  anonymous,
  admin: status,
  leader: status,
  coach: status,
  teacher: status,
  facilitator: status,
});
const only = (allowed: Partial<Record<Caller, number>>, otherwise = 403): Expect => ({ ...all(otherwise), ...allowed });
const hidden = (overrides: Partial<Omit<Expect, 'anonymous'>> = {}) => ({
  admin: 404,
  leader: 404,
  coach: 404,
  teacher: 404,
  facilitator: 404,
  ...overrides,
});
const unique = () => randomBytes(4).toString('hex');
const NO_SUCH_TOKEN = 'no-such-token-0123456789';
const callerUser = (t: Tenant, caller: Caller) => (caller === 'anonymous' ? t.teacher : t[caller]);

/** A district's own strategy card (its id holds the tenant's UUID, so the fuzz test varies it), made once per tenant. */
const districtCards = new Map<string, Promise<string>>();
const districtCard = (f: Fixtures, t: Tenant) => {
  const slug = `district-card-${t.org.id}`;
  if (!districtCards.has(slug)) {
    const values = { ...cardValues(STARTER_CARDS[0]!), slug, contentHash: null };
    districtCards.set(
      slug,
      libraryRepo.createDistrictCard(f.db, t.org.id, values).then((row) => row.slug),
    );
  }
  return districtCards.get(slug)!;
};

/** A one-practice framework document with this code. */
const frameworkDocument = (code: string, title = 'Matrix framework') => ({
  format: 'conecta-framework',
  version: 1,
  code,
  title: { en: title },
  domains: [
    {
      code: 'D1',
      title: { en: 'Domain' },
      practices: [{ code: '1.1', title: { en: 'Practice' }, lookFors: [{ code: 'a', text: { en: 'Look-for' } }] }],
    },
  ],
});

/** A district's own framework, imported once per tenant through the API by its admin. */
const districtFrameworks = new Map<string, Promise<{ id: string; code: string }>>();
const districtFramework = (f: Fixtures, t: Tenant) => {
  if (!districtFrameworks.has(t.org.id)) {
    const code = 'matrix'; // codes are per district
    const imported = signIn(f.app, t.admin.email).then(async (cookie) => {
      const response = await f.app.inject({
        method: 'POST',
        url: '/api/v1/frameworks/imports',
        headers: { cookie },
        payload: { format: 'json', content: JSON.stringify(frameworkDocument(code)) },
      });
      if (response.statusCode !== 201) throw new Error(`framework import failed: ${response.body}`);
      return { id: response.json().id as string, code };
    });
    districtFrameworks.set(t.org.id, imported);
  }
  return districtFrameworks.get(t.org.id)!;
};

/** A practice of the built-in framework (the one the tenant's school uses: the matrix never changes it). */
const builtInPractice = async (f: Fixtures) => {
  const result = (await f.db.execute(
    sql`select id from framework_practices where organization_id is null order by position, code limit 1`,
  )) as unknown as { rows: { id: string }[] };
  return result.rows[0]!.id;
};

/** A coaching visit by the tenant's coach to its teacher, stored directly; `shared`: with feedback shared. */
const buildObservation = async (f: Fixtures, t: Tenant, shared = false) => {
  const [row] = await f.db
    .insert(observations)
    .values({
      organizationId: t.org.id,
      observerId: t.coach.id,
      teacherId: t.teacher.id,
      kind: 'coaching',
      scheduledAt: new Date('2099-03-02T09:00:00Z'),
      durationMinutes: 20,
      classId: t.teacherClass.id,
      followUpDue: '2099-03-16',
      ...(shared ? { status: 'feedback-shared' as const } : {}),
    })
    .returning();
  if (shared)
    await f.db.insert(observationFeedback).values({
      organizationId: t.org.id,
      observationId: row!.id,
      strength: 'Clear modelling.',
      growthArea: 'Checking for understanding.',
      actionStepText: 'Ask a hinge question before practice.',
      howToPractise: 'Script it tonight.',
      sharedAt: new Date(),
    });
  return row!.id;
};
/** One shared visit per tenant for the read-only rows. */
const sharedObservations = new Map<string, Promise<string>>();
const sharedObservation = (f: Fixtures, t: Tenant) => {
  if (!sharedObservations.has(t.org.id)) sharedObservations.set(t.org.id, buildObservation(f, t, true));
  return sharedObservations.get(t.org.id)!;
};
/** Only the observer (the coach) and the observed teacher know a visit exists. */
const observerOnly = (status: number) => ({ ...all(404), anonymous: 401, coach: status, teacher: 403 });
const observedOnly = (status: number) => ({ ...all(404), anonymous: 401, coach: 403, teacher: status });

const freshUser = (f: Fixtures, t: Tenant, status: 'active' | 'invited' = 'active') =>
  buildUser(f.db, t.org.id, {
    status,
    passwordHash: status === 'invited' ? null : undefined,
    roles: [{ role: 'teacher', schoolId: t.school.id }],
  });

export const ROUTES: RouteRow[] = [
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

  // ── observations (a coaching visit by the coach to the teacher: nobody else knows it exists) ──
  {
    method: 'POST',
    path: '/api/v1/observations',
    request: (_f, t) => ({
      method: 'POST',
      url: '/api/v1/observations',
      body: { teacherId: t.teacher.id, kind: 'coaching', scheduledAt: '2099-03-02T09:00:00Z' },
    }),
    own: only({ coach: 201, leader: 201 }),
    // Another tenant's teacher is not a teacher here.
    otherTenant: { admin: 403, leader: 422, coach: 422, teacher: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/api/v1/observations',
    request: () => ({ method: 'GET', url: '/api/v1/observations?role=observed' }),
    own: all(200),
  },
  {
    method: 'GET',
    path: '/api/v1/observations/:id',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/observations/${await sharedObservation(f, t)}` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'PATCH',
    path: '/api/v1/observations/:id',
    request: async (f, t) => ({
      method: 'PATCH',
      url: `/api/v1/observations/${await buildObservation(f, t)}`,
      body: { durationMinutes: 30 },
    }),
    own: observerOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/observations/:id/plan',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/observations/${await buildObservation(f, t)}/plan`,
      body: { planId: t.teacherPlan.id },
    }),
    own: observedOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/observations/:id/notes',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/observations/${await buildObservation(f, t)}/notes`,
      body: { clientId: randomUUID(), at: '2099-03-02T09:05:00Z', text: 'Students turn and talk.' },
    }),
    own: observerOnly(201),
    otherTenant: hidden(),
  },
  {
    method: 'GET',
    path: '/api/v1/observations/:id/notes',
    request: async (f, t) => ({ method: 'GET', url: `/api/v1/observations/${await sharedObservation(f, t)}/notes` }),
    own: { ...all(404), anonymous: 401, coach: 200, teacher: 200 },
    otherTenant: hidden(),
  },
  {
    method: 'PUT',
    path: '/api/v1/observations/:id/feedback',
    request: async (f, t) => ({
      method: 'PUT',
      url: `/api/v1/observations/${await buildObservation(f, t)}/feedback`,
      body: {
        strength: 'Clear modelling.',
        growthArea: 'Checking for understanding.',
        actionStep: { text: 'Ask a hinge question.', howToPractise: 'Script it tonight.' },
        share: true,
      },
    }),
    own: observerOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/observations/:id/response',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/observations/${await buildObservation(f, t, true)}/response`,
      body: { text: 'I will try it on Monday.' },
    }),
    own: observedOnly(200),
    otherTenant: hidden(),
  },
  {
    method: 'POST',
    path: '/api/v1/observations/:id/follow-up',
    request: async (f, t) => ({
      method: 'POST',
      url: `/api/v1/observations/${await buildObservation(f, t, true)}/follow-up`,
      body: { actionStepProgress: 'done', note: 'Used it every day.' },
    }),
    own: observerOnly(200),
    otherTenant: hidden(),
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
