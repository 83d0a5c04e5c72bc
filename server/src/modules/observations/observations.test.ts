import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClass, buildPlan, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'coach' | 'teacher' | 'leader' | 'admin' | 'facilitator' | 'otherTeacher', string>;
let otherCoach: string;
let practiceId: string;
let lookForId: string;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const who of Object.keys({ coach: 0, teacher: 0, leader: 0, admin: 0, facilitator: 0, otherTeacher: 0 }))
    cookies[who as keyof typeof cookies] = await signIn(ctx.app, t[who as keyof typeof cookies].email);
  otherCoach = await signIn(ctx.app, other.coach.email);
  const result = (await ctx.db.execute(
    sql`select p.id as practice_id, l.id as look_for_id from framework_practices p
        join framework_look_fors l on l.practice_id = p.id
        where p.organization_id is null order by p.position, l.position limit 1`,
  )) as unknown as { rows: { practice_id: string; look_for_id: string }[] };
  practiceId = result.rows[0]!.practice_id;
  lookForId = result.rows[0]!.look_for_id;
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

const visit = (overrides: object = {}) => ({
  teacherId: t.teacher.id,
  scheduledAt: '2099-10-05T09:30:00+02:00',
  classId: t.teacherClass.id,
  note: 'Looking at questioning during the opening.',
  ...overrides,
});
const schedule = async (cookie = cookies.coach, overrides: object = {}) => {
  const response = await as(cookie).send('POST', '/observations', visit(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
};
const note = (overrides: object = {}) => ({
  clientId: randomUUID(),
  at: '2099-10-05T09:35:00+02:00',
  text: 'Teacher asks "why?" after each answer; 6 of 24 students answer.',
  ...overrides,
});
const feedback = (share: boolean, overrides: object = {}) => ({
  strength: 'Every answer was followed by a "why?", so students explained their thinking.',
  growthArea: 'Only a few students answered.',
  actionStep: {
    text: 'Use a no-hands-up question once in each segment.',
    howToPractise: 'Script three questions for tomorrow and pick names with sticks.',
    resourceId: null,
    practiceId,
  },
  share,
  ...overrides,
});
const errorPaths = (response: { json: () => unknown }) =>
  ((response.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

describe('an observation from scheduling to follow-up', () => {
  it('schedules, takes evidence, keeps the draft from the teacher, shares, hears back and follows up', async () => {
    const coach = as(cookies.coach);
    const teacher = as(cookies.teacher);
    const created = await schedule(cookies.coach, { focusPracticeIds: [practiceId] });
    expect(created).toMatchObject({
      kind: 'coaching',
      status: 'scheduled',
      observer: { id: t.coach.id, name: t.coach.name },
      teacher: { id: t.teacher.id, name: t.teacher.name },
      scheduledAt: '2099-10-05T07:30:00.000Z',
      durationMinutes: 20,
      classId: t.teacherClass.id,
      planId: null,
      focusPracticeIds: [practiceId],
      followUpDue: '2099-10-19',
      followUpOverdue: false,
      evidenceCount: 0,
      feedback: null,
      followUp: null,
    });
    const id = created.id as string;
    expect(json(await teacher.get(`/observations/${id}`))).toEqual(created);

    // The teacher shares their plan for the lesson.
    const attached = await teacher.send('PUT', `/observations/${id}/plan`, { planId: t.teacherPlan.id });
    expect(attached.statusCode, attached.body).toBe(200);
    expect(json(attached).planId).toBe(t.teacherPlan.id);

    // Evidence: the first note moves the visit to "observed"; a resend is answered with the stored note.
    const first = note({ practiceIds: [practiceId], lookForIds: [lookForId] });
    const added = await coach.send('POST', `/observations/${id}/notes`, first);
    expect(added.statusCode, added.body).toBe(201);
    expect(json(added)).toMatchObject({
      clientId: first.clientId,
      at: '2099-10-05T07:35:00.000Z',
      practiceIds: [practiceId],
      lookForIds: [lookForId],
    });
    const resent = await coach.send('POST', `/observations/${id}/notes`, { ...first, text: 'changed offline' });
    expect(resent.statusCode).toBe(200);
    expect(json(resent)).toEqual(json(added));
    const earlier = await coach.send('POST', `/observations/${id}/notes`, note({ at: '2099-10-05T07:31:00Z' }));
    expect(earlier.statusCode).toBe(201);
    const observed = json(await coach.get(`/observations/${id}`));
    expect(observed).toMatchObject({ status: 'observed', evidenceCount: 2 });
    const notes = json(await coach.get(`/observations/${id}/notes`));
    expect(notes.items.map((n: { id: string }) => n.id)).toEqual([json(earlier).id, json(added).id]);
    expect(notes.nextCursor).toBeNull();

    // A draft: the observer sees it, the teacher sees neither it nor the notes; nothing to respond to yet.
    const draft = await coach.send('PUT', `/observations/${id}/feedback`, feedback(false));
    expect(draft.statusCode, draft.body).toBe(200);
    expect(json(draft)).toMatchObject({ status: 'observed', feedback: { sharedAt: null, teacherResponse: null } });
    expect(json(await teacher.get(`/observations/${id}`)).feedback).toBeNull();
    expect((await teacher.get(`/observations/${id}/notes`)).statusCode).toBe(403);
    expect((await teacher.send('POST', `/observations/${id}/response`, { text: 'Thanks' })).statusCode).toBe(409);
    expect((await coach.send('POST', `/observations/${id}/follow-up`, { actionStepProgress: 'done' })).statusCode).toBe(
      409,
    );

    // Shared: the teacher sees the feedback and the evidence behind it.
    const shared = json(await coach.send('PUT', `/observations/${id}/feedback`, feedback(true)));
    expect(shared.status).toBe('feedback-shared');
    expect(shared.feedback).toMatchObject({
      strength: feedback(true).strength,
      actionStep: { text: feedback(true).actionStep.text, practiceId, resourceId: null },
    });
    expect(shared.feedback.sharedAt).toEqual(expect.any(String));
    const seen = json(await teacher.get(`/observations/${id}`));
    expect(seen.feedback).toEqual(shared.feedback);
    expect(json(await teacher.get(`/observations/${id}/notes`)).items).toHaveLength(2);

    // Editing after sharing keeps the first sharedAt.
    const edited = json(
      await coach.send('PUT', `/observations/${id}/feedback`, feedback(true, { growthArea: 'Wait time.' })),
    );
    expect(edited.feedback).toMatchObject({ growthArea: 'Wait time.', sharedAt: shared.feedback.sharedAt });

    const responded = await teacher.send('POST', `/observations/${id}/response`, { text: 'I will try sticks.' });
    expect(responded.statusCode, responded.body).toBe(200);
    expect(json(responded).feedback).toMatchObject({ teacherResponse: 'I will try sticks.' });
    expect(json(responded).feedback.respondedAt).toEqual(expect.any(String));

    const followed = await coach.send('POST', `/observations/${id}/follow-up`, {
      actionStepProgress: 'progressing',
      note: 'Used it twice; next: wait three seconds.',
    });
    expect(followed.statusCode, followed.body).toBe(200);
    expect(json(followed)).toMatchObject({
      status: 'followed-up',
      followUpOverdue: false,
      followUp: { actionStepProgress: 'progressing', note: 'Used it twice; next: wait three seconds.' },
      feedback: { teacherResponse: 'I will try sticks.' },
    });

    // Both lists show it, from each side.
    const observing = json(await coach.get('/observations?role=observing&limit=200')).items;
    expect(observing.map((o: { id: string }) => o.id)).toContain(id);
    const observedList = json(await teacher.get('/observations?role=observed&limit=200')).items;
    expect(observedList.find((o: { id: string }) => o.id === id)?.feedback?.teacherResponse).toBe('I will try sticks.');
    expect(json(await teacher.get('/observations?role=observing')).items).toEqual([]);
  });

  it('lists newest first with keyset pages, and filters by teacher and status', async () => {
    const coach = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'coach', schoolId: t.school.id }] });
    const cookie = await signIn(ctx.app, coach.email);
    const ids: string[] = [];
    for (const day of ['2026-09-01', '2026-09-03', '2026-09-02'])
      ids.push((await schedule(cookie, { scheduledAt: `${day}T10:00:00Z`, classId: null })).id);
    const page1 = json(await as(cookie).get('/observations?limit=2'));
    expect(page1.items.map((o: { id: string }) => o.id)).toEqual([ids[1], ids[2]]);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = json(await as(cookie).get(`/observations?limit=2&cursor=${page1.nextCursor}`));
    expect(page2.items.map((o: { id: string }) => o.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();
    expect((await as(cookie).get('/observations?cursor=forged')).statusCode).toBe(400);
    expect(json(await as(cookie).get(`/observations?teacherId=${t.otherTeacher.id}`)).items).toEqual([]);
    expect(json(await as(cookie).get(`/observations?teacherId=${t.teacher.id}`)).items).toHaveLength(3);
    expect(json(await as(cookie).get('/observations?status=observed')).items).toEqual([]);
  });
});

describe('validation', () => {
  it('refuses a person who is not a teacher here, a class that is not theirs, unknown practices, and evaluative mode', async () => {
    const coachClass = await buildClass(ctx.db, t.org.id, t.coach.id, t.school.id);
    const response = await as(cookies.coach).send(
      'POST',
      '/observations',
      visit({ teacherId: t.leader.id, focusPracticeIds: [randomUUID()] }),
    );
    expect(response.statusCode).toBe(422);
    expect(errorPaths(response)).toEqual(['teacherId', 'focusPracticeIds[0]']);

    const notTheirs = await as(cookies.coach).send('POST', '/observations', visit({ classId: coachClass.id }));
    expect(notTheirs.statusCode).toBe(422);
    expect(errorPaths(notTheirs)).toEqual(['classId']);

    const self = await as(cookies.coach).send('POST', '/observations', visit({ teacherId: t.coach.id }));
    expect(errorPaths(self)).toEqual(['teacherId']);

    const twice = await as(cookies.coach).send(
      'POST',
      '/observations',
      visit({ focusPracticeIds: [practiceId, practiceId] }),
    );
    expect(errorPaths(twice)).toEqual(['focusPracticeIds[1]']);

    const early = await as(cookies.coach).send('POST', '/observations', visit({ followUpDue: '2099-10-04' }));
    expect(errorPaths(early)).toEqual(['followUpDue']);

    const evaluative = await as(cookies.coach).send('POST', '/observations', visit({ kind: 'evaluative' }));
    expect(evaluative.statusCode).toBe(422);
    expect(json(evaluative).detail).toBe('Evaluative observations are not turned on for this district.');
    const inSpanish = await as(cookies.coach).send('POST', '/observations?locale=es', visit({ kind: 'evaluative' }));
    expect(json(inSpanish).detail).toBe('Las observaciones evaluativas no están activadas en este distrito.');

    expect((await as(cookies.coach).send('POST', '/observations', visit({ durationMinutes: 2 }))).statusCode).toBe(400);
  });

  it('refuses tags outside the frameworks the district can see, plans that are not the teacher’s, and early follow-ups', async () => {
    const { id } = await schedule();
    const tagged = await as(cookies.coach).send(
      'POST',
      `/observations/${id}/notes`,
      note({ practiceIds: [practiceId, randomUUID()], lookForIds: ['not-an-id', lookForId] }),
    );
    expect(tagged.statusCode).toBe(422);
    expect(errorPaths(tagged)).toEqual(['practiceIds[1]', 'lookForIds[0]']);
    expect(json(await as(cookies.coach).get(`/observations/${id}`))).toMatchObject({
      status: 'scheduled',
      evidenceCount: 0,
    });

    const step = await as(cookies.coach).send(
      'PUT',
      `/observations/${id}/feedback`,
      feedback(true, { actionStep: { text: 'x', howToPractise: 'y', practiceId: randomUUID() } }),
    );
    expect(step.statusCode).toBe(422);
    expect(errorPaths(step)).toEqual(['actionStep.practiceId']);

    const othersPlan = await buildPlan(ctx.db, t.org.id, t.otherTeacher.id, { visibility: 'team' });
    for (const planId of [othersPlan.id, other.teacherPlan.id, randomUUID()]) {
      const attached = await as(cookies.teacher).send('PUT', `/observations/${id}/plan`, { planId });
      expect(attached.statusCode).toBe(422);
      expect(errorPaths(attached)).toEqual(['planId']);
    }
    await as(cookies.teacher).send('PUT', `/observations/${id}/plan`, { planId: t.teacherPlan.id });
    const detached = await as(cookies.teacher).send('PUT', `/observations/${id}/plan`, { planId: null });
    expect(json(detached).planId).toBeNull();

    const moved = await as(cookies.coach).send('PATCH', `/observations/${id}`, {
      scheduledAt: '2099-11-20T10:00:00Z',
    });
    expect(moved.statusCode).toBe(422);
    expect(errorPaths(moved)).toEqual(['followUpDue']);
    const rescheduled = await as(cookies.coach).send('PATCH', `/observations/${id}`, {
      scheduledAt: '2099-11-20T10:00:00Z',
      followUpDue: '2099-12-04',
      durationMinutes: 30,
    });
    expect(json(rescheduled)).toMatchObject({
      scheduledAt: '2099-11-20T10:00:00.000Z',
      followUpDue: '2099-12-04',
      durationMinutes: 30,
    });
  });

  it('cancels only before feedback is shared, and a cancelled visit takes nothing more', async () => {
    const { id } = await schedule();
    const cancelled = await as(cookies.coach).send('PATCH', `/observations/${id}`, { status: 'cancelled' });
    expect(json(cancelled).status).toBe('cancelled');
    expect((await as(cookies.coach).send('POST', `/observations/${id}/notes`, note())).statusCode).toBe(409);
    expect((await as(cookies.coach).send('PUT', `/observations/${id}/feedback`, feedback(true))).statusCode).toBe(409);
    expect((await as(cookies.coach).send('PATCH', `/observations/${id}`, { durationMinutes: 30 })).statusCode).toBe(
      409,
    );

    const shared = await schedule();
    await as(cookies.coach).send('PUT', `/observations/${shared.id}/feedback`, feedback(true));
    const late = await as(cookies.coach).send('PATCH', `/observations/${shared.id}`, { status: 'cancelled' });
    expect(late.statusCode).toBe(409);
  });
});

describe('quick tallies', () => {
  it('replaces the counts whole (a resend is harmless), marks the visit observed, and takes only the district’s look-fors', async () => {
    const { id } = await schedule();
    const first = await as(cookies.coach).send('PUT', `/observations/${id}/tallies`, { counts: { [lookForId]: 2 } });
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first)).toMatchObject({ status: 'observed', tallies: { [lookForId]: 2 } });
    const again = await as(cookies.coach).send('PUT', `/observations/${id}/tallies`, { counts: { [lookForId]: 3 } });
    expect(json(again).tallies).toEqual({ [lookForId]: 3 });

    const unknown = await as(cookies.coach).send('PUT', `/observations/${id}/tallies`, {
      counts: { [randomUUID()]: 1 },
    });
    expect(unknown.statusCode).toBe(422);
    expect(json(unknown).errors[0].path).toMatch(/^counts/);
    const negative = await as(cookies.coach).send('PUT', `/observations/${id}/tallies`, {
      counts: { [lookForId]: -1 },
    });
    expect(negative.statusCode).toBe(400);
    expect((await as(cookies.teacher).send('PUT', `/observations/${id}/tallies`, { counts: {} })).statusCode).toBe(403);
    expect(json(await as(cookies.coach).get(`/observations/${id}`)).tallies).toEqual({ [lookForId]: 3 });
  });
});

describe('who may do what', () => {
  it('teachers schedule peer visits only; coaches and leaders visit the teachers of their schools', async () => {
    expect((await as(cookies.teacher).send('POST', '/observations', visit())).statusCode).toBe(403);
    const peer = await schedule(cookies.teacher, { kind: 'peer', teacherId: t.otherTeacher.id, classId: null });
    expect(peer).toMatchObject({ kind: 'peer', observer: { id: t.teacher.id } });

    const elsewhere = await as(cookies.coach).send(
      'POST',
      '/observations',
      visit({ teacherId: t.otherTeacher.id, classId: null }),
    );
    expect(elsewhere.statusCode).toBe(422);
    expect(errorPaths(elsewhere)).toEqual(['teacherId']);

    expect((await schedule(cookies.leader, { kind: 'walkthrough', classId: null })).kind).toBe('walkthrough');
    const leaderElsewhere = await as(cookies.leader).send(
      'POST',
      '/observations',
      visit({ teacherId: t.otherTeacher.id, classId: null }),
    );
    expect(leaderElsewhere.statusCode).toBe(422);

    for (const who of ['admin', 'facilitator'] as const)
      expect((await as(cookies[who]).send('POST', '/observations', visit())).statusCode).toBe(403);
    // A teacher of another tenant is not a teacher here.
    const foreign = await as(cookies.coach).send(
      'POST',
      '/observations',
      visit({ teacherId: other.teacher.id, classId: null }),
    );
    expect(errorPaths(foreign)).toEqual(['teacherId']);
  });

  it('only the observer and the observed teacher know the visit exists; each side does only its part', async () => {
    const { id } = await schedule();
    await as(cookies.coach).send('PUT', `/observations/${id}/feedback`, feedback(true));
    for (const who of ['leader', 'admin', 'facilitator', 'otherTeacher'] as const) {
      expect((await as(cookies[who]).get(`/observations/${id}`)).statusCode, who).toBe(404);
      expect((await as(cookies[who]).get(`/observations/${id}/notes`)).statusCode, who).toBe(404);
      expect((await as(cookies[who]).send('POST', `/observations/${id}/notes`, note())).statusCode, who).toBe(404);
      const lists = await Promise.all(
        ['observing', 'observed'].map(async (role) => (await as(cookies[who]).get(`/observations?role=${role}`)).body),
      );
      for (const list of lists) expect(list, who).not.toContain(id);
    }
    expect((await as(cookies.teacher).send('PATCH', `/observations/${id}`, { durationMinutes: 30 })).statusCode).toBe(
      403,
    );
    expect((await as(cookies.teacher).send('POST', `/observations/${id}/notes`, note())).statusCode).toBe(403);
    expect((await as(cookies.teacher).send('PUT', `/observations/${id}/feedback`, feedback(true))).statusCode).toBe(
      403,
    );
    expect(
      (await as(cookies.teacher).send('POST', `/observations/${id}/follow-up`, { actionStepProgress: 'done' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await as(cookies.coach).send('PUT', `/observations/${id}/plan`, { planId: t.teacherPlan.id })).statusCode,
    ).toBe(403);
    expect((await as(cookies.coach).send('POST', `/observations/${id}/response`, { text: 'Hi' })).statusCode).toBe(403);
  });

  it("another tenant's visit is not found on every route", async () => {
    const { id } = await schedule();
    const coach = as(otherCoach);
    expect((await coach.get(`/observations/${id}`)).statusCode).toBe(404);
    expect((await coach.get(`/observations/${id}/notes`)).statusCode).toBe(404);
    expect((await coach.send('PATCH', `/observations/${id}`, { status: 'cancelled' })).statusCode).toBe(404);
    expect((await coach.send('POST', `/observations/${id}/notes`, note())).statusCode).toBe(404);
    expect((await coach.send('PUT', `/observations/${id}/feedback`, feedback(true))).statusCode).toBe(404);
    expect((await coach.send('POST', `/observations/${id}/follow-up`, { actionStepProgress: 'done' })).statusCode).toBe(
      404,
    );
    expect((await as(cookies.coach).get('/observations/not-a-uuid')).statusCode).toBe(404);
  });
});

describe('follow-up dates', () => {
  it('a visit past its follow-up date is overdue until followed up or cancelled', async () => {
    const coach = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'coach', schoolId: t.school.id }] });
    const cookie = await signIn(ctx.app, coach.email);
    const past = await schedule(cookie, {
      scheduledAt: '2020-01-06T10:00:00Z',
      followUpDue: '2020-01-20',
      classId: null,
    });
    expect(past.followUpOverdue).toBe(true);
    const defaulted = await schedule(cookie, { scheduledAt: '2020-03-02T10:00:00Z', classId: null });
    expect(defaulted).toMatchObject({ followUpDue: '2020-03-16', followUpOverdue: true });
    const future = await schedule(cookie, { scheduledAt: '2099-01-05T10:00:00Z', classId: null });
    expect(future.followUpOverdue).toBe(false);

    const overdueIds = async (flag: boolean) =>
      json(await as(cookie).get(`/observations?overdue=${flag}`)).items.map((o: { id: string }) => o.id);
    expect(await overdueIds(true)).toEqual([defaulted.id, past.id]);
    expect(await overdueIds(false)).toEqual([future.id]);

    // Followed up: no longer overdue.
    await as(cookie).send('PUT', `/observations/${past.id}/feedback`, feedback(true));
    const done = json(
      await as(cookie).send('POST', `/observations/${past.id}/follow-up`, { actionStepProgress: 'not-yet' }),
    );
    expect(done).toMatchObject({ status: 'followed-up', followUpOverdue: false });
    // Cancelled: no longer overdue either.
    const cancelled = json(await as(cookie).send('PATCH', `/observations/${defaulted.id}`, { status: 'cancelled' }));
    expect(cancelled.followUpOverdue).toBe(false);
    expect(await overdueIds(true)).toEqual([]);
  });
});

describe('an attached plan', () => {
  it('is readable by the observer — the plan only, not its reflections — until detached or cancelled; never by a leader', async () => {
    const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id, { visibility: 'private', classId: t.teacherClass.id });
    const read = (cookie: string) => as(cookie).get(`/lesson-plans/${plan.id}`);
    const reflections = (cookie: string) => as(cookie).get(`/lesson-plans/${plan.id}/reflections`);
    await as(cookies.teacher).send('POST', `/lesson-plans/${plan.id}/reflections`, { nextTime: 'Shorter launch.' });
    expect((await read(cookies.coach)).statusCode).toBe(404);

    const coachVisit = await schedule(cookies.coach);
    const leaderVisit = await schedule(cookies.leader);
    for (const { id } of [coachVisit, leaderVisit]) {
      const attached = await as(cookies.teacher).send('PUT', `/observations/${id}/plan`, { planId: plan.id });
      expect(attached.statusCode, attached.body).toBe(200);
    }
    expect(json(await read(cookies.coach))).toMatchObject({ id: plan.id, title: plan.title });
    expect((await reflections(cookies.coach)).statusCode).toBe(404);
    // A school leader reads no private plan through any route (API.md), attached or not.
    expect((await read(cookies.leader)).statusCode).toBe(404);
    expect((await read(cookies.otherTeacher)).statusCode).toBe(404);

    await as(cookies.teacher).send('PUT', `/observations/${coachVisit.id}/plan`, { planId: null });
    expect((await read(cookies.coach)).statusCode).toBe(404);
    await as(cookies.teacher).send('PUT', `/observations/${coachVisit.id}/plan`, { planId: plan.id });
    expect((await read(cookies.coach)).statusCode).toBe(200);
    await as(cookies.coach).send('PATCH', `/observations/${coachVisit.id}`, { status: 'cancelled' });
    expect((await read(cookies.coach)).statusCode).toBe(404);
  });
});
