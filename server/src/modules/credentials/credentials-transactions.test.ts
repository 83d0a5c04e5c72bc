import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { issuedCredentials } from '../../db/schema';
import { CHECKS, passingAttempt } from './credentials.test-data';

/**
 * Readers owned by other modules, called while a credential write holds its transaction: each
 * must run on that transaction (or before it). On PGlite's single connection a reader on `db`
 * waits for the transaction forever, so these tests hang (and time out) if one slips back.
 */
const ctx = setupTestApp();
let t: Tenant;
const cookies = {} as Record<'coach' | 'teacher', string>;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  for (const who of ['coach', 'teacher'] as const) cookies[who] = await signIn(ctx.app, t[who].email);
}, 60_000);

const send = (cookie: string, method: 'POST' | 'PUT', url: string, payload: object = {}) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload });

describe('credential writes and other modules’ readers', () => {
  it('awards a credential aligned to a framework practice, naming the practice in the badge', async () => {
    const [practice] = (
      (await ctx.db.execute(
        sql`select id, code from framework_practices where organization_id is null order by code limit 1`,
      )) as unknown as { rows: { id: string; code: string }[] }
    ).rows;
    const created = await send(cookies.coach, 'POST', '/credentials', { ...CHECKS, practiceId: practice!.id });
    expect(created.statusCode, created.body).toBe(201);
    const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id);
    const { submissionId, saved, submitted, reviewed } = await passingAttempt(send, cookies, json(created).id, plan.id);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(submitted.statusCode).toBe(200);
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const [issued] = await ctx.db
      .select()
      .from(issuedCredentials)
      .where(eq(issuedCredentials.submissionId, submissionId));
    const subject = issued!.document.credentialSubject as { achievement: { alignment?: { targetCode?: string }[] } };
    expect(subject.achievement.alignment?.[0]?.targetCode).toBe(practice!.code);
  });

  it('checks student-work evidence inside the draft’s transaction (an unknown sample is a 422, not a hang)', async () => {
    const body = {
      ...CHECKS,
      requirements: [{ ...CHECKS.requirements[0]!, kind: 'student-work' }, CHECKS.requirements[1]!],
    };
    const created = await send(cookies.coach, 'POST', '/credentials', body);
    expect(created.statusCode, created.body).toBe(201);
    const started = json(await send(cookies.teacher, 'POST', `/credentials/${json(created).id}/submissions`));
    const saved = await send(cookies.teacher, 'PUT', `/credentials/submissions/${started.id}/draft`, {
      evidence: [{ requirementId: 'plan', type: 'student-work', artefactId: '7b0c1a52-3f7e-4d55-9d1e-2f5b8a1c0e11' }],
      reflections: {},
    });
    expect(saved.statusCode, saved.body).toBe(422);
    expect(saved.headers['content-type']).toContain('application/problem+json');
  });
});
