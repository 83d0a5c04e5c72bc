import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { STARTER_CARDS } from '#core/library/index';
import type { Db } from '../../src/db/client';
import { libraryRepo } from '../../src/modules/library/library.repo';
import { cardValues } from '../../src/modules/library/library.sync';
import { observationFeedback, observations } from '../../src/modules/observations/observations.table';
import { buildUser, signIn, type Tenant } from '../factories';

/**
 * The pieces of the role × tenant matrix: callers, expectations and fixtures that rows share.
 * Rows live in routes-matrix.ts and in rows/<module>.ts, one file per module added since.
 */
export const CALLERS = ['anonymous', 'admin', 'leader', 'coach', 'teacher', 'facilitator'] as const;
export type Caller = (typeof CALLERS)[number];
export type Fixtures = { a: Tenant; b: Tenant; db: Db; app: FastifyInstance };
/**
 * `cookie` replaces the caller's usual session for this one call; `raw` sends a non-JSON body
 * (a multipart upload) with its own headers instead of `body`.
 */
export type Request = {
  method: string;
  url: string;
  body?: unknown;
  cookie?: string | undefined;
  raw?: { payload: Buffer; headers: Record<string, string> };
};
export type Expect = Record<Caller, number>;

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

export const all = (status: number, anonymous = 401): Expect => ({
  anonymous,
  admin: status,
  leader: status,
  coach: status,
  teacher: status,
  facilitator: status,
});
export const only = (allowed: Partial<Record<Caller, number>>, otherwise = 403): Expect => ({
  ...all(otherwise),
  ...allowed,
});
export const hidden = (overrides: Partial<Omit<Expect, 'anonymous'>> = {}) => ({
  admin: 404,
  leader: 404,
  coach: 404,
  teacher: 404,
  facilitator: 404,
  ...overrides,
});
export const unique = () => randomBytes(4).toString('hex');
export const NO_SUCH_TOKEN = 'no-such-token-0123456789';
export const callerUser = (t: Tenant, caller: Caller) => (caller === 'anonymous' ? t.teacher : t[caller]);

/** A district's own strategy card (its id holds the tenant's UUID, so the fuzz test varies it), made once per tenant. */
const districtCards = new Map<string, Promise<string>>();
export const districtCard = (f: Fixtures, t: Tenant) => {
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
export const frameworkDocument = (code: string, title = 'Matrix framework') => ({
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
export const districtFramework = (f: Fixtures, t: Tenant) => {
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
export const builtInPractice = async (f: Fixtures) => {
  const result = (await f.db.execute(
    sql`select id from framework_practices where organization_id is null order by position, code limit 1`,
  )) as unknown as { rows: { id: string }[] };
  return result.rows[0]!.id;
};

/** A look-for of the built-in framework. */
export const builtInLookFor = async (f: Fixtures) => {
  const result = (await f.db.execute(
    sql`select id from framework_look_fors where organization_id is null order by position, code limit 1`,
  )) as unknown as { rows: { id: string }[] };
  return result.rows[0]!.id;
};

/** A coaching visit by the tenant's coach to its teacher, stored directly; `shared`: with feedback shared. */
/** An evaluative visit by the tenant's school leader to its teacher (stored directly: the setting is off). */
export const buildEvaluativeObservation = async (f: Fixtures, t: Tenant) => {
  const [row] = await f.db
    .insert(observations)
    .values({
      organizationId: t.org.id,
      observerId: t.leader.id,
      teacherId: t.teacher.id,
      kind: 'evaluative',
      scheduledAt: new Date('2099-03-03T09:00:00Z'),
      durationMinutes: 30,
      followUpDue: '2099-03-17',
    })
    .returning();
  return row!.id;
};

export const buildObservation = async (f: Fixtures, t: Tenant, shared = false) => {
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
export const sharedObservation = (f: Fixtures, t: Tenant) => {
  if (!sharedObservations.has(t.org.id)) sharedObservations.set(t.org.id, buildObservation(f, t, true));
  return sharedObservations.get(t.org.id)!;
};
/** Only the observer (the coach) and the observed teacher know a visit exists. */
export const observerOnly = (status: number) => ({ ...all(404), anonymous: 401, coach: status, teacher: 403 });
export const observedOnly = (status: number) => ({ ...all(404), anonymous: 401, coach: 403, teacher: status });

export const freshUser = (f: Fixtures, t: Tenant, status: 'active' | 'invited' = 'active') =>
  buildUser(f.db, t.org.id, {
    status,
    passwordHash: status === 'invited' ? null : undefined,
    roles: [{ role: 'teacher', schoolId: t.school.id }],
  });
