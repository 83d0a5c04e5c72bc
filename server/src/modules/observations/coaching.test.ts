import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { observationFeedback, observationFollowUps, observations } from './observations.table';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'coach' | 'teacher' | 'leader' | 'admin' | 'otherLeader', string>;

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const dayOf = (moment: Date) => moment.toISOString().slice(0, 10);

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  cookies.coach = await signIn(ctx.app, t.coach.email);
  cookies.teacher = await signIn(ctx.app, t.teacher.email);
  cookies.leader = await signIn(ctx.app, t.leader.email);
  cookies.admin = await signIn(ctx.app, t.admin.email);
  cookies.otherLeader = await signIn(ctx.app, other.leader.email);
}, 60_000);

const get = (cookie: string, url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } });

type Visit = {
  teacherId: string;
  observerId?: string;
  kind?: 'coaching' | 'evaluative';
  daysAgo: number;
  followUpInDays: number;
  /** Days after the visit the feedback was shared. */
  sharedAfter?: number;
  /** Days after the follow-up date it was done (negative: early). */
  followedUpAfterDue?: number;
  tenant?: Tenant;
};

/** A visit in the past, stored directly with the history a real one would have. */
async function pastVisit(v: Visit) {
  const tenant = v.tenant ?? t;
  const scheduledAt = daysFromNow(-v.daysAgo);
  const followUpDue = dayOf(new Date(scheduledAt.getTime() + v.followUpInDays * DAY));
  const status =
    v.followedUpAfterDue !== undefined ? 'followed-up' : v.sharedAfter !== undefined ? 'feedback-shared' : 'observed';
  const [row] = await ctx.db
    .insert(observations)
    .values({
      organizationId: tenant.org.id,
      observerId: v.observerId ?? tenant.coach.id,
      teacherId: v.teacherId,
      kind: v.kind ?? 'coaching',
      status,
      scheduledAt,
      durationMinutes: 20,
      followUpDue,
    })
    .returning();
  if (v.sharedAfter !== undefined)
    await ctx.db.insert(observationFeedback).values({
      organizationId: tenant.org.id,
      observationId: row!.id,
      strength: 'Clear modelling.',
      growthArea: 'Few students answer.',
      actionStepText: `Cold-call after think time (${row!.id.slice(0, 4)})`,
      howToPractise: 'Script three questions.',
      sharedAt: new Date(scheduledAt.getTime() + v.sharedAfter * DAY),
    });
  if (v.followedUpAfterDue !== undefined)
    await ctx.db.insert(observationFollowUps).values({
      organizationId: tenant.org.id,
      observationId: row!.id,
      actionStepProgress: 'done',
      at: new Date(new Date(`${followUpDue}T12:00:00Z`).getTime() + v.followedUpAfterDue * DAY),
      byId: v.observerId ?? tenant.coach.id,
    });
  return row!.id;
}

describe('a coach’s caseload', () => {
  it('lists the teachers visited, the follow-ups to do (overdue first) and the visits to make; never evaluative ones', async () => {
    const scheduled = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: { cookie: cookies.coach },
      payload: { teacherId: t.teacher.id, scheduledAt: daysFromNow(3).toISOString() },
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const overdue = await pastVisit({ teacherId: t.teacher.id, daysAgo: 20, followUpInDays: 14, sharedAfter: 1 });
    const pending = await pastVisit({ teacherId: t.teacher.id, daysAgo: 2, followUpInDays: 14 });
    await pastVisit({
      teacherId: t.teacher.id,
      daysAgo: 40,
      followUpInDays: 14,
      sharedAfter: 1,
      followedUpAfterDue: 0,
    });
    const evaluative = await pastVisit({ teacherId: t.teacher.id, kind: 'evaluative', daysAgo: 30, followUpInDays: 1 });

    const caseload = json(await get(cookies.coach, '/coaching/caseload'));
    expect(caseload.teachers).toHaveLength(1);
    const [row] = caseload.teachers;
    expect(row).toMatchObject({
      teacher: { id: t.teacher.id, name: t.teacher.name },
      nextVisitAt: json(scheduled).scheduledAt,
      overdueFollowUps: 1,
      activeCycle: null,
      openActionStep: { observationId: overdue },
    });
    expect(new Date(row.lastVisitAt).getTime()).toBeCloseTo(daysFromNow(-2).getTime(), -5);
    expect(caseload.followUps.map((f: { observationId: string }) => f.observationId)).toEqual([overdue, pending]);
    expect(caseload.followUps[0]).toMatchObject({ overdue: true, actionStep: expect.stringMatching(/^Cold-call/) });
    expect(caseload.followUps[1]).toMatchObject({ overdue: false, actionStep: null });
    expect(caseload.upcoming).toEqual([
      expect.objectContaining({ observationId: json(scheduled).id, kind: 'coaching', durationMinutes: 20 }),
    ]);
    expect(JSON.stringify(caseload)).not.toContain(evaluative);

    for (const cookie of [cookies.teacher, cookies.leader, cookies.otherLeader]) {
      expect(json(await get(cookie, '/coaching/caseload'))).toEqual({ teachers: [], followUps: [], upcoming: [] });
    }
  });
});

describe('a follow-up', () => {
  it('is to do as soon as a visit has evidence, even before its scheduled time', async () => {
    const teacher = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
    const early = await pastVisit({ teacherId: teacher.id, daysAgo: -1, followUpInDays: 14 });
    const { followUps } = json(await get(cookies.coach, '/coaching/caseload'));
    expect(followUps.map((f: { observationId: string }) => f.observationId)).toContain(early);
  });
});

describe('a coaching cycle', () => {
  it('puts its teacher in the caseload, visited or not, with the cycle’s goal', async () => {
    const teacher = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
    const goal = '80 % of students cite evidence in their written answers by March.';
    const started = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/cycles',
      headers: { cookie: cookies.coach },
      payload: {
        teacherId: teacher.id,
        goal,
        measure: 'Students citing evidence in Friday’s exit ticket.',
        baselineValue: 35,
        targetValue: 80,
        targetDate: dayOf(daysFromNow(90)),
      },
    });
    expect(started.statusCode, started.body).toBe(201);
    const { teachers } = json(await get(cookies.coach, '/coaching/caseload'));
    expect(teachers.find((row: { teacher: { id: string } }) => row.teacher.id === teacher.id)).toMatchObject({
      activeCycle: { id: json(started).id, goal },
      lastVisitAt: null,
      overdueFollowUps: 0,
    });
  });
});

describe('action steps', () => {
  it('a teacher reads their shared steps; an observer, the steps they gave; drafts stay with the observer', async () => {
    const teacher = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
    const shared = await pastVisit({ teacherId: teacher.id, daysAgo: 5, followUpInDays: 14, sharedAfter: 1 });
    const done = await pastVisit({
      teacherId: teacher.id,
      daysAgo: 30,
      followUpInDays: 14,
      sharedAfter: 1,
      followedUpAfterDue: -1,
    });
    const byLeader = await pastVisit({
      teacherId: teacher.id,
      observerId: t.leader.id,
      daysAgo: 3,
      followUpInDays: 14,
      sharedAfter: 0,
    });
    const draft = await pastVisit({ teacherId: teacher.id, daysAgo: 1, followUpInDays: 14 });

    const mine = json(await get(await signIn(ctx.app, teacher.email), '/action-steps')).items;
    expect(mine.map((s: { observationId: string }) => s.observationId)).toEqual([byLeader, shared, done]);
    expect(mine[2]).toMatchObject({ progress: 'done', followUpOverdue: false, kind: 'coaching' });
    expect(mine[1]).toMatchObject({ progress: null, observer: { id: t.coach.id }, teacher: { id: teacher.id } });

    const given = json(await get(cookies.coach, `/action-steps?teacherId=${teacher.id}`)).items;
    expect(given.map((s: { observationId: string }) => s.observationId)).toEqual([shared, done]);
    expect(JSON.stringify(given)).not.toContain(draft);
    // Asking about someone you never gave a step to answers nothing — not even that steps exist.
    expect(json(await get(cookies.admin, `/action-steps?teacherId=${teacher.id}`)).items).toEqual([]);
    expect(json(await get(cookies.otherLeader, `/action-steps?teacherId=${teacher.id}`)).items).toEqual([]);
  });
});

describe('a school’s observation counts', () => {
  it('are suppressed under five teachers visited, then counted without any coaching content', async () => {
    const school = t.otherSchool;
    const leader = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'school_leader', schoolId: school.id }] });
    const leaderCookie = await signIn(ctx.app, leader.email);
    const teachers = [];
    for (let i = 0; i < 6; i++)
      teachers.push(await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: school.id }] }));
    const metrics = async (cookie = leaderCookie) => get(cookie, `/schools/${school.id}/observation-metrics?months=3`);

    await pastVisit({ teacherId: teachers[0]!.id, daysAgo: 10, followUpInDays: 14, sharedAfter: 2 });
    const small = json(await metrics());
    expect(small).toMatchObject({ suppressed: true, teachersVisited: null, medianDaysToFeedback: null, months: 3 });

    // Four more teachers: feedback after 2, 4, 4, 6 days; follow-ups on time, late by 3 days, and one overdue.
    await pastVisit({
      teacherId: teachers[1]!.id,
      daysAgo: 30,
      followUpInDays: 14,
      sharedAfter: 4,
      followedUpAfterDue: 0,
    });
    await pastVisit({
      teacherId: teachers[2]!.id,
      daysAgo: 30,
      followUpInDays: 14,
      sharedAfter: 4,
      followedUpAfterDue: 3,
    });
    await pastVisit({ teacherId: teachers[3]!.id, daysAgo: 25, followUpInDays: 14, sharedAfter: 6 });
    await pastVisit({ teacherId: teachers[4]!.id, daysAgo: 5, followUpInDays: 14, sharedAfter: 2 });
    // Neither counts: evaluative, and a visit long before the period.
    await pastVisit({ teacherId: teachers[5]!.id, kind: 'evaluative', daysAgo: 5, followUpInDays: 14, sharedAfter: 1 });
    await pastVisit({ teacherId: teachers[5]!.id, daysAgo: 400, followUpInDays: 14, sharedAfter: 1 });

    const response = await metrics();
    expect(response.statusCode, response.body).toBe(200);
    const counts = json(response);
    expect(counts).toMatchObject({
      suppressed: false,
      teachersVisited: 5,
      visits: 5,
      // Seven teachers teach there: the six above and the tenant’s other teacher.
      visitsPerTeacherPerMonth: Math.round((5 / 7 / 3) * 10) / 10,
      medianDaysToFeedback: 4,
      followUpsDue: 3,
      followUpsOnTimePercent: 33,
      meanFollowUpDelayDays: 3,
      overdueFollowUps: 1,
    });
    expect(JSON.stringify(counts)).not.toMatch(/Cold-call|Clear modelling|Person /);
    expect((await metrics(cookies.admin)).statusCode).toBe(200);
  });

  it('only its leaders and district admins may read them; another tenant’s school is not found', async () => {
    const url = `/schools/${t.school.id}/observation-metrics`;
    expect((await get(cookies.leader, url)).statusCode).toBe(200);
    expect((await get(cookies.coach, url)).statusCode).toBe(403);
    expect((await get(cookies.teacher, url)).statusCode).toBe(403);
    expect((await get(cookies.otherLeader, url)).statusCode).toBe(404);
    expect((await get(cookies.leader, `/schools/${t.otherSchool.id}/observation-metrics`)).statusCode).toBe(403);
    expect((await get(cookies.leader, `${url}?months=0`)).statusCode).toBe(400);
  });
});
