import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { observationFeedback, observations } from '../../db/schema';
import { activeCyclesFrom } from './index';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'coach' | 'teacher' | 'leader' | 'admin' | 'facilitator' | 'otherTeacher', string>;
let otherCoach: string;
/** A second coach at the same school: someone who may coach the teacher but is not this cycle's coach. */
let secondCoach: { id: string; cookie: string };

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const who of ['coach', 'teacher', 'leader', 'admin', 'facilitator', 'otherTeacher'] as const)
    cookies[who] = await signIn(ctx.app, t[who].email);
  otherCoach = await signIn(ctx.app, other.coach.email);
  const coach2 = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'coach', schoolId: t.school.id }] });
  secondCoach = { id: coach2.id, cookie: await signIn(ctx.app, coach2.email) };
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

/** A fresh teacher at the tenant's school (each scenario its own pair, since a pair has one open cycle). */
async function newTeacher() {
  const user = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
  return { ...user, cookie: await signIn(ctx.app, user.email) };
}

const cycleBody = (teacherId: string, overrides: object = {}) => ({
  teacherId,
  goal: '80 % of students cite evidence in their written answers by March.',
  measure: 'Students citing evidence in Friday’s exit ticket, of those present.',
  baselineValue: 35,
  baselineEvidence: 'Exit tickets from 12 September: 9 of 26.',
  targetValue: 80,
  targetDate: '2099-03-31',
  strategyCardId: 'exit-tickets',
  ...overrides,
});
const start = async (cookie: string, teacherId: string, overrides: object = {}) => {
  const response = await as(cookie).send('POST', '/cycles', cycleBody(teacherId, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
};
/** A coaching visit stored directly (the observations module's own tests cover its routes). */
async function buildVisit(
  observerId: string,
  teacherId: string,
  scheduledAt = '2099-01-20T10:00:00Z',
  kind: 'coaching' | 'evaluative' = 'coaching',
) {
  const [row] = await ctx.db
    .insert(observations)
    .values({
      organizationId: t.org.id,
      observerId,
      teacherId,
      kind,
      scheduledAt: new Date(scheduledAt),
      durationMinutes: 20,
      followUpDue: '2099-02-28',
    })
    .returning();
  return row!.id;
}
async function giveFeedback(observationId: string, shared: boolean) {
  await ctx.db
    .insert(observationFeedback)
    .values({
      organizationId: t.org.id,
      observationId,
      strength: 'Clear model.',
      growthArea: 'Reasoning.',
      actionStepText: 'Ask “how do you know?” after each claim.',
      howToPractise: 'Script three.',
      sharedAt: shared ? new Date() : null,
    })
    .onConflictDoUpdate({
      target: [observationFeedback.organizationId, observationFeedback.observationId],
      set: { sharedAt: shared ? new Date() : null },
    });
}

const errorPaths = (response: { json: () => unknown }) =>
  ((response.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

describe('a coaching cycle from identify to close', () => {
  it('opens, is private to the pair, moves through the stages, records data and closes', async () => {
    const coach = as(cookies.coach);
    const teacher = as(cookies.teacher);
    const created = await start(cookies.coach, t.teacher.id);
    expect(created).toMatchObject({
      coach: { id: t.coach.id, name: t.coach.name },
      teacher: { id: t.teacher.id, name: t.teacher.name },
      stage: 'identify',
      unit: 'percent',
      baselineValue: 35,
      targetValue: 80,
      targetDate: '2099-03-31',
      latestValue: null,
      baselineEvidence: 'Exit tickets from 12 September: 9 of 26.',
      strategy: { cardId: 'exit-tickets', cardTitle: 'Exit tickets that shape tomorrow', text: null },
      outcome: null,
      teacherReflection: null,
      closedAt: null,
      sessions: [],
      checks: [],
      links: [],
    });
    const id = created.id as string;

    // Only the coach and the teacher know it exists.
    expect(json(await teacher.get(`/cycles/${id}`))).toEqual(created);
    for (const cookie of [cookies.leader, cookies.admin, cookies.facilitator, cookies.otherTeacher, otherCoach])
      expect((await as(cookie).get(`/cycles/${id}`)).statusCode).toBe(404);
    expect((await as(cookies.leader).send('PATCH', `/cycles/${id}`, { stage: 'learn' })).statusCode).toBe(404);
    expect((await as(secondCoach.cookie).get(`/cycles/${id}/timeline`)).statusCode).toBe(404);

    // Spanish readers get the card's Spanish title.
    const inSpanish = json(await teacher.get(`/cycles/${id}?locale=es`));
    expect(inSpanish.strategy.cardTitle).toBe('Tickets de salida que orientan la clase de mañana');

    // One open cycle per pair.
    const again = await coach.send('POST', '/cycles', cycleBody(t.teacher.id));
    expect(again.statusCode).toBe(409);
    expect(json(again).cycleId).toBe(id);

    // The coach moves it on and adds their own strategy words.
    const learning = await coach.send('PATCH', `/cycles/${id}`, {
      stage: 'learn',
      strategyText: 'Model a claim–evidence–reasoning answer, then rehearse the prompt.',
    });
    expect(learning.statusCode, learning.body).toBe(200);
    expect(json(learning)).toMatchObject({
      stage: 'learn',
      strategy: { cardId: 'exit-tickets', text: 'Model a claim–evidence–reasoning answer, then rehearse the prompt.' },
    });

    // Sessions are the coach's log; a resend with the same client id is a no-op.
    const session = { clientId: randomUUID(), date: '2099-01-10', kind: 'modelling', notes: 'Modelled a CER answer.' };
    const logged = await coach.send('POST', `/cycles/${id}/sessions`, session);
    expect(logged.statusCode, logged.body).toBe(201);
    const resent = await coach.send('POST', `/cycles/${id}/sessions`, { ...session, notes: 'changed offline' });
    expect(resent.statusCode).toBe(200);
    expect(json(resent)).toEqual(json(logged));
    expect(
      (await teacher.send('POST', `/cycles/${id}/sessions`, { date: '2099-01-11', kind: 'rehearsal' })).statusCode,
    ).toBe(403);

    // Both add data points; percent values stay within 0–100.
    const byTeacher = await teacher.send('POST', `/cycles/${id}/checks`, {
      date: '2099-01-20',
      value: 50,
      note: '13 of 26',
    });
    expect(byTeacher.statusCode, byTeacher.body).toBe(201);
    const check = { clientId: randomUUID(), date: '2099-02-03', value: 65 };
    expect((await coach.send('POST', `/cycles/${id}/checks`, check)).statusCode).toBe(201);
    expect((await coach.send('POST', `/cycles/${id}/checks`, check)).statusCode).toBe(200);
    const tooMuch = await coach.send('POST', `/cycles/${id}/checks`, { date: '2099-02-04', value: 120 });
    expect(tooMuch.statusCode).toBe(422);
    expect(errorPaths(tooMuch)).toEqual(['value']);
    const withData = json(await teacher.get(`/cycles/${id}`));
    expect(withData.checks.map((c: { value: number }) => c.value)).toEqual([50, 65]);
    expect(withData.latestValue).toBe(65);
    expect(withData.sessions).toHaveLength(1);

    // Who may change what.
    expect((await teacher.send('PATCH', `/cycles/${id}`, { goal: 'Something else' })).statusCode).toBe(403);
    expect((await coach.send('PATCH', `/cycles/${id}`, { teacherReflection: 'Not mine to write' })).statusCode).toBe(
      403,
    );
    expect((await teacher.send('POST', `/cycles/${id}/close`, { outcome: 'Done' })).statusCode).toBe(403);
    expect((await coach.send('POST', `/cycles/${id}/close`, {})).statusCode).toBe(400);

    const planLink = json(
      await teacher.send('POST', `/cycles/${id}/links`, { kind: 'plan', targetId: t.teacherPlan.id }),
    );
    const closed = await coach.send('POST', `/cycles/${id}/close`, {
      outcome: '78 % on the last exit ticket: nearly there; the habit is in place.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(json(closed)).toMatchObject({ stage: 'closed', outcome: expect.stringContaining('78 %') });
    expect(json(closed).closedAt).toEqual(expect.any(String));

    // A closed cycle keeps its record: only the teacher's reflection may still come.
    expect((await coach.send('POST', `/cycles/${id}/close`, { outcome: 'Again' })).statusCode).toBe(409);
    expect((await coach.send('PATCH', `/cycles/${id}`, { stage: 'improve' })).statusCode).toBe(409);
    expect(
      (await coach.send('POST', `/cycles/${id}/sessions`, { date: '2099-04-01', kind: 'debrief' })).statusCode,
    ).toBe(409);
    expect((await teacher.send('POST', `/cycles/${id}/checks`, { date: '2099-04-01', value: 80 })).statusCode).toBe(
      409,
    );
    expect(
      (await teacher.send('POST', `/cycles/${id}/links`, { kind: 'plan', targetId: t.teacherPlan.id })).statusCode,
    ).toBe(409);
    expect((await teacher.send('DELETE', `/cycles/${id}/links/${planLink.id}`)).statusCode).toBe(409);
    const reflected = await teacher.send('PATCH', `/cycles/${id}`, {
      teacherReflection: 'Rehearsing the prompt mattered more than the exit ticket itself.',
    });
    expect(reflected.statusCode, reflected.body).toBe(200);
    expect(json(reflected)).toMatchObject({
      stage: 'closed',
      teacherReflection: 'Rehearsing the prompt mattered more than the exit ticket itself.',
    });
    expect(json(reflected).reflectedAt).toEqual(expect.any(String));
    expect((await teacher.send('PATCH', `/cycles/${id}`, { teacherReflection: null, goal: 'x' })).statusCode).toBe(403);

    // The pair may start a new cycle now.
    const next = await start(cookies.coach, t.teacher.id, { strategyCardId: null });
    expect(next.id).not.toBe(id);
  });

  it('lets a school leader of the teacher’s school act as coach', async () => {
    const teacher = await newTeacher();
    const cycle = await start(cookies.leader, teacher.id);
    expect(cycle.coach.id).toBe(t.leader.id);
    expect(json(await as(teacher.cookie).get(`/cycles/${cycle.id}`)).coach.id).toBe(t.leader.id);
    // The school's coach is not this cycle's coach.
    expect((await as(cookies.coach).get(`/cycles/${cycle.id}`)).statusCode).toBe(404);
  });
});

describe('opening a cycle', () => {
  it('refuses teachers elsewhere, oneself, unknown cards and percents over 100; nothing else may open one', async () => {
    const response = await as(cookies.coach).send(
      'POST',
      '/cycles',
      cycleBody(t.otherTeacher.id, { strategyCardId: 'no-such-card', targetValue: 140 }),
    );
    expect(response.statusCode).toBe(422);
    expect(errorPaths(response)).toEqual(['teacherId', 'targetValue', 'strategyCardId']);
    expect(errorPaths(await as(cookies.coach).send('POST', '/cycles', cycleBody(t.coach.id)))).toEqual(['teacherId']);
    expect(errorPaths(await as(cookies.coach).send('POST', '/cycles', cycleBody(other.teacher.id)))).toEqual([
      'teacherId',
    ]);
    expect(errorPaths(await as(cookies.coach).send('POST', '/cycles', cycleBody(t.leader.id)))).toEqual(['teacherId']);
    const nul = await as(cookies.coach).send('POST', '/cycles', cycleBody(t.teacher.id, { measure: 'a\u0000b' }));
    expect(nul.statusCode).toBe(400);
    for (const cookie of [cookies.teacher, cookies.admin, cookies.facilitator])
      expect((await as(cookie).send('POST', '/cycles', cycleBody(t.teacher.id))).statusCode).toBe(403);

    // A count may go past 100; the goal checker's hints never block.
    const teacher = await newTeacher();
    const counted = await start(cookies.coach, teacher.id, {
      goal: 'Fewer interruptions',
      unit: 'count',
      baselineValue: 140,
      targetValue: 40,
      strategyCardId: null,
      strategyText: 'Signal and wait.',
    });
    expect(counted).toMatchObject({ unit: 'count', baselineValue: 140, strategy: { cardId: null, cardTitle: null } });
    expect(errorPaths(await as(cookies.coach).send('PATCH', `/cycles/${counted.id}`, { unit: 'percent' }))).toEqual([
      'baselineValue',
    ]);
  });
});

describe('links', () => {
  it('accepts only the teacher’s artefacts that both may see, and drops what stops being shared', async () => {
    const teacher = await newTeacher();
    const cycle = await start(cookies.coach, teacher.id);
    const id = cycle.id as string;
    const coach = as(cookies.coach);
    const me = as(teacher.cookie);
    const shared = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'coach', date: '2099-01-15' });
    const privatePlan = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'private' });
    const notTheirs = await buildPlan(ctx.db, t.org.id, t.otherTeacher.id, { visibility: 'coach' });
    const foreign = await buildPlan(ctx.db, other.org.id, other.teacher.id, { visibility: 'coach' });

    // Plans: the teacher's and shared with the coach. A resend is the same link.
    const linked = await me.send('POST', `/cycles/${id}/links`, { kind: 'plan', targetId: shared.id });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(json(linked)).toMatchObject({ kind: 'plan', targetId: shared.id, createdBy: teacher.id });
    const relinked = await coach.send('POST', `/cycles/${id}/links`, { kind: 'plan', targetId: shared.id });
    expect(relinked.statusCode).toBe(200);
    expect(json(relinked).id).toBe(json(linked).id);

    const own = await me.send('POST', `/cycles/${id}/links`, { kind: 'plan', targetId: privatePlan.id });
    expect(own.statusCode).toBe(422);
    expect(json(own).detail).toBe('Share this plan with your coach first, so you both can see it.');
    for (const targetId of [privatePlan.id, notTheirs.id, foreign.id, t.teacherPlan.id, randomUUID(), 'not-an-id']) {
      const refused = await coach.send('POST', `/cycles/${id}/links`, { kind: 'plan', targetId });
      expect(refused.statusCode, targetId).toBe(422);
      expect(json(refused).detail).toBe('Link a lesson plan of this teacher that is shared with their coach.');
    }

    // Observations: this coach's visits to this teacher only.
    const mine = await buildVisit(t.coach.id, teacher.id);
    const byAnotherCoach = await buildVisit(secondCoach.id, teacher.id);
    const ofSomeoneElse = await buildVisit(t.coach.id, t.teacher.id);
    // Evaluation never enters a coaching cycle.
    const evaluative = await buildVisit(t.coach.id, teacher.id, '2099-01-21T10:00:00Z', 'evaluative');
    expect((await me.send('POST', `/cycles/${id}/links`, { kind: 'observation', targetId: mine })).statusCode).toBe(
      201,
    );
    for (const targetId of [byAnotherCoach, ofSomeoneElse, evaluative])
      expect((await coach.send('POST', `/cycles/${id}/links`, { kind: 'observation', targetId })).statusCode).toBe(422);
    // A plan id is not an observation id.
    expect(
      (await coach.send('POST', `/cycles/${id}/links`, { kind: 'observation', targetId: shared.id })).statusCode,
    ).toBe(422);

    // Reflections: the teacher's, on a plan the coach may read.
    const reflect = async (planId: string) => {
      const response = await me.send('POST', `/lesson-plans/${planId}/reflections`, {
        whatHappened: 'Most students wrote a claim.',
        nextTime: 'Give sentence frames for the reasoning.',
      });
      expect(response.statusCode, response.body).toBe(201);
      return json(response).id as string;
    };
    const onShared = await reflect(shared.id);
    const onPrivate = await reflect(privatePlan.id);
    const reflectionLink = await coach.send('POST', `/cycles/${id}/links`, { kind: 'reflection', targetId: onShared });
    expect(reflectionLink.statusCode, reflectionLink.body).toBe(201);
    const hidden = await me.send('POST', `/cycles/${id}/links`, { kind: 'reflection', targetId: onPrivate });
    expect(hidden.statusCode).toBe(422);
    expect(
      (await coach.send('POST', `/cycles/${id}/links`, { kind: 'reflection', targetId: onPrivate })).statusCode,
    ).toBe(422);

    const links = json(await coach.get(`/cycles/${id}`)).links;
    expect(links.map((l: { kind: string }) => l.kind)).toEqual(['plan', 'observation', 'reflection']);

    // The teacher stops sharing the plan: it (and the reflection on it) drop out for both.
    await me.send('PUT', `/lesson-plans/${shared.id}`, {
      title: shared.title,
      objectives: [],
      segments: [],
      visibility: 'private',
      version: 1,
    });
    for (const cookie of [cookies.coach, teacher.cookie]) {
      expect(json(await as(cookie).get(`/cycles/${id}`)).links.map((l: { kind: string }) => l.kind)).toEqual([
        'observation',
      ]);
      const kinds = json(await as(cookie).get(`/cycles/${id}/timeline`)).items.map((i: { kind: string }) => i.kind);
      expect(kinds).not.toContain('plan');
      expect(kinds).not.toContain('reflection');
    }

    // Removing: whoever added it, or the teacher.
    const observationLink = links.find((l: { kind: string }) => l.kind === 'observation');
    expect((await coach.send('DELETE', `/cycles/${id}/links/${json(linked).id}`)).statusCode).toBe(403);
    expect((await coach.send('DELETE', `/cycles/${id}/links/${json(reflectionLink).id}`)).statusCode).toBe(204);
    expect((await me.send('DELETE', `/cycles/${id}/links/${observationLink.id}`)).statusCode).toBe(204);
    expect((await me.send('DELETE', `/cycles/${id}/links/${observationLink.id}`)).statusCode).toBe(404);
    expect((await as(cookies.leader).send('DELETE', `/cycles/${id}/links/${json(linked).id}`)).statusCode).toBe(404);
    expect((await me.send('DELETE', `/cycles/${id}/links/${json(linked).id}`)).statusCode).toBe(204);
    expect(json(await coach.get(`/cycles/${id}`)).links).toEqual([]);
  });

  it('never shows a leader acting as coach a reflection, nor a plan shared only with coaches', async () => {
    const teacher = await newTeacher();
    const cycle = await start(cookies.leader, teacher.id);
    const plan = await buildPlan(ctx.db, t.org.id, teacher.id, { visibility: 'coach' });
    const response = await as(teacher.cookie).send('POST', `/cycles/${cycle.id}/links`, {
      kind: 'plan',
      targetId: plan.id,
    });
    expect(response.statusCode).toBe(422);
  });
});

describe('the timeline', () => {
  it('puts sessions, checks and linked artefacts in date order, with feedback only once shared', async () => {
    const teacher = await newTeacher();
    const coach = as(cookies.coach);
    const cycle = await start(cookies.coach, teacher.id);
    const id = cycle.id as string;
    const plan = await buildPlan(ctx.db, t.org.id, teacher.id, {
      visibility: 'coach',
      date: '2099-01-12',
      title: 'Evidence in argument',
    });
    const visit = { id: await buildVisit(t.coach.id, teacher.id, '2099-01-14T09:00:00Z') };
    await coach.send('POST', `/cycles/${id}/checks`, { date: '2099-01-20', value: 55 });
    await coach.send('POST', `/cycles/${id}/sessions`, {
      date: '2099-01-10',
      kind: 'co-planning',
      notes: 'Planned it.',
    });
    await coach.send('POST', `/cycles/${id}/checks`, { date: '2099-01-05', value: 35 });
    await as(teacher.cookie).send('POST', `/cycles/${id}/links`, { kind: 'plan', targetId: plan.id });
    await coach.send('POST', `/cycles/${id}/links`, { kind: 'observation', targetId: visit.id });
    await giveFeedback(visit.id, false);

    const timeline = async (cookie: string) => json(await as(cookie).get(`/cycles/${id}/timeline`)).items;
    const items = await timeline(teacher.cookie);
    // Opened today (in the past of 2099), then the dated events.
    expect(items.map((i: { kind: string; date: string }) => `${i.kind} ${i.date}`)).toEqual([
      `opened ${cycle.createdAt.slice(0, 10)}`,
      'check 2099-01-05',
      'session 2099-01-10',
      'plan 2099-01-12',
      'observation 2099-01-14',
      'check 2099-01-20',
    ]);
    expect(items[3]).toMatchObject({ title: 'Evidence in argument', planId: plan.id, linkId: expect.any(String) });
    expect(items[2]).toMatchObject({ subtype: 'co-planning', text: 'Planned it.' });
    expect(items[5]).toMatchObject({ value: 55 });
    // A draft is the observer's: neither the teacher nor the coach sees it on the shared timeline.
    expect(items[4]).toMatchObject({ subtype: 'coaching', text: null });
    expect((await timeline(cookies.coach))[4].text).toBeNull();

    await giveFeedback(visit.id, true);
    expect((await timeline(teacher.cookie))[4].text).toBe('Ask “how do you know?” after each claim.');

    await coach.send('POST', `/cycles/${id}/close`, { outcome: 'Reached 55 %.' });
    // The close is dated the day it happened (here before the 2099 data points, which are by their own dates).
    const afterClose = await timeline(cookies.coach);
    expect(afterClose[1]).toMatchObject({ kind: 'closed', text: 'Reached 55 %.', date: afterClose[0].date });
    expect((await as(cookies.leader).get(`/cycles/${id}/timeline`)).statusCode).toBe(404);
  });
});

describe('lists and the caseload', () => {
  it('lists the cycles one coaches or is coached in, newest first, by page and status', async () => {
    const coach = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'coach', schoolId: t.school.id }] });
    const cookie = await signIn(ctx.app, coach.email);
    const teachers = [await newTeacher(), await newTeacher(), await newTeacher()];
    const ids: string[] = [];
    for (const teacher of teachers) ids.push((await start(cookie, teacher.id)).id);
    await as(cookie).send('POST', `/cycles/${ids[0]}/close`, { outcome: 'Met.' });

    const page1 = json(await as(cookie).get('/cycles?limit=2'));
    expect(page1.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    const page2 = json(await as(cookie).get(`/cycles?limit=2&cursor=${page1.nextCursor}`));
    expect(page2.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();
    expect((await as(cookie).get('/cycles?cursor=forged')).statusCode).toBe(400);
    expect(json(await as(cookie).get('/cycles?status=closed')).items.map((c: { id: string }) => c.id)).toEqual([
      ids[0],
    ]);
    expect(json(await as(cookie).get('/cycles?status=open')).items).toHaveLength(2);
    expect(json(await as(cookie).get(`/cycles?teacherId=${teachers[1]!.id}`)).items).toHaveLength(1);
    expect(json(await as(cookie).get('/cycles?role=coached')).items).toEqual([]);

    const coached = json(await as(teachers[1]!.cookie).get('/cycles?role=coached')).items;
    expect(coached).toEqual([expect.objectContaining({ id: ids[1], coach: { id: coach.id, name: coach.name } })]);
    expect(json(await as(cookies.leader).get('/cycles?role=coached')).items).toEqual([]);

    // The caseload's open cycles, by teacher.
    const active = await activeCyclesFrom(ctx.db)(t.org.id, coach.id);
    expect([...active.keys()].sort()).toEqual([teachers[1]!.id, teachers[2]!.id].sort());
    expect(active.get(teachers[1]!.id)).toEqual({ id: ids[1], goal: cycleBody('').goal });
    expect((await activeCyclesFrom(ctx.db)(other.org.id, coach.id)).size).toBe(0);
  });
});

describe('tenancy', () => {
  it('answers 404 for another tenant’s cycle on every route', async () => {
    const teacher = await newTeacher();
    const cycle = await start(cookies.coach, teacher.id);
    const stranger = as(otherCoach);
    expect((await stranger.get(`/cycles/${cycle.id}`)).statusCode).toBe(404);
    expect((await stranger.send('PATCH', `/cycles/${cycle.id}`, { stage: 'learn' })).statusCode).toBe(404);
    expect(
      (await stranger.send('POST', `/cycles/${cycle.id}/checks`, { date: '2099-01-01', value: 1 })).statusCode,
    ).toBe(404);
    expect((await stranger.send('POST', `/cycles/${cycle.id}/close`, { outcome: 'x' })).statusCode).toBe(404);
    expect((await stranger.get('/cycles/not-a-uuid')).statusCode).toBe(404);
    expect(json(await stranger.get('/cycles')).items).toEqual([]);
  });
});
