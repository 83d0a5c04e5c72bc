import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { initiatives, pathwayEnrolments, pathwayStepCompletions, pathwaySteps, pathways } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { initiativeExistsFrom } from '../impact';
import { cardCatalogFrom } from '../library';
import { peopleSchoolsFrom } from '../organizations';
import { ownPlansFrom } from '../planning';
import { createPathwaysService } from './pathways.service';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<
  'coach' | 'teacher' | 'leader' | 'admin' | 'otherTeacher' | 'facilitator' | 'foreign',
  string
>;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const who of ['coach', 'teacher', 'leader', 'admin', 'otherTeacher', 'facilitator'] as const)
    cookies[who] = await signIn(ctx.app, t[who].email);
  cookies.foreign = await signIn(ctx.app, other.admin.email);
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      // Body-less writes say they come from the app (the CSRF rule), as the web client does.
      headers: { cookie, 'x-requested-with': 'conecta' },
      ...(payload && { payload }),
    }),
});

const NEW_TEACHERS = {
  title: { en: 'New teacher essentials', es: 'Primeros pasos' },
  description: { en: 'Your first weeks.' },
  audience: 'new_teachers',
  steps: [
    { kind: 'card', cardId: 'exit-tickets' },
    { kind: 'card', cardId: 'hinge-questions' },
    {
      kind: 'task',
      title: { en: 'Try it', es: 'Pruébalo' },
      instructions: { en: 'Plan a lesson with one of the cards and mark “I tried it”.' },
    },
  ],
};

async function author(cookie = cookies.coach, body: object = NEW_TEACHERS) {
  const response = await as(cookie).send('POST', '/pathways', body);
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
}
async function published(cookie = cookies.coach) {
  const pathway = await author(cookie);
  const response = await as(cookie).send('POST', `/pathways/${pathway.id}/status`, { status: 'published' });
  expect(response.statusCode, response.body).toBe(200);
  return json(response);
}
const count = async (table: typeof pathways | typeof pathwaySteps | typeof pathwayEnrolments) =>
  (await ctx.db.select().from(table)).length;

describe('authoring', () => {
  it('lets admins, coaches and leaders author a draft with ordered steps; not teachers', async () => {
    expect((await as(cookies.teacher).send('POST', '/pathways', NEW_TEACHERS)).statusCode).toBe(403);
    expect((await as(cookies.facilitator).send('POST', '/pathways', NEW_TEACHERS)).statusCode).toBe(403);
    const pathway = await author(cookies.leader);
    expect(pathway.status).toBe('draft');
    expect(pathway.canEdit).toBe(true);
    expect(pathway.steps.map((s: { kind: string; cardId: string | null }) => [s.kind, s.cardId])).toEqual([
      ['card', 'exit-tickets'],
      ['card', 'hinge-questions'],
      ['task', null],
    ]);
    expect(pathway.steps[0].title).toBeTruthy();
    expect(pathway.source.title).toEqual(NEW_TEACHERS.title);
    // In Spanish, the task's title in Spanish and its instructions in English (the only language given).
    const es = json(await as(cookies.leader).get(`/pathways/${pathway.id}?locale=es`));
    expect(es.title).toBe('Primeros pasos');
    expect(es.steps[2].title).toBe('Pruébalo');
    expect(es.steps[2].instructions).toMatch(/Plan a lesson/);
  });

  it('refuses bad input with a problem and writes nothing', async () => {
    const before = [await count(pathways), await count(pathwaySteps)];
    const cases = [
      { ...NEW_TEACHERS, audience: 'students' },
      { ...NEW_TEACHERS, title: {} },
      { ...NEW_TEACHERS, steps: [{ kind: 'card', cardId: 'no-such-card' }] },
      { ...NEW_TEACHERS, steps: [NEW_TEACHERS.steps[0], NEW_TEACHERS.steps[0]] },
      { ...NEW_TEACHERS, initiativeId: '00000000-0000-4000-8000-000000000000' },
    ];
    const statuses = [];
    for (const body of cases) {
      const response = await as(cookies.coach).send('POST', '/pathways', body);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([400, 400, 422, 422, 422]);
    expect([await count(pathways), await count(pathwaySteps)]).toEqual(before);
  });

  it('links an initiative of the district, not another district’s', async () => {
    const [own] = await ctx.db
      .insert(initiatives)
      .values({
        organizationId: t.org.id,
        schoolYear: '2026-27',
        name: { en: 'Checks for understanding' },
        scope: { allSchools: true, schoolIds: [], teamIds: [] },
        createdBy: t.admin.id,
      })
      .returning();
    const [foreign] = await ctx.db
      .insert(initiatives)
      .values({
        organizationId: other.org.id,
        schoolYear: '2026-27',
        name: { en: 'Theirs' },
        scope: { allSchools: true, schoolIds: [], teamIds: [] },
        createdBy: other.admin.id,
      })
      .returning();
    expect((await author(cookies.admin, { ...NEW_TEACHERS, initiativeId: own!.id })).initiativeId).toBe(own!.id);
    const refused = await as(cookies.admin).send('POST', '/pathways', { ...NEW_TEACHERS, initiativeId: foreign!.id });
    expect(refused.statusCode).toBe(422);
    expect(json(refused).errors[0].path).toBe('initiativeId');
  });

  it('reorders, rewrites and removes steps, keeping completions of kept steps', async () => {
    const pathway = await published();
    await as(cookies.teacher).send('POST', `/pathways/${pathway.id}/enrolment`);
    const [first, second, task] = pathway.steps;
    expect(
      (await as(cookies.teacher).send('PUT', `/pathways/${pathway.id}/steps/${second.id}/completion`, {})).statusCode,
    ).toBe(200);
    const onTask = await as(cookies.teacher).send('PUT', `/pathways/${pathway.id}/steps/${task.id}/completion`, {
      note: 'My note on the task.',
    });
    expect(onTask.statusCode, onTask.body).toBe(200);
    const edited = await as(cookies.coach).send('PUT', `/pathways/${pathway.id}`, {
      ...NEW_TEACHERS,
      steps: [
        { id: second.id, kind: 'card', cardId: 'hinge-questions' },
        { id: first.id, kind: 'card', cardId: 'exit-tickets' },
        { kind: 'card', cardId: 'checks-for-understanding' },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const body = json(edited);
    expect(body.steps.map((s: { cardId: string }) => s.cardId)).toEqual([
      'hinge-questions',
      'exit-tickets',
      'checks-for-understanding',
    ]);
    expect(body.steps.some((s: { id: string }) => s.id === task.id)).toBe(false);
    const mine = json(await as(cookies.teacher).get(`/pathways/${pathway.id}`));
    expect(mine.progress).toEqual({ completed: 1, total: 3 });
    expect(mine.steps[0].completion).not.toBeNull();
    // The step left out is marked removed, not deleted: the learner's completion and note stay theirs.
    const kept = await ctx.db.select().from(pathwayStepCompletions);
    expect(kept.find((c) => c.stepId === task.id)).toMatchObject({
      userId: t.teacher.id,
      note: 'My note on the task.',
    });
    const removed = (await ctx.db.select().from(pathwaySteps)).find((s) => s.id === task.id);
    expect(removed?.removedAt).toBeInstanceOf(Date);
    const listed = json(await as(cookies.teacher).get('/pathways')).items.find(
      (p: { id: string }) => p.id === pathway.id,
    );
    expect(listed).toMatchObject({ stepCount: 3, progress: { completed: 1, total: 3 } });
    const progress = json(await as(cookies.coach).get(`/pathways/${pathway.id}/progress`));
    expect(progress.steps.map((s: { stepId: string }) => s.stepId)).not.toContain(task.id);
    // The removed step cannot be completed, undone or sent back by id.
    const url = `/pathways/${pathway.id}/steps/${task.id}/completion`;
    expect((await as(cookies.teacher).send('PUT', url, {})).statusCode).toBe(404);
    expect((await as(cookies.teacher).send('DELETE', url)).statusCode).toBe(404);
    const back = await as(cookies.coach).send('PUT', `/pathways/${pathway.id}`, {
      ...NEW_TEACHERS,
      steps: [{ id: task.id, kind: 'task', title: { en: 'Try it' }, instructions: { en: 'Again.' } }],
    });
    expect(back.statusCode).toBe(422);
    // Another coach may not edit it; an unknown step id is a problem that changes nothing.
    expect((await as(cookies.leader).send('PUT', `/pathways/${pathway.id}`, NEW_TEACHERS)).statusCode).toBe(403);
    const bad = await as(cookies.coach).send('PUT', `/pathways/${pathway.id}`, {
      ...NEW_TEACHERS,
      steps: [{ id: '00000000-0000-4000-8000-000000000000', kind: 'card', cardId: 'exit-tickets' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(json(await as(cookies.coach).get(`/pathways/${pathway.id}`)).steps).toHaveLength(3);
  });

  it('publishes only a pathway with steps', async () => {
    const empty = await author(cookies.coach, { ...NEW_TEACHERS, steps: [] });
    const refused = await as(cookies.coach).send('POST', `/pathways/${empty.id}/status`, { status: 'published' });
    expect(refused.statusCode).toBe(409);
    expect(json(await as(cookies.coach).get(`/pathways/${empty.id}`)).status).toBe('draft');
  });
});

describe('learning', () => {
  it('hides drafts from teachers; shows published ones; a teacher enrols and marks steps done and undone', async () => {
    const draft = await author();
    expect((await as(cookies.teacher).get(`/pathways/${draft.id}`)).statusCode).toBe(404);
    const list = json(await as(cookies.teacher).get('/pathways')).items;
    expect(list.some((p: { id: string }) => p.id === draft.id)).toBe(false);

    const pathway = await published();
    expect((await as(cookies.teacher).send('POST', `/pathways/${pathway.id}/enrolment`)).statusCode).toBe(201);
    expect((await as(cookies.teacher).send('POST', `/pathways/${pathway.id}/enrolment`)).statusCode).toBe(200);
    const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id);
    const done = await as(cookies.teacher).send(
      'PUT',
      `/pathways/${pathway.id}/steps/${pathway.steps[0].id}/completion`,
      { note: 'Used it on Friday.', planId: plan.id },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(json(done).progress).toEqual({ completed: 1, total: 3 });
    expect(json(done).steps[0].completion).toMatchObject({ note: 'Used it on Friday.', plan: { id: plan.id } });

    const listed = json(await as(cookies.teacher).get('/pathways')).items.find(
      (p: { id: string }) => p.id === pathway.id,
    );
    expect(listed).toMatchObject({ enrolled: true, progress: { completed: 1, total: 3 }, canEdit: false });

    const undone = await as(cookies.teacher).send(
      'DELETE',
      `/pathways/${pathway.id}/steps/${pathway.steps[0].id}/completion`,
    );
    expect(json(undone).progress).toEqual({ completed: 0, total: 3 });
  });

  it('links only the learner’s own plan, needs enrolment, and refuses long notes', async () => {
    const pathway = await published();
    const step = pathway.steps[0].id;
    const url = `/pathways/${pathway.id}/steps/${step}/completion`;
    expect((await as(cookies.otherTeacher).send('PUT', url, {})).statusCode).toBe(409);
    await as(cookies.otherTeacher).send('POST', `/pathways/${pathway.id}/enrolment`);
    const before = (await ctx.db.select().from(pathwayStepCompletions)).length;
    const theirs = await as(cookies.otherTeacher).send('PUT', url, { planId: t.teacherPlan.id });
    expect(theirs.statusCode).toBe(422);
    expect((await as(cookies.otherTeacher).send('PUT', url, { note: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect(
      (await as(cookies.otherTeacher).send('PUT', `/pathways/${pathway.id}/steps/nope/completion`, {})).statusCode,
    ).toBe(404);
    expect((await ctx.db.select().from(pathwayStepCompletions)).length).toBe(before);
  });

  it('lets a learner stop following a pathway, keeping their completions should they come back', async () => {
    const pathway = await published();
    const url = `/pathways/${pathway.id}/enrolment`;
    await as(cookies.teacher).send('POST', url);
    await as(cookies.teacher).send('PUT', `/pathways/${pathway.id}/steps/${pathway.steps[0].id}/completion`, {
      note: 'Still mine.',
    });
    const left = await as(cookies.teacher).send('DELETE', url);
    expect(left.statusCode, left.body).toBe(204);
    const after = json(await as(cookies.teacher).get(`/pathways/${pathway.id}`));
    expect(after).toMatchObject({ enrolled: false, progress: null });
    expect(
      (await ctx.db.select().from(pathwayEnrolments)).some(
        (e) => e.pathwayId === pathway.id && e.userId === t.teacher.id,
      ),
    ).toBe(false);
    const notes = (await ctx.db.select().from(pathwayStepCompletions)).filter((c) => c.pathwayId === pathway.id);
    expect(notes.map((c) => c.note)).toEqual(['Still mine.']);
    // Not enrolled any more: steps cannot change; leaving again is harmless; back in, the progress is there.
    const step = `/pathways/${pathway.id}/steps/${pathway.steps[1].id}/completion`;
    expect((await as(cookies.teacher).send('PUT', step, {})).statusCode).toBe(409);
    expect((await as(cookies.teacher).send('DELETE', url)).statusCode).toBe(204);
    expect((await as(cookies.teacher).send('POST', url)).statusCode).toBe(201);
    expect(json(await as(cookies.teacher).get(`/pathways/${pathway.id}`)).progress).toEqual({ completed: 1, total: 3 });
    // Facilitators do not follow pathways; another district's is not found.
    expect((await as(cookies.facilitator).send('DELETE', url)).statusCode).toBe(403);
    expect((await as(cookies.foreign).send('DELETE', url)).statusCode).toBe(404);
  });

  it('answers 409, not a server error, when the step is removed while it is being completed', async () => {
    const pathway = await published();
    await as(cookies.teacher).send('POST', `/pathways/${pathway.id}/enrolment`);
    const [first, second, task] = pathway.steps;
    const actorOf = (userId: string, role: 'teacher' | 'coach', locale: 'en' | 'es' = 'en'): Actor => ({
      userId,
      organizationId: t.org.id,
      organizationName: 'District',
      name: 'Someone',
      email: 'someone@example.test',
      locale,
      memberships: [{ id: `m-${role}`, role, schoolId: t.school.id }],
      via: { kind: 'session', sessionId: 'test' },
      context: { ip: null, userAgent: null },
    });
    const plans = ownPlansFrom(ctx.db);
    let edited = false;
    const service = createPathwaysService({
      db: ctx.db,
      cards: cardCatalogFrom(ctx.db),
      initiativeExists: initiativeExistsFrom(ctx.db),
      peopleSchools: peopleSchoolsFrom(ctx.db),
      // Between the learner's checks and the write, the author saves an edit leaving the task out.
      ownPlans: async (...args) => {
        if (edited) return plans(...args);
        edited = true;
        await service.update(actorOf(t.coach.id, 'coach'), pathway.id, {
          ...NEW_TEACHERS,
          audience: 'new_teachers',
          steps: [
            { id: first.id, kind: 'card', cardId: 'exit-tickets' },
            { id: second.id, kind: 'card', cardId: 'hinge-questions' },
          ],
        } as Parameters<typeof service.update>[2]);
        return plans(...args);
      },
    });
    const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id);
    const before = (await ctx.db.select().from(pathwayStepCompletions)).length;
    await expect(
      service.complete(actorOf(t.teacher.id, 'teacher'), pathway.id, task.id, { note: 'Mine', planId: plan.id }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await ctx.db.select().from(pathwayStepCompletions)).length).toBe(before);
  });

  it('does not let facilitators enrol', async () => {
    const pathway = await published();
    expect((await as(cookies.facilitator).send('POST', `/pathways/${pathway.id}/enrolment`)).statusCode).toBe(403);
  });

  it('answers 404 for another district’s pathway everywhere', async () => {
    const pathway = await published();
    const foreign = as(cookies.foreign);
    const step = pathway.steps[0].id;
    const responses = await Promise.all([
      foreign.get(`/pathways/${pathway.id}`),
      foreign.send('PUT', `/pathways/${pathway.id}`, NEW_TEACHERS),
      foreign.send('POST', `/pathways/${pathway.id}/status`, { status: 'archived' }),
      foreign.send('POST', `/pathways/${pathway.id}/enrolment`),
      foreign.send('POST', `/pathways/${pathway.id}/enrolments`, { userIds: [other.teacher.id] }),
      foreign.get(`/pathways/${pathway.id}/progress`),
      foreign.send('PUT', `/pathways/${pathway.id}/steps/${step}/completion`, {}),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect(json(await foreign.get('/pathways')).items.some((p: { id: string }) => p.id === pathway.id)).toBe(false);
  });
});

describe('assigning and progress', () => {
  it('enrols people of the author’s schools (admins: the district), refusing others, and writes nothing then', async () => {
    const pathway = await published();
    const refused = await as(cookies.coach).send('POST', `/pathways/${pathway.id}/enrolments`, {
      userIds: [t.teacher.id, other.teacher.id, t.otherTeacher.id, t.facilitator.id],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(json(refused).errors).toEqual([
      { path: 'userIds.1', message: 'Not a person of your district.' },
      { path: 'userIds.2', message: 'Not a person of your schools.' },
      { path: 'userIds.3', message: 'Not a person of your district.' },
    ]);
    const es = await as(cookies.coach).send('POST', `/pathways/${pathway.id}/enrolments?locale=es`, {
      userIds: [t.otherTeacher.id],
    });
    expect(json(es).errors).toEqual([{ path: 'userIds.0', message: 'No es una persona de tus escuelas.' }]);
    expect((await ctx.db.select().from(pathwayEnrolments)).some((e) => e.pathwayId === pathway.id)).toBe(false);

    const assigned = await as(cookies.coach).send('POST', `/pathways/${pathway.id}/enrolments`, {
      userIds: [t.teacher.id, t.teacher.id],
    });
    expect(json(assigned)).toEqual({ enrolled: 1, already: 0 });
    // An admin's scope is the district: the other school's teacher too.
    const byAdmin = await as(cookies.admin).send('POST', `/pathways/${pathway.id}/enrolments`, {
      userIds: [t.otherTeacher.id, t.teacher.id],
    });
    expect(json(byAdmin)).toEqual({ enrolled: 1, already: 1 });
    expect(
      (await as(cookies.leader).send('POST', `/pathways/${pathway.id}/enrolments`, { userIds: [t.teacher.id] }))
        .statusCode,
    ).toBe(403);
  });

  it('shows each assigned person of the caller’s scope, never the self-enrolled; step counts only from five', async () => {
    const pathway = await published();
    const [extraA, extraB] = [
      await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] }),
      await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] }),
    ];
    const farAway = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.otherSchool.id }] });
    await as(cookies.coach).send('POST', `/pathways/${pathway.id}/enrolments`, {
      userIds: [t.teacher.id, extraA.id, extraB.id],
    });
    await as(cookies.teacher).send('PUT', `/pathways/${pathway.id}/steps/${pathway.steps[1].id}/completion`, {
      note: 'Private to me.',
    });
    const small = json(await as(cookies.coach).get(`/pathways/${pathway.id}/progress`));
    expect(small.enrolled).toBe(3);
    expect(small.steps.map((s: { completed: number | null }) => s.completed)).toEqual([null, null, null]);
    const names = (p: Record<string, any>) => (p.people as { userId: string }[]).map((person) => person.userId).sort();
    expect(names(small)).toEqual([t.teacher.id, extraA.id, extraB.id].sort());
    expect(small.people.find((p: { userId: string }) => p.userId === t.teacher.id)).toMatchObject({
      completed: 1,
      total: 3,
      assigned: true,
    });
    expect(JSON.stringify(small)).not.toContain('Private to me.');

    // Two enrol themselves (one of the coach's school, one of another): five follow it now.
    await as(cookies.leader).send('POST', `/pathways/${pathway.id}/enrolment`);
    await as(cookies.otherTeacher).send('POST', `/pathways/${pathway.id}/enrolment`);
    // The admin assigns someone of another school: not in the coach's scope.
    await as(cookies.admin).send('POST', `/pathways/${pathway.id}/enrolments`, { userIds: [farAway.id] });
    const full = json(await as(cookies.coach).get(`/pathways/${pathway.id}/progress`));
    expect(full.enrolled).toBe(6);
    expect(full.steps.map((s: { completed: number | null }) => s.completed)).toEqual([0, 1, 0]);
    expect(names(full)).toEqual([t.teacher.id, extraA.id, extraB.id].sort());
    const admin = json(await as(cookies.admin).get(`/pathways/${pathway.id}/progress`));
    expect(names(admin)).toEqual([t.teacher.id, extraA.id, extraB.id, farAway.id].sort());

    expect((await as(cookies.leader).get(`/pathways/${pathway.id}/progress`)).statusCode).toBe(403);
    expect((await as(cookies.teacher).get(`/pathways/${pathway.id}/progress`)).statusCode).toBe(403);
  });

  it('keeps an archived pathway visible to its learners, read-only', async () => {
    const pathway = await published();
    await as(cookies.teacher).send('POST', `/pathways/${pathway.id}/enrolment`);
    await as(cookies.coach).send('POST', `/pathways/${pathway.id}/status`, { status: 'archived' });
    expect((await as(cookies.teacher).get(`/pathways/${pathway.id}`)).statusCode).toBe(200);
    expect((await as(cookies.otherTeacher).get(`/pathways/${pathway.id}`)).statusCode).toBe(404);
    const url = `/pathways/${pathway.id}/steps/${pathway.steps[0].id}/completion`;
    expect((await as(cookies.teacher).send('PUT', url, {})).statusCode).toBe(409);
  });
});

describe('recommendations', () => {
  it('ranks a published pathway the teacher does not follow on the home page, then not once enrolled', async () => {
    const fresh = await buildTenant(ctx.db);
    const coach = await signIn(ctx.app, fresh.coach.email);
    const teacher = await signIn(ctx.app, fresh.teacher.email);
    const created = json(await as(coach).send('POST', '/pathways', NEW_TEACHERS));
    await as(coach).send('POST', `/pathways/${created.id}/status`, { status: 'published' });
    const items = json(await as(teacher).get('/recommendations?surface=home&limit=20')).items;
    const item = items.find((i: { kind: string }) => i.kind === 'pathway');
    expect(item, JSON.stringify(items.map((i: { kind: string; id: string }) => `${i.kind}:${i.id}`))).toMatchObject({
      id: created.id,
      title: 'New teacher essentials',
    });
    expect(item.reasons.length).toBeGreaterThan(0);
    await as(teacher).send('POST', `/pathways/${created.id}/enrolment`);
    const after = json(await as(teacher).get('/recommendations?surface=home&limit=20')).items;
    expect(after.some((i: { kind: string }) => i.kind === 'pathway')).toBe(false);
  });
});
