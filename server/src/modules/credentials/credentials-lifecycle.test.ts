import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { auditEvents, microCredentials, notifications } from '../../db/schema';
import { CHECKS } from './credentials.test-data';

/** Editing, archiving and revoking (issue 6): what changes, what never does, and who may. */
const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'coach' | 'teacher' | 'leader' | 'admin' | 'otherTeacher' | 'foreignAdmin', string>;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const who of ['coach', 'teacher', 'leader', 'admin', 'otherTeacher'] as const)
    cookies[who] = await signIn(ctx.app, t[who].email);
  cookies.foreignAdmin = await signIn(ctx.app, other.admin.email);
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

async function author(cookie = cookies.coach) {
  const response = await as(cookie).send('POST', '/credentials', CHECKS);
  expect(response.statusCode, response.body).toBe(201);
  return json(response) as { id: string };
}

const stored = async (id: string) =>
  (await ctx.db.select().from(microCredentials).where(eq(microCredentials.id, id)))[0]!;

/** A teacher earns it: plan + text evidence, submitted, reviewed as earned. Answers the submission. */
async function earn(mcId: string) {
  const started = json(await as(cookies.teacher).send('POST', `/credentials/${mcId}/submissions`));
  const saved = await as(cookies.teacher).send('PUT', `/credentials/submissions/${started.id}/draft`, {
    evidence: [
      { requirementId: 'plan', type: 'plan', artefactId: t.teacherPlan.id },
      { requirementId: 'result', type: 'text', text: 'Most chose B.' },
    ],
    reflections: { plan: 'It split the class.', result: 'I retaught it.' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((await as(cookies.teacher).send('POST', `/credentials/submissions/${started.id}/submit`)).statusCode).toBe(
    200,
  );
  const earned = await as(cookies.coach).send('POST', `/credentials/submissions/${started.id}/review`, {
    scores: [
      { criterionId: 'design', level: 2 },
      { criterionId: 'response', level: 2 },
    ],
  });
  expect(earned.statusCode, earned.body).toBe(200);
  return json(earned) as { id: string; credentialId: string };
}

describe('editing a micro-credential', () => {
  it('changes anything before a teacher starts, then only title and description; bad input changes nothing', async () => {
    const mc = await author();
    const source = await as(cookies.admin).get(`/credentials/${mc.id}/source`);
    expect(source.statusCode, source.body).toBe(200);
    expect(json(source)).toMatchObject({ title: CHECKS.title, contentEditable: true, archivedAt: null });
    expect((await as(cookies.teacher).get(`/credentials/${mc.id}/source`)).statusCode).toBe(403);

    expect((await as(cookies.teacher).send('PATCH', `/credentials/${mc.id}`, { title: { en: 'x' } })).statusCode).toBe(
      403,
    );
    const empty = await as(cookies.coach).send('PATCH', `/credentials/${mc.id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toMatch(/problem\+json/);
    const badRubric = await as(cookies.coach).send('PATCH', `/credentials/${mc.id}`, {
      rubric: [{ ...CHECKS.rubric[0], passLevel: 9 }],
    });
    expect(badRubric.statusCode).toBe(400);
    const unknownField = await as(cookies.coach).send('PATCH', `/credentials/${mc.id}`, { createdBy: t.admin.id });
    expect(unknownField.statusCode).toBe(400);
    const unknownPractice = await as(cookies.coach).send('PATCH', `/credentials/${mc.id}`, {
      practiceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownPractice.statusCode).toBe(422);
    expect((await stored(mc.id)).rubric).toEqual(CHECKS.rubric);

    // Before anyone starts: what is assessed can change.
    const requirements = [{ ...CHECKS.requirements[0]!, count: 2 }, CHECKS.requirements[1]!];
    const edited = await as(cookies.admin).send('PATCH', `/credentials/${mc.id}`, {
      keyMethod: { en: 'Exit tickets.' },
      requirements,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(json(edited)).toMatchObject({ keyMethod: 'Exit tickets.', requirements: [{ id: 'plan', count: 2 }, {}] });

    // A teacher starts: the rubric and requirements are fixed; title and description still change.
    expect((await as(cookies.teacher).send('POST', `/credentials/${mc.id}/submissions`)).statusCode).toBe(201);
    const fixed = await as(cookies.coach).send('PATCH', `/credentials/${mc.id}`, {
      title: { en: 'Renamed' },
      rubric: CHECKS.rubric.slice(0, 1),
    });
    expect(fixed.statusCode).toBe(409);
    expect(json(fixed).fields).toEqual(['rubric']);
    expect((await stored(mc.id)).title).toEqual(CHECKS.title);
    expect((await stored(mc.id)).rubric).toHaveLength(2);
    const renamed = await as(cookies.coach).send('PATCH', `/credentials/${mc.id}`, {
      title: { en: 'Hinge questions', es: 'Preguntas bisagra' },
      description: { en: 'Plans with a hinge.' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(json(renamed).title).toBe('Hinge questions');
    expect(json(await as(cookies.coach).get(`/credentials/${mc.id}/source`))).toMatchObject({
      contentEditable: false,
      description: { en: 'Plans with a hinge.' },
    });

    // Another district: 404, and nothing changed.
    const foreign = await as(cookies.foreignAdmin).send('PATCH', `/credentials/${mc.id}`, { title: { en: 'Mine' } });
    expect(foreign.statusCode).toBe(404);
    expect((await as(cookies.foreignAdmin).get(`/credentials/${mc.id}/source`)).statusCode).toBe(404);
    expect((await stored(mc.id)).title).toEqual({ en: 'Hinge questions', es: 'Preguntas bisagra' });
  });
});

describe('who edits', () => {
  it('a district admin edits any; a coach only what they wrote — another coach gets 403 and nothing changes', async () => {
    const byAdmin = await author(cookies.admin);
    const otherCoach = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'coach', schoolId: t.school.id }] });
    const otherCoachCookie = await signIn(ctx.app, otherCoach.email);
    const byOtherCoach = await author(otherCoachCookie);

    const hijack = await as(cookies.coach).send('PATCH', `/credentials/${byAdmin.id}`, {
      archived: true,
      title: { en: 'Hijacked' },
    });
    expect(hijack.statusCode).toBe(403);
    expect((await stored(byAdmin.id)).archivedAt).toBeNull();
    expect((await as(cookies.coach).get(`/credentials/${byOtherCoach.id}/source`)).statusCode).toBe(403);
    expect(
      (await as(cookies.admin).send('PATCH', `/credentials/${byOtherCoach.id}`, { title: { en: 'Renamed' } }))
        .statusCode,
    ).toBe(200);

    const catalogue = json(await as(cookies.coach).get('/credentials')) as
      | { id: string; editable: boolean }[]
      | { items: { id: string; editable: boolean }[] };
    const items = Array.isArray(catalogue) ? catalogue : catalogue.items;
    const mine = await author(cookies.coach);
    const editable = (id: string, list = items) => list.find((mc) => mc.id === id)?.editable;
    expect(editable(byAdmin.id)).toBe(false);
    const after = json(await as(cookies.coach).get('/credentials'));
    expect(editable(mine.id, Array.isArray(after) ? after : after.items)).toBe(true);
  });
});

describe('archiving', () => {
  it('takes no new submissions, lets started ones go on, hides it from teachers, and can be restored', async () => {
    const mc = await author();
    const started = json(await as(cookies.teacher).send('POST', `/credentials/${mc.id}/submissions`));
    const archived = await as(cookies.coach).send('PATCH', `/credentials/${mc.id}`, { archived: true });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(json(archived).archivedAt).toEqual(expect.any(String));
    const ids = async (cookie: string) =>
      json(await as(cookie).get('/credentials')).items.map((i: { id: string }) => i.id) as string[];
    expect(await ids(cookies.otherTeacher)).not.toContain(mc.id);
    expect(await ids(cookies.coach)).toContain(mc.id);

    const fresh = await as(cookies.otherTeacher).send('POST', `/credentials/${mc.id}/submissions`);
    expect(fresh.statusCode).toBe(409);
    expect(fresh.headers['content-type']).toMatch(/problem\+json/);
    const again = await as(cookies.teacher).send('POST', `/credentials/${mc.id}/submissions`);
    expect(again.statusCode).toBe(200);
    expect(json(again).id).toBe(started.id);

    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, mc.id), eq(auditEvents.action, 'credential.archived')));
    expect(audit).toHaveLength(1);

    const restored = await as(cookies.admin).send('PATCH', `/credentials/${mc.id}`, { archived: false });
    expect(json(restored).archivedAt).toBeNull();
    expect(await ids(cookies.otherTeacher)).toContain(mc.id);
    expect((await as(cookies.otherTeacher).send('POST', `/credentials/${mc.id}/submissions`)).statusCode).toBe(201);
  });
});

describe('revoking an issued credential', () => {
  it('lets a district admin revoke with a reason (audited); verification then says revoked, without the reason', async () => {
    const mc = await author();
    const submission = await earn(mc.id);
    const id = submission.credentialId;

    // Only the district's admins list and revoke.
    expect((await as(cookies.coach).get('/credentials/issued')).statusCode).toBe(403);
    const listed = json(await as(cookies.admin).get('/credentials/issued')).items;
    expect(listed.find((i: { id: string }) => i.id === id)).toMatchObject({
      earnerName: t.teacher.name,
      title: 'Checks for understanding',
      revokedAt: null,
    });
    expect(json(await as(cookies.foreignAdmin).get('/credentials/issued')).items).toEqual([]);
    const reason = 'Evidence was copied from another teacher.';
    expect((await as(cookies.coach).send('POST', `/credentials/issued/${id}/revoke`, { reason })).statusCode).toBe(403);
    expect((await as(cookies.teacher).send('POST', `/credentials/issued/${id}/revoke`, { reason })).statusCode).toBe(
      403,
    );
    expect(
      (await as(cookies.foreignAdmin).send('POST', `/credentials/issued/${id}/revoke`, { reason })).statusCode,
    ).toBe(404);
    const noReason = await as(cookies.admin).send('POST', `/credentials/issued/${id}/revoke`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.headers['content-type']).toMatch(/problem\+json/);
    expect(
      (
        await as(cookies.admin).send('POST', '/credentials/issued/00000000-0000-4000-8000-000000000000/revoke', {
          reason,
        })
      ).statusCode,
    ).toBe(404);
    expect(json(await ctx.app.inject({ url: `/api/v1/public/credentials/${id}` })).revokedAt).toBeNull();

    const revoked = await as(cookies.admin).send('POST', `/credentials/issued/${id}/revoke`, { reason });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(json(revoked)).toMatchObject({ id, revokedAt: expect.any(String), revocationReason: reason });
    const twice = await as(cookies.admin).send('POST', `/credentials/issued/${id}/revoke`, { reason: 'Again' });
    expect(twice.statusCode).toBe(409);

    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'credential.revoked')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: t.admin.id, data: { reason, earnerId: t.teacher.id } });

    const told = await ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'credential.revoked'), eq(notifications.userId, t.teacher.id)));
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/credentials/submissions/${submission.id}`);
    expect(JSON.stringify(told[0]!.params)).not.toContain('copied');

    // Public: revoked on a date; the signature still verifies (the document is untouched); no reason.
    const check = await ctx.app.inject({ url: `/api/v1/public/credentials/${id}` });
    expect(check.statusCode).toBe(200);
    expect(json(check)).toMatchObject({ verified: true, revokedAt: json(revoked).revokedAt });
    expect(check.body).not.toContain('copied');

    // The earner sees it on the submission and in their list.
    const mine = json(await as(cookies.teacher).get(`/credentials/submissions/${submission.id}`));
    expect(mine).toMatchObject({ credentialId: id, credentialRevokedAt: json(revoked).revokedAt });
    const list = json(await as(cookies.teacher).get('/credentials/submissions')).items;
    expect(list.find((s: { id: string }) => s.id === submission.id).credentialRevokedAt).toBe(json(revoked).revokedAt);
  });
});
