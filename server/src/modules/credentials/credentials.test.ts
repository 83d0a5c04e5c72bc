import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildPlan, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { lessonPlans, notifications, observationFeedback, observations } from '../../db/schema';
import { CHECKS } from './credentials.test-data';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<
  'coach' | 'teacher' | 'leader' | 'admin' | 'otherTeacher' | 'foreignCoach' | 'teacherCoach',
  string
>;
let teacherCoachId: string;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const who of ['coach', 'teacher', 'leader', 'admin', 'otherTeacher'] as const)
    cookies[who] = await signIn(ctx.app, t[who].email);
  cookies.foreignCoach = await signIn(ctx.app, other.coach.email);
  // A teacher who also coaches: may review others, never their own.
  const both = await buildUser(ctx.db, t.org.id, {
    roles: [
      { role: 'teacher', schoolId: t.school.id },
      { role: 'coach', schoolId: t.school.id },
    ],
  });
  teacherCoachId = both.id;
  cookies.teacherCoach = await signIn(ctx.app, both.email);
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

async function author(cookie = cookies.coach) {
  const response = await as(cookie).send('POST', '/credentials', CHECKS);
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
}

async function startAndFill(cookie: string, planId: string, mcId: string) {
  const started = await as(cookie).send('POST', `/credentials/${mcId}/submissions`);
  expect(started.statusCode, started.body).toBe(201);
  const submission = json(started);
  const draft = {
    evidence: [
      { requirementId: 'plan', type: 'plan', artefactId: planId },
      { requirementId: 'result', type: 'text', text: '18 of 24 chose B; I retaught with a number line.' },
    ],
    reflections: { plan: 'The hinge question split the class.', result: 'Next time I will plan the reteach.' },
  };
  const saved = await as(cookie).send('PUT', `/credentials/submissions/${submission.id}/draft`, draft);
  expect(saved.statusCode, saved.body).toBe(200);
  return submission.id as string;
}

const scores = (design: number, response: number) => ({
  scores: [
    { criterionId: 'design', level: design, feedback: design < 2 ? 'Make the wrong answers diagnose.' : 'Clear.' },
    { criterionId: 'response', level: response },
  ],
  feedback: 'Thanks.',
});

describe('authoring micro-credentials', () => {
  it('lets coaches and admins author, not teachers; bad input is a problem that changes nothing', async () => {
    expect((await as(cookies.teacher).send('POST', '/credentials', CHECKS)).statusCode).toBe(403);
    const bad = await as(cookies.admin).send('POST', '/credentials', {
      ...CHECKS,
      rubric: [{ ...CHECKS.rubric[0], passLevel: 7 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    const unknownPractice = await as(cookies.admin).send('POST', '/credentials', {
      ...CHECKS,
      practiceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownPractice.statusCode).toBe(422);
    expect(json(await as(cookies.teacher).get('/credentials')).items).toEqual([]);
    const made = await author(cookies.admin);
    const spanish = await ctx.app.inject({
      url: `/api/v1/credentials/${made.id}?locale=es`,
      headers: { cookie: cookies.teacher },
    });
    expect(json(spanish).title).toBe('Comprobación de la comprensión');
    // Another district's catalogue never shows it, and its id is a 404 there.
    expect((await as(cookies.foreignCoach).get(`/credentials/${made.id}`)).statusCode).toBe(404);
  });
});

describe('a teacher earns a micro-credential', () => {
  it('submits, gets "not yet", resubmits and earns a badge that verifies', async () => {
    const mc = await author();
    const id = await startAndFill(cookies.teacher, t.teacherPlan.id, mc.id);
    // A second start answers the same submission.
    const again = await as(cookies.teacher).send('POST', `/credentials/${mc.id}/submissions`);
    expect(again.statusCode).toBe(200);
    expect(json(again).id).toBe(id);
    // Nobody else reads a draft: a reviewer sees nothing before it is submitted.
    expect((await as(cookies.coach).get(`/credentials/submissions/${id}`)).statusCode).toBe(404);

    const submitted = await as(cookies.teacher).send('POST', `/credentials/submissions/${id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(json(submitted)).toMatchObject({ status: 'submitted', attempts: [{ number: 1, decision: null }] });
    expect(json(submitted).attempts[0].evidence[0]).toMatchObject({
      type: 'plan',
      artefactId: t.teacherPlan.id,
      ownerId: t.teacher.id,
      title: t.teacherPlan.title,
    });
    const told = await ctx.db.select().from(notifications).where(eq(notifications.kind, 'credential.submitted'));
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([t.coach.id, t.leader.id, t.admin.id]));

    // The reviewer reads the snapshots, never the draft.
    const queue = json(await as(cookies.coach).get('/credentials/reviews')).items;
    expect(queue.map((s: { id: string }) => s.id)).toContain(id);
    const seen = json(await as(cookies.leader).get(`/credentials/submissions/${id}`));
    expect(seen.draft).toBeNull();
    expect(seen.canReview).toBe(true);
    // The draft stays put while under review.
    const locked = await as(cookies.teacher).send('PUT', `/credentials/submissions/${id}/draft`, {
      evidence: [],
      reflections: {},
    });
    expect(locked.statusCode).toBe(409);

    const notYet = await as(cookies.coach).send('POST', `/credentials/submissions/${id}/review`, scores(1, 2));
    expect(notYet.statusCode, notYet.body).toBe(200);
    expect(json(notYet)).toMatchObject({ status: 'not-yet', credentialId: null });
    expect(json(notYet).attempts[0].scores[0]).toMatchObject({ criterionId: 'design', passed: false });
    // Decided once: a second review of the same attempt is a conflict.
    expect(
      (await as(cookies.leader).send('POST', `/credentials/submissions/${id}/review`, scores(2, 2))).statusCode,
    ).toBe(409);

    // The teacher's draft is still there to revise.
    const mine = json(await as(cookies.teacher).get(`/credentials/submissions/${id}`));
    expect(mine.draft.reflections.plan).toBe('The hinge question split the class.');
    const revised = await as(cookies.teacher).send('PUT', `/credentials/submissions/${id}/draft`, {
      ...mine.draft,
      reflections: { ...mine.draft.reflections, plan: 'I rewrote the distractors to diagnose.' },
    });
    expect(revised.statusCode).toBe(200);
    expect((await as(cookies.teacher).send('POST', `/credentials/submissions/${id}/submit`)).statusCode).toBe(200);

    const earned = await as(cookies.coach).send('POST', `/credentials/submissions/${id}/review`, scores(2, 1));
    expect(earned.statusCode, earned.body).toBe(200);
    const result = json(earned);
    expect(result.status).toBe('earned');
    expect(result.attempts.map((a: { decision: string }) => a.decision)).toEqual(['not-yet', 'earned']);
    expect(result.attempts[0].reflections.plan).toBe('The hinge question split the class.');
    expect(result.credentialId).toEqual(expect.any(String));

    const decided = await ctx.db.select().from(notifications).where(eq(notifications.kind, 'credential.decided'));
    expect(decided.filter((n) => n.userId === t.teacher.id)).toHaveLength(2);

    // Public, no sign-in: the credential verifies with the independent verifier.
    const check = await ctx.app.inject({ url: `/api/v1/public/credentials/${result.credentialId}` });
    expect(check.statusCode, check.body).toBe(200);
    expect(json(check)).toMatchObject({
      verified: true,
      earnerName: t.teacher.name,
      achievement: 'Checks for understanding',
      issuerName: t.org.name,
    });
    expect(json(check).credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    const download = await ctx.app.inject({ url: `/api/v1/public/credentials/${result.credentialId}/download` });
    expect(download.headers['content-type']).toMatch(/application\/ld\+json/);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    const asJson = await ctx.app.inject({
      url: `/api/v1/public/credentials/${result.credentialId}/download?format=json`,
    });
    expect(asJson.headers['content-type']).toMatch(/application\/json/);
    expect(json(asJson).proof.cryptosuite).toBe('eddsa-rdfc-2022');

    // The issuer profile publishes the key; the private key never appears.
    const profile = await ctx.app.inject({ url: `/api/v1/public/issuers/${t.org.id}` });
    expect(json(profile).assertionMethod[0]).toMatchObject({ type: 'Multikey' });
    expect(profile.body).not.toMatch(/sealed|private/i);
  });

  it('never lets a reviewer review their own submission', async () => {
    const mc = await author();
    const plan = await buildPlan(ctx.db, t.org.id, teacherCoachId);
    const id = await startAndFill(cookies.teacherCoach, plan.id, mc.id);
    expect((await as(cookies.teacherCoach).send('POST', `/credentials/submissions/${id}/submit`)).statusCode).toBe(200);
    expect(
      json(await as(cookies.teacherCoach).get('/credentials/reviews')).items.map((s: { id: string }) => s.id),
    ).not.toContain(id);
    const own = await as(cookies.teacherCoach).send('POST', `/credentials/submissions/${id}/review`, scores(2, 2));
    expect(own.statusCode).toBe(403);
    // Teachers are not reviewers.
    expect(
      (await as(cookies.otherTeacher).send('POST', `/credentials/submissions/${id}/review`, scores(2, 2))).statusCode,
    ).toBe(404);
    expect((await as(cookies.otherTeacher).get('/credentials/reviews')).statusCode).toBe(403);
  });
});

describe('evidence and tenants', () => {
  it('refuses someone else’s plan and an unmet requirement, changing nothing', async () => {
    const mc = await author();
    const started = json(await as(cookies.otherTeacher).send('POST', `/credentials/${mc.id}/submissions`));
    const theirs = await as(cookies.otherTeacher).send('PUT', `/credentials/submissions/${started.id}/draft`, {
      evidence: [{ requirementId: 'plan', type: 'plan', artefactId: t.teacherPlan.id }],
      reflections: {},
    });
    expect(theirs.statusCode).toBe(422);
    expect(json(theirs).errors[0].path).toBe('evidence.0.artefactId');
    const wrongKind = await as(cookies.otherTeacher).send('PUT', `/credentials/submissions/${started.id}/draft`, {
      evidence: [{ requirementId: 'result', type: 'plan', artefactId: t.teacherPlan.id }],
      reflections: {},
    });
    expect(wrongKind.statusCode).toBe(422);
    const empty = await as(cookies.otherTeacher).send('POST', `/credentials/submissions/${started.id}/submit`);
    expect(empty.statusCode).toBe(422);
    expect(json(empty).errors.map((e: { path: string }) => e.path)).toContain('requirements.plan');
    const after = json(await as(cookies.otherTeacher).get(`/credentials/submissions/${started.id}`));
    expect(after).toMatchObject({ status: 'draft', attempts: [], draft: { evidence: [], reflections: {} } });
    // Other teachers do not read it; another district gets 404 everywhere.
    expect((await as(cookies.teacher).get(`/credentials/submissions/${started.id}`)).statusCode).toBe(404);
    expect((await as(cookies.foreignCoach).get(`/credentials/submissions/${started.id}`)).statusCode).toBe(404);
    expect(
      (await as(cookies.foreignCoach).send('POST', `/credentials/submissions/${started.id}/review`, scores(2, 2)))
        .statusCode,
    ).toBe(404);
    expect((await as(cookies.foreignCoach).send('POST', `/credentials/${mc.id}/submissions`)).statusCode).toBe(404);
  });

  it('answers 404 for unknown or malformed public ids and an issuer that does not exist', async () => {
    expect((await ctx.app.inject({ url: '/api/v1/public/credentials/not-a-uuid' })).statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ url: '/api/v1/public/credentials/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
    const org = await buildOrganization(ctx.db);
    expect(json(await ctx.app.inject({ url: `/api/v1/public/issuers/${org.id}` })).assertionMethod).toEqual([]);
    expect(
      (await ctx.app.inject({ url: '/api/v1/public/issuers/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });
});

describe('evidence from other modules, as submitted', () => {
  const VISITS = {
    ...CHECKS,
    requirements: [
      { id: 'visit', kind: 'observation', prompt: { en: 'A visit to your classroom' }, count: 1 },
      { id: 'reflection', kind: 'reflection', prompt: { en: 'A reflection' }, count: 1 },
    ],
  };

  const visit = async (values: Partial<typeof observations.$inferInsert>) => {
    const [row] = await ctx.db
      .insert(observations)
      .values({
        organizationId: t.org.id,
        observerId: t.coach.id,
        teacherId: t.teacher.id,
        kind: 'coaching',
        status: 'feedback-shared',
        scheduledAt: new Date('2026-03-02T09:00:00Z'),
        durationMinutes: 20,
        followUpDue: '2026-03-16',
        ...values,
      })
      .returning();
    return row!.id;
  };

  it('takes the teacher’s own visits (never evaluative) and reflections, and keeps the snapshot when they change', async () => {
    const mc = json(await as(cookies.admin).send('POST', '/credentials', VISITS));
    const mine = await visit({});
    await ctx.db.insert(observationFeedback).values({
      organizationId: t.org.id,
      observationId: mine,
      strength: 'Every student answered on a whiteboard.',
      growthArea: 'Plan what to do with each wrong answer.',
      actionStepText: 'Script responses.',
      howToPractise: 'Tonight.',
      sharedAt: new Date(),
    });
    const evaluative = await visit({ kind: 'evaluative' });
    const someoneElses = await visit({ teacherId: t.otherTeacher.id });
    const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id);
    const reflected = await as(cookies.teacher).send('POST', `/lesson-plans/${plan.id}/reflections`, {
      whatHappened: 'Half the class chose the distractor.',
      nextTime: 'Reteach with a number line.',
    });
    expect(reflected.statusCode, reflected.body).toBe(201);
    const reflectionId = json(reflected).id;

    const submission = json(await as(cookies.teacher).send('POST', `/credentials/${mc.id}/submissions`));
    const refused = await as(cookies.teacher).send('PUT', `/credentials/submissions/${submission.id}/draft`, {
      evidence: [
        { requirementId: 'visit', type: 'observation', artefactId: evaluative },
        { requirementId: 'visit', type: 'observation', artefactId: someoneElses },
      ],
      reflections: {},
    });
    expect(refused.statusCode).toBe(422);
    expect(json(refused).errors.map((e: { path: string }) => e.path)).toEqual([
      'evidence.0.artefactId',
      'evidence.1.artefactId',
    ]);

    const saved = await as(cookies.teacher).send('PUT', `/credentials/submissions/${submission.id}/draft`, {
      evidence: [
        { requirementId: 'visit', type: 'observation', artefactId: mine },
        { requirementId: 'reflection', type: 'reflection', artefactId: reflectionId },
      ],
      reflections: { visit: 'The feedback named my next step.', reflection: 'I will plan the reteach.' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (await as(cookies.teacher).send('POST', `/credentials/submissions/${submission.id}/submit`)).statusCode,
    ).toBe(200);

    // Later edits to the plan do not reach what the reviewer reads: the snapshot is of submit time.
    await ctx.db.update(lessonPlans).set({ title: 'Renamed later' }).where(eq(lessonPlans.id, plan.id));
    const seen = json(await as(cookies.leader).get(`/credentials/submissions/${submission.id}`));
    const [visitEvidence, reflectionEvidence] = seen.attempts[0].evidence;
    expect(visitEvidence).toMatchObject({
      type: 'observation',
      artefactId: mine,
      ownerId: t.teacher.id,
      artefactDate: '2026-03-02',
      summary: expect.stringContaining('Every student answered'),
    });
    expect(reflectionEvidence).toMatchObject({ type: 'reflection', title: plan.title });
    expect(JSON.stringify(seen)).not.toContain('Renamed later');
    expect(seen.draft).toBeNull();
  });
});
