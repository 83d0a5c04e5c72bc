import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, buildTeam, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { notifications, teamMembers } from '../../db/schema';
import { meetingProtocols, meetings } from './meetings.table';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
/** The team: the tenant's teacher (lead) and a second teacher (member). */
let team: { id: string };
let second: { id: string; cookie: string };
const cookies = {} as Record<'teacher' | 'leader' | 'admin' | 'coach' | 'otherTeacher' | 'otherTenant', string>;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  const user = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
  second = { id: user.id, cookie: await signIn(ctx.app, user.email) };
  team = await buildTeam(ctx.db, t.org.id, { schoolId: t.school.id, memberIds: [t.teacher.id, second.id] });
  await ctx.db
    .update(teamMembers)
    .set({ role: 'lead' })
    .where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.userId, t.teacher.id)));
  for (const who of ['teacher', 'leader', 'admin', 'coach', 'otherTeacher'] as const)
    cookies[who] = await signIn(ctx.app, t[who].email);
  cookies.otherTenant = await signIn(ctx.app, other.teacher.email);
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

async function schedule(overrides: object = {}, cookie = cookies.teacher) {
  const response = await as(cookie).send('POST', `/teams/${team.id}/meetings`, {
    protocolId: 'looking-at-student-work',
    scheduledAt: '2099-03-02T15:00:00Z',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
}

describe('teams: type and cadence', () => {
  it('default to a shared-content team without a cadence, and change by a manager or the lead only', async () => {
    const before = json(await as(cookies.teacher).get(`/teams/${team.id}`));
    expect(before).toMatchObject({ type: 'shared-content', cadence: null });
    const cadence = { weekday: 3, startTime: '15:30', minutes: 90 };
    const byLead = await as(cookies.teacher).send('PATCH', `/teams/${team.id}`, { cadence });
    expect(byLead.statusCode, byLead.body).toBe(200);
    expect(json(byLead).cadence).toEqual(cadence);
    expect((await as(second.cookie).send('PATCH', `/teams/${team.id}`, { type: 'specialized' })).statusCode).toBe(403);
    const byLeader = await as(cookies.leader).send('PATCH', `/teams/${team.id}`, { type: 'shared-students' });
    expect(json(byLeader).type).toBe('shared-students');
    const bad = await as(cookies.leader).send('PATCH', `/teams/${team.id}`, {
      cadence: { weekday: 9, startTime: '25:00', minutes: 90 },
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect((await as(cookies.otherTenant).send('PATCH', `/teams/${team.id}`, { name: 'X' })).statusCode).toBe(404);
  });
});

describe('protocols', () => {
  it('list the six built-in templates and a district’s own, which only admins and coaches add', async () => {
    const list = json(await as(cookies.teacher).get('/protocols'));
    expect(list.items.filter((p: { builtIn: boolean }) => p.builtIn)).toHaveLength(6);
    const body = {
      name: { en: 'Quick check-in' },
      purpose: { en: 'Ten minutes to share one win.' },
      steps: [{ id: 'share', title: { en: 'Share' }, minutes: 10, speaker: 'all', prompts: [{ en: 'One win?' }] }],
    };
    expect((await as(cookies.teacher).send('POST', '/protocols', body)).statusCode).toBe(403);
    const created = await as(cookies.coach).send('POST', '/protocols', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(json(created)).toMatchObject({ builtIn: false, minutes: 10 });
    expect((await as(cookies.teacher).get(`/protocols/${json(created).id}`)).statusCode).toBe(200);
    expect((await as(cookies.otherTenant).get(`/protocols/${json(created).id}`)).statusCode).toBe(404);
    const dup = await as(cookies.admin).send('POST', '/protocols', { ...body, steps: [body.steps[0], body.steps[0]] });
    expect(dup.statusCode).toBeGreaterThanOrEqual(400);
    expect(dup.statusCode).toBeLessThan(500);
  });

  it('are copied into a meeting: a later edit of the protocol does not change it', async () => {
    const created = json(
      await as(cookies.coach).send('POST', '/protocols', {
        name: { en: 'Ours' },
        purpose: { en: 'Ours' },
        steps: [{ id: 'a', title: { en: 'Original step' }, minutes: 20, speaker: 'all', prompts: [{ en: 'Q' }] }],
      }),
    );
    const meeting = await schedule({ protocolId: created.id });
    expect(meeting.durationMinutes).toBe(20);
    await ctx.db
      .update(meetingProtocols)
      .set({
        definition: {
          name: { en: 'Ours' },
          purpose: { en: 'Ours' },
          steps: [{ id: 'b', title: { en: 'Edited' }, minutes: 5, speaker: 'all', prompts: [{ en: 'Q' }] }],
        },
      })
      .where(eq(meetingProtocols.id, created.id));
    const again = json(await as(cookies.teacher).get(`/meetings/${meeting.id}`));
    expect(again.protocol.steps[0].title.en).toBe('Original step');
  });
});

describe('scheduling and reading a meeting', () => {
  it('a member schedules with the team as attendees and a plan they may share', async () => {
    const plan = await buildPlan(ctx.db, t.org.id, t.teacher.id, { visibility: 'team', title: 'Fractions, lesson 4' });
    const meeting = await schedule({ artefacts: [{ type: 'plan', id: plan.id }] });
    expect(meeting).toMatchObject({
      state: 'scheduled',
      title: 'Looking at student work',
      durationMinutes: 50,
      facilitatorId: t.teacher.id,
      access: 'member',
      canRun: true,
      artefacts: [{ type: 'plan', id: plan.id, title: 'Fractions, lesson 4' }],
    });
    expect(meeting.attendees.map((a: { userId: string }) => a.userId).sort()).toEqual([t.teacher.id, second.id].sort());
    // The second member sees it all but does not run it.
    expect(json(await as(second.cookie).get(`/meetings/${meeting.id}`))).toMatchObject({
      canRun: false,
      access: 'member',
    });
  });

  it('refuses a facilitator, attendee or artefact from outside the team, changing nothing', async () => {
    const privatePlan = await buildPlan(ctx.db, t.org.id, t.otherTeacher.id);
    const before = (await ctx.db.select().from(meetings)).length;
    const response = await as(cookies.teacher).send('POST', `/teams/${team.id}/meetings`, {
      protocolId: 'tuning',
      scheduledAt: '2099-03-02T15:00:00Z',
      facilitatorId: t.coach.id,
      attendeeIds: [t.otherTeacher.id],
      artefacts: [
        { type: 'plan', id: privatePlan.id },
        { type: 'unit', id: randomUUID() },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).errors.map((e: { path: string }) => e.path)).toEqual([
      'facilitatorId',
      'attendeeIds.0',
      'artefacts.0.id',
      'artefacts.1.id',
    ]);
    expect((await ctx.db.select().from(meetings)).length).toBe(before);
    expect(
      (
        await as(cookies.teacher).send('POST', `/teams/${team.id}/meetings`, {
          protocolId: 'nope',
          scheduledAt: '2099-03-02T15:00:00Z',
        })
      ).statusCode,
    ).toBe(422);
  });

  it('shows leaders and admins the metadata only, and hides the team from everyone else', async () => {
    const meeting = await schedule();
    for (const who of ['leader', 'admin'] as const) {
      const seen = json(await as(cookies[who]).get(`/meetings/${meeting.id}`));
      expect(seen).toMatchObject({
        access: 'overview',
        artefacts: null,
        decisions: null,
        actionItems: null,
        canRun: false,
      });
      expect((await as(cookies[who]).get(`/meetings/${meeting.id}/notes`)).statusCode).toBe(403);
      expect((await as(cookies[who]).get(`/teams/${team.id}/meetings`)).statusCode).toBe(200);
      expect(
        (
          await as(cookies[who]).send('POST', `/teams/${team.id}/meetings`, {
            protocolId: 'tuning',
            scheduledAt: '2099-03-02T15:00:00Z',
          })
        ).statusCode,
      ).toBe(403);
    }
    for (const cookie of [cookies.coach, cookies.otherTeacher, cookies.otherTenant]) {
      expect((await as(cookie).get(`/meetings/${meeting.id}`)).statusCode).toBe(404);
      expect((await as(cookie).get(`/teams/${team.id}/meetings`)).statusCode).toBe(404);
      expect((await as(cookie).get(`/meetings/${meeting.id}/notes`)).statusCode).toBe(404);
    }
    const list = json(await as(second.cookie).get(`/teams/${team.id}/meetings?limit=1`));
    expect(list.items).toHaveLength(1);
    expect(list.nextCursor).not.toBeNull();
  });
});

describe('running a meeting', () => {
  it('the facilitator starts, moves through the steps and ends it; others may not', async () => {
    const meeting = await schedule({ facilitatorId: second.id });
    const run = (cookie: string, body: object) => as(cookie).send('POST', `/meetings/${meeting.id}/run`, body);
    expect((await run(second.cookie, { action: 'next' })).statusCode).toBe(409);
    const started = json(await run(second.cookie, { action: 'start' }));
    expect(started).toMatchObject({ state: 'running', currentStepIndex: 0 });
    expect(started.stepStartedAt).not.toBeNull();
    expect((await run(cookies.leader, { action: 'next' })).statusCode).toBe(403);
    expect(json(await run(second.cookie, { action: 'next' })).currentStepIndex).toBe(1);
    // The team's lead may run it too.
    expect(json(await run(cookies.teacher, { action: 'goto', stepIndex: 3 })).currentStepIndex).toBe(3);
    expect(json(await run(second.cookie, { action: 'previous' })).currentStepIndex).toBe(2);
    expect((await run(second.cookie, { action: 'goto', stepIndex: 6 })).statusCode).toBe(422);
    expect((await run(second.cookie, { action: 'goto' })).statusCode).toBe(400);

    const attendance = await as(second.cookie).send('PUT', `/meetings/${meeting.id}/attendance`, {
      attendance: [
        { userId: t.teacher.id, present: false },
        { userId: second.id, present: false },
        { userId: t.teacher.id, present: true },
      ],
    });
    expect(attendance.statusCode, attendance.body).toBe(200);
    expect(
      Object.fromEntries(
        json(attendance).attendees.map((a: { userId: string; attendance: string }) => [a.userId, a.attendance]),
      ),
    ).toEqual({ [t.teacher.id]: 'present', [second.id]: 'absent' }); // a person named twice: the last entry wins
    expect(
      (
        await as(second.cookie).send('PUT', `/meetings/${meeting.id}/attendance`, {
          attendance: [{ userId: t.coach.id, present: true }],
        })
      ).statusCode,
    ).toBe(422);

    const endedMeeting = json(await run(second.cookie, { action: 'end' }));
    expect(endedMeeting.state).toBe('ended');
    expect(endedMeeting.endedAt).not.toBeNull();
    expect((await run(second.cookie, { action: 'end' })).statusCode).toBe(409);
  });
});

describe('notes', () => {
  it('two people typing on the same step at once both keep what they wrote', async () => {
    const meeting = await schedule();
    const mine = randomUUID();
    const theirs = randomUUID();
    const save = (cookie: string, clientId: string, text: string) =>
      as(cookie).send('PUT', `/meetings/${meeting.id}/notes`, { clientId, stepIndex: 1, text });
    // Several rounds of autosave from both at the same moment.
    for (let round = 1; round <= 3; round++) {
      const responses = await Promise.all([
        save(cookies.teacher, mine, `Row 2: ${round} students wrote 3/4 > 4/5`),
        save(second.cookie, theirs, `Most answers skip the common denominator (${round})`),
      ]);
      for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    }
    const notes = json(await as(second.cookie).get(`/meetings/${meeting.id}/notes?step=1`)).items;
    expect(notes).toHaveLength(2);
    expect(notes.find((n: { mine: boolean }) => n.mine).text).toBe('Most answers skip the common denominator (3)');
    expect(notes.find((n: { mine: boolean }) => !n.mine).text).toBe('Row 2: 3 students wrote 3/4 > 4/5');
  });

  it('nobody writes over another person’s note, and a step must exist', async () => {
    const meeting = await schedule();
    const clientId = randomUUID();
    await as(cookies.teacher).send('PUT', `/meetings/${meeting.id}/notes`, { clientId, stepIndex: 0, text: 'Mine' });
    const hijack = await as(second.cookie).send('PUT', `/meetings/${meeting.id}/notes`, {
      clientId,
      stepIndex: 0,
      text: 'Overwritten',
    });
    expect(hijack.statusCode).toBe(409);
    const notes = json(await as(cookies.teacher).get(`/meetings/${meeting.id}/notes`)).items;
    expect(notes.map((n: { text: string }) => n.text)).toEqual(['Mine']);
    const badStep = await as(cookies.teacher).send('PUT', `/meetings/${meeting.id}/notes`, {
      clientId: randomUUID(),
      stepIndex: 12,
      text: 'x',
    });
    expect(badStep.statusCode).toBe(422);
  });
});

describe('decisions and action items', () => {
  it('an item goes to a member, tells them, shows on their Home list and only they tick it off', async () => {
    const meeting = await schedule();
    const decision = await as(cookies.teacher).send('POST', `/meetings/${meeting.id}/decisions`, {
      stepIndex: 3,
      text: 'Reteach common denominators on Monday.',
    });
    expect(decision.statusCode, decision.body).toBe(201);
    const outsider = await as(cookies.teacher).send('POST', `/meetings/${meeting.id}/action-items`, {
      text: 'Bring exit tickets',
      ownerId: t.coach.id,
      dueDate: '2099-03-09',
    });
    expect(outsider.statusCode).toBe(422);
    const created = await as(cookies.teacher).send('POST', `/meetings/${meeting.id}/action-items`, {
      text: 'Bring the Friday exit tickets',
      ownerId: second.id,
      dueDate: '2099-03-09',
      link: { kind: 'growth-focus' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = json(created);
    expect(item).toMatchObject({ ownerId: second.id, status: 'open', link: { kind: 'growth-focus' }, teamId: team.id });

    const told = await ctx.db.select().from(notifications).where(eq(notifications.userId, second.id));
    expect(told.map((n) => n.kind)).toContain('meeting.action-item-assigned');

    const home = json(await as(second.cookie).get('/action-items?mine=true'));
    expect(home.items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect(json(await as(cookies.teacher).get('/action-items')).items.map((i: { id: string }) => i.id)).not.toContain(
      item.id,
    );

    expect((await as(cookies.teacher).send('PATCH', `/action-items/${item.id}`, { status: 'done' })).statusCode).toBe(
      403,
    );
    expect(
      (await as(cookies.otherTenant).send('PATCH', `/action-items/${item.id}`, { status: 'done' })).statusCode,
    ).toBe(404);
    const done = await as(second.cookie).send('PATCH', `/action-items/${item.id}`, { status: 'done' });
    expect(json(done)).toMatchObject({ status: 'done' });
    expect(json(await as(second.cookie).get('/action-items')).items.map((i: { id: string }) => i.id)).not.toContain(
      item.id,
    );

    const full = json(await as(second.cookie).get(`/meetings/${meeting.id}`));
    expect(full.decisions).toHaveLength(1);
    expect(full.actionItems).toHaveLength(1);
  });
});

describe('collaboration minutes', () => {
  it('count ended meetings per week with the longest block, not scheduled ones', async () => {
    const own = await buildTeam(ctx.db, t.org.id, { schoolId: t.school.id, memberIds: [t.teacher.id] });
    const held = (start: string, minutes: number) => ({
      organizationId: t.org.id,
      teamId: own.id,
      protocolId: 'tuning',
      protocolName: { en: 'Tuning' },
      steps: [],
      title: 'Held',
      scheduledAt: new Date(start),
      durationMinutes: minutes,
      facilitatorId: t.teacher.id,
      createdBy: t.teacher.id,
      state: 'ended' as const,
      startedAt: new Date(start),
      endedAt: new Date(new Date(start).getTime() + minutes * 60_000),
    });
    await ctx.db
      .insert(meetings)
      .values([
        held('2026-11-17T15:00:00Z', 60),
        held('2026-11-17T16:00:00Z', 30),
        held('2026-11-19T15:00:00Z', 45),
        { ...held('2026-11-20T15:00:00Z', 90), state: 'scheduled', startedAt: null, endedAt: null },
      ]);
    const response = await as(cookies.leader).get(
      `/teams/${own.id}/collaboration-minutes?from=2026-11-16&to=2026-11-29`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(json(response)).toMatchObject({
      benchmarkMinutes: 90,
      weeks: [
        { weekStart: '2026-11-16', minutes: 135, longestBlock: 90, meetsBenchmark: true },
        { weekStart: '2026-11-23', minutes: 0, longestBlock: 0, meetsBenchmark: false },
      ],
    });
    expect((await as(cookies.coach).get(`/teams/${own.id}/collaboration-minutes`)).statusCode).toBe(404);
    expect(
      (await as(cookies.leader).get(`/teams/${own.id}/collaboration-minutes?from=2026-11-29&to=2026-11-16`)).statusCode,
    ).toBe(422);
  });
});

describe('iCalendar feeds', () => {
  const fetchFeed = (url: string) => ctx.app.inject({ url: url.replace('http://localhost:3000', '') });
  const events = (body: string) =>
    new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('serve a person’s and a team’s meetings to the secret URL, valid for an independent parser', async () => {
    const tricky = 'Data, week 3; fractions\nand ratios';
    const meeting = await schedule({ title: tricky, scheduledAt: '2099-04-01T14:00:00Z', durationMinutes: 60 });
    const mine = json(await as(cookies.teacher).send('POST', '/calendar/feeds', {}));
    expect(mine.url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/calendar\/users\/cal_[\w-]+\.ics$/);
    const response = await fetchFeed(mine.url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.body).toContain('Data\\, week 3\\; fractions\\nand ratios');
    const list = events(response.body);
    const event = list.find((e) => e.uid === `meeting-${meeting.id}@conecta`)!;
    expect(event.summary.startsWith(tricky)).toBe(true);
    expect(event.startDate.toJSDate().toISOString()).toBe('2099-04-01T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2099-04-01T15:00:00.000Z');
    // The same UIDs on every read: calendar apps update events instead of duplicating them.
    const again = events((await fetchFeed(mine.url)).body);
    expect(again.map((e) => e.uid)).toEqual(list.map((e) => e.uid));

    const teamFeed = await as(second.cookie).send('POST', '/calendar/feeds', { teamId: team.id });
    expect(teamFeed.statusCode).toBe(201);
    const teamEvents = events((await fetchFeed(json(teamFeed).url)).body);
    const teamMeetings = json(await as(second.cookie).get(`/teams/${team.id}/meetings?limit=200`)).items;
    expect(teamEvents).toHaveLength(teamMeetings.length);
    // A team feed's URL is not a person's, and the reverse.
    expect((await fetchFeed(json(teamFeed).url.replace('/teams/', '/users/'))).statusCode).toBe(404);
  });

  it('answer 404 to a wrong or rotated token, and only to members for a team', async () => {
    expect((await ctx.app.inject({ url: '/api/v1/calendar/users/cal_nope.ics' })).statusCode).toBe(404);
    const first = json(await as(cookies.teacher).send('POST', '/calendar/feeds', {}));
    const rotated = json(await as(cookies.teacher).send('POST', '/calendar/feeds', {}));
    expect(rotated.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).statusCode).toBe(404);
    expect((await fetchFeed(rotated.url)).statusCode).toBe(200);
    expect((await as(cookies.leader).send('POST', '/calendar/feeds', { teamId: team.id })).statusCode).toBe(403);
    expect((await as(cookies.coach).send('POST', '/calendar/feeds', { teamId: team.id })).statusCode).toBe(404);
  });
});
