import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTeam, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { inquiries, mailOutbox, notifications, observations, studentWorkSamples } from '../../db/schema';
import { inquirySummaryFrom } from './index';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'coach' | 'teacher' | 'leader' | 'admin' | 'facilitator' | 'otherTeacher', string>;
let otherTeacher: string;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const who of ['coach', 'teacher', 'leader', 'admin', 'facilitator', 'otherTeacher'] as const)
    cookies[who] = await signIn(ctx.app, t[who].email);
  otherTeacher = await signIn(ctx.app, other.teacher.email);
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

const QUESTION = 'If I use exit tickets with sentence frames, will my students explain their method?';
const EVIDENCE = [{ kind: 'exit-ticket', description: 'Students who explain their method, of those present.' }];

async function open(cookie = cookies.teacher, body: object = {}) {
  const response = await as(cookie).send('POST', '/inquiries', { question: QUESTION, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
}

const builtInPractice = async () => {
  const result = (await ctx.db.execute(
    sql`select id from framework_practices where organization_id is null order by position, code limit 1`,
  )) as unknown as { rows: { id: string }[] };
  return result.rows[0]!.id;
};

describe('an inquiry from question to summary', () => {
  it('refuses "try" without a prediction and an evidence source, then runs every stage', async () => {
    const practiceId = await builtInPractice();
    const inquiry = await open(cookies.teacher, { focusPracticeId: practiceId });
    expect(inquiry).toMatchObject({ stage: 'learn', question: QUESTION, stale: false, team: null, evidence: [] });
    expect(inquiry.focusPractice.id).toBe(practiceId);
    const me = as(cookies.teacher);

    // The rule, with each missing piece named; nothing changes.
    const refused = await me.send('PATCH', `/inquiries/${inquiry.id}`, { stage: 'try' });
    expect(refused.statusCode).toBe(422);
    expect(json(refused).errors.map((e: { path: string }) => e.path)).toEqual(['prediction', 'evidence']);
    const inSpanish = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/inquiries/${inquiry.id}?locale=es`,
      headers: { cookie: cookies.teacher },
      payload: { stage: 'try', prediction: 'Más de la mitad explicará su método.' },
    });
    expect(inSpanish.statusCode).toBe(422);
    expect(json(inSpanish).errors[0].message).toMatch(/al menos una fuente de evidencia/);
    expect(json(await me.get(`/inquiries/${inquiry.id}`))).toMatchObject({ stage: 'learn', prediction: null });

    // Prediction, evidence and the move in one request.
    const tried = await me.send('PATCH', `/inquiries/${inquiry.id}`, {
      prediction: 'More than half will explain their method.',
      evidence: EVIDENCE,
      stage: 'try',
    });
    expect(tried.statusCode, tried.body).toBe(200);
    expect(json(tried)).toMatchObject({ stage: 'try', evidence: EVIDENCE });
    // A rule keeps holding: the prediction cannot be erased while trying.
    expect((await me.send('PATCH', `/inquiries/${inquiry.id}`, { prediction: null })).statusCode).toBe(422);

    await expect(me.send('PATCH', `/inquiries/${inquiry.id}`, { stage: 'gather-evidence' })).resolves.toMatchObject({
      statusCode: 200,
    });
    expect(json(await me.send('PATCH', `/inquiries/${inquiry.id}`, { stage: 'reflect' })).errors[0].path).toBe(
      'result',
    );
    await me.send('PATCH', `/inquiries/${inquiry.id}`, {
      result: '16 of 26 explained it: more than half, as predicted.',
    });
    expect((await me.send('PATCH', `/inquiries/${inquiry.id}`, { stage: 'reflect' })).statusCode).toBe(200);
    expect(json(await me.send('PATCH', `/inquiries/${inquiry.id}`, { stage: 'share' })).errors[0].path).toBe(
      'reflection',
    );
    const shared = await me.send('PATCH', `/inquiries/${inquiry.id}`, {
      reflection: 'Frames helped most the students who rarely wrote. Next: model one first.',
      stage: 'share',
    });
    expect(json(shared).stage).toBe('share');

    // Before the close there is nothing to share.
    const summaryOf = inquirySummaryFrom(ctx.db);
    const actor = { userId: t.teacher.id, organizationId: t.org.id } as Parameters<typeof summaryOf>[1];
    expect(await summaryOf(ctx.db, actor, inquiry.id)).toBeNull();

    const closed = await me.send('POST', `/inquiries/${inquiry.id}/close`, { summary: 'Sentence frames: adopt.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(json(closed)).toMatchObject({ stage: 'closed', summary: 'Sentence frames: adopt.' });
    expect(json(closed).closedAt).not.toBeNull();
    expect((await me.send('PATCH', `/inquiries/${inquiry.id}`, { result: 'again' })).statusCode).toBe(409);
    expect((await me.send('POST', `/inquiries/${inquiry.id}/close`, { summary: 'again' })).statusCode).toBe(409);

    expect(await summaryOf(ctx.db, actor, inquiry.id)).toEqual({ title: QUESTION, summary: 'Sentence frames: adopt.' });
    const coachActor = { userId: t.coach.id, organizationId: t.org.id } as Parameters<typeof summaryOf>[1];
    expect(await summaryOf(ctx.db, coachActor, inquiry.id)).toBeNull();
  });

  it('refuses a practice the district does not use and a team the teacher is not in', async () => {
    const response = await as(cookies.teacher).send('POST', '/inquiries', {
      question: QUESTION,
      focusPracticeId: '00000000-0000-4000-8000-000000000000',
      teamId: other.team.id,
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).errors.map((e: { path: string }) => e.path)).toEqual(['focusPracticeId', 'teamId']);
    expect((await as(cookies.leader).send('POST', '/inquiries', { question: QUESTION })).statusCode).toBe(403);
  });
});

describe('privacy', () => {
  it('only the owner reads it: coaches, leaders, admins and colleagues get 404, another tenant too', async () => {
    const inquiry = await open();
    expect((await as(cookies.teacher).get(`/inquiries/${inquiry.id}`)).statusCode).toBe(200);
    for (const cookie of [
      cookies.coach,
      cookies.leader,
      cookies.admin,
      cookies.facilitator,
      cookies.otherTeacher,
      otherTeacher,
    ]) {
      expect((await as(cookie).get(`/inquiries/${inquiry.id}`)).statusCode).toBe(404);
      expect((await as(cookie).send('PATCH', `/inquiries/${inquiry.id}`, { result: 'x' })).statusCode).toBe(404);
    }
    const listed = json(await as(cookies.leader).get('/inquiries'));
    expect(listed.items.map((i: { id: string }) => i.id)).not.toContain(inquiry.id);
  });

  it('a team inquiry is co-owned by every member, and no one else', async () => {
    const mate = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
    const team = await buildTeam(ctx.db, t.org.id, { schoolId: t.school.id, memberIds: [t.teacher.id, mate.id] });
    const inquiry = await open(cookies.teacher, { teamId: team.id });
    expect(inquiry.team).toEqual({ id: team.id, name: team.name });
    const mateCookie = await signIn(ctx.app, mate.email);
    const edited = await as(mateCookie).send('PATCH', `/inquiries/${inquiry.id}`, { prediction: 'They will explain.' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(json(await as(mateCookie).get('/inquiries')).items.map((i: { id: string }) => i.id)).toContain(inquiry.id);
    expect((await as(cookies.otherTeacher).get(`/inquiries/${inquiry.id}`)).statusCode).toBe(404);
  });
});

describe('links on the timeline', () => {
  it('links a card, my plan, my reflection and my visit; refuses what I cannot open', async () => {
    const inquiry = await open();
    const me = as(cookies.teacher);
    const myPlan = await buildPlan(ctx.db, t.org.id, t.teacher.id, { date: '2099-02-03' });
    const colleaguesPrivate = await buildPlan(ctx.db, t.org.id, t.otherTeacher.id);
    const otherTenantPlan = await buildPlan(ctx.db, other.org.id, other.teacher.id);

    const card = await me.send('POST', `/inquiries/${inquiry.id}/links`, { kind: 'card', targetId: 'exit-tickets' });
    expect(card.statusCode, card.body).toBe(201);
    expect(json(card).title).toBeTruthy();
    const plan = await me.send('POST', `/inquiries/${inquiry.id}/links`, { kind: 'plan', targetId: myPlan.id });
    expect(json(plan)).toMatchObject({ kind: 'plan', title: myPlan.title, date: '2099-02-03', planId: myPlan.id });
    // Again: the same link, 200.
    const again = await me.send('POST', `/inquiries/${inquiry.id}/links`, { kind: 'plan', targetId: myPlan.id });
    expect(again.statusCode).toBe(200);
    expect(json(again).id).toBe(json(plan).id);

    for (const targetId of [colleaguesPrivate.id, otherTenantPlan.id, 'not-a-uuid'])
      expect((await me.send('POST', `/inquiries/${inquiry.id}/links`, { kind: 'plan', targetId })).statusCode).toBe(
        422,
      );
    expect(
      (await me.send('POST', `/inquiries/${inquiry.id}/links`, { kind: 'card', targetId: 'no-such-card' })).statusCode,
    ).toBe(422);
    expect(
      (await me.send('POST', `/inquiries/${inquiry.id}/links`, { kind: 'student-work', targetId: myPlan.id }))
        .statusCode,
    ).toBe(422);

    const reflection = await me.send('POST', `/lesson-plans/${myPlan.id}/reflections`, {
      whatHappened: 'Most students wrote a claim.',
      nextTime: 'Give sentence frames for the reasoning.',
    });
    expect(reflection.statusCode, reflection.body).toBe(201);
    const linkedReflection = await me.send('POST', `/inquiries/${inquiry.id}/links`, {
      kind: 'reflection',
      targetId: json(reflection).id,
    });
    expect(linkedReflection.statusCode, linkedReflection.body).toBe(201);

    const [visit] = await ctx.db
      .insert(observations)
      .values({
        organizationId: t.org.id,
        observerId: t.coach.id,
        teacherId: t.teacher.id,
        kind: 'coaching',
        scheduledAt: new Date('2099-02-04T10:00:00Z'),
        durationMinutes: 20,
        followUpDue: '2099-02-28',
      })
      .returning();
    const linkedVisit = await me.send('POST', `/inquiries/${inquiry.id}/links`, {
      kind: 'observation',
      targetId: visit!.id,
    });
    expect(json(linkedVisit)).toMatchObject({ kind: 'observation', date: '2099-02-04' });

    // Student work of my team (the units module decides who may see a sample); not of another team.
    const sample = async (teamId: string) => {
      const [row] = await ctx.db
        .insert(studentWorkSamples)
        .values({
          organizationId: t.org.id,
          teamId,
          title: 'Exit tickets, 3 February',
          successCriteria: ['Explains the method'],
          storageKey: `test/${teamId}`,
          contentType: 'image/png',
          byteSize: 10,
          fileName: 'tickets.png',
          uploadedBy: t.teacher.id,
        })
        .returning();
      return row!.id;
    };
    const work = await me.send('POST', `/inquiries/${inquiry.id}/links`, {
      kind: 'student-work',
      targetId: await sample(t.team.id),
    });
    expect(json(work)).toMatchObject({ kind: 'student-work', title: 'Exit tickets, 3 February' });
    const strangers = await buildTeam(ctx.db, t.org.id, { schoolId: t.school.id, memberIds: [t.otherTeacher.id] });
    const foreign = await me.send('POST', `/inquiries/${inquiry.id}/links`, {
      kind: 'student-work',
      targetId: await sample(strangers.id),
    });
    expect(foreign.statusCode).toBe(422);

    const read = json(await me.get(`/inquiries/${inquiry.id}`));
    expect(read.links.map((l: { kind: string }) => l.kind)).toEqual([
      'card',
      'plan',
      'reflection',
      'observation',
      'student-work',
    ]);

    expect((await me.send('DELETE', `/inquiries/${inquiry.id}/links/${json(card).id}`)).statusCode).toBe(204);
    expect(json(await me.get(`/inquiries/${inquiry.id}`)).links).toHaveLength(4);
    expect((await me.send('DELETE', `/inquiries/${inquiry.id}/links/${json(card).id}`)).statusCode).toBe(404);
  });
});

describe('the stale nudge', () => {
  it('tells the owner once when an inquiry stays open more than three weeks', async () => {
    const fresh = await open();
    const old = await open();
    const closedOld = await open();
    await as(cookies.teacher).send('POST', `/inquiries/${closedOld.id}/close`, { summary: 'Abandoned: too big.' });
    await ctx.db
      .update(inquiries)
      .set({ createdAt: new Date('2099-01-01T08:00:00Z') })
      .where(and(eq(inquiries.organizationId, t.org.id), eq(inquiries.id, old.id)));
    await ctx.db
      .update(inquiries)
      .set({ createdAt: new Date('2099-01-01T08:00:00Z') })
      .where(eq(inquiries.id, closedOld.id));
    await ctx.db
      .update(inquiries)
      .set({ createdAt: new Date('2099-01-20T08:00:00Z') })
      .where(eq(inquiries.id, fresh.id));

    let clock = new Date('2099-01-22T10:00:00Z');
    const worker = ctx.app.services.worker({ now: () => clock, workerId: 'inquiry-worker' });
    const nudges = async () =>
      (
        await ctx.db
          .select({ link: notifications.link })
          .from(notifications)
          .where(and(eq(notifications.userId, t.teacher.id), eq(notifications.kind, 'inquiry.stale')))
      )
        .map((n) => n.link)
        // Other tests' inquiries were opened "now", long before 2099: only these three are this test's.
        .filter((link) => [fresh.id, old.id, closedOld.id].some((id) => link === `/inquiry/${id}`));

    // Day 21: not yet.
    await worker.tick();
    expect(await nudges()).toEqual([]);
    // Day 22, after the daily hour: the old open one, once.
    clock = new Date('2099-01-23T10:00:00Z');
    await worker.tick();
    expect(await nudges()).toEqual([`/inquiry/${old.id}`]);
    clock = new Date('2099-01-24T10:00:00Z');
    await worker.tick();
    clock = new Date('2099-03-01T10:00:00Z');
    await worker.tick();
    expect((await nudges()).sort()).toEqual([`/inquiry/${fresh.id}`, `/inquiry/${old.id}`].sort());
    const mails = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, t.teacher.email));
    const ours = mails.filter((m) => m.text.includes(`/inquiry/${old.id}`) || m.text.includes(`/inquiry/${fresh.id}`));
    expect(ours.map((m) => m.subject.startsWith('Your inquiry'))).toEqual([true, true]);
  });
});
