import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { jobs, mailOutbox, notifications, observations, users } from '../../db/schema';
import { jobsRepo } from '../../platform/jobs';
import { NOTIFICATION_JOBS } from './notifications.jobs';

/*
 * The follow-up reminder job (issue 4: "covered by an integration test that advances time"). The
 * clock is injected: each step sets it and runs a worker pass, as the worker's poll would.
 */
const ctx = setupTestApp();
let t: Tenant;
let coachCookie: string;

let clock = new Date('2099-01-01T00:00:00Z');
const at = (iso: string) => {
  clock = new Date(iso);
};
const now = () => clock;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  coachCookie = await signIn(ctx.app, t.coach.email);
}, 60_000);

async function scheduleVisit(followUpDue: string, teacherId = t.teacher.id) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/observations',
    headers: { cookie: coachCookie },
    payload: { teacherId, scheduledAt: '2099-03-02T09:00:00Z', followUpDue },
  });
  expect(response.statusCode, response.body).toBe(201);
  return json(response).id as string;
}

const remindersFor = async (observationId: string) =>
  (
    await ctx.db
      .select({ kind: notifications.kind, params: notifications.params })
      .from(notifications)
      .where(and(eq(notifications.userId, t.coach.id), eq(notifications.link, `/observations/${observationId}`)))
      .orderBy(notifications.createdAt)
  ).map((n) => `${n.kind} ${n.params.followUpDue}`);

const sweepJobs = () =>
  ctx.db
    .select()
    .from(jobs)
    .where(like(jobs.dedupeKey, `${NOTIFICATION_JOBS.followUpReminders}@%`));

describe('follow-up reminders', () => {
  it('reminds the observer once before the due date and once when overdue, as time passes', async () => {
    const id = await scheduleVisit('2099-03-16');
    const worker = ctx.app.services.worker({ now, workerId: 'worker-a' });
    const steps: [string, string[]][] = [
      // Eleven days before: nothing yet.
      ['2099-03-05T08:00:00Z', []],
      // Two days before, just after midnight UTC: the reminder.
      ['2099-03-14T00:10:00Z', ['observation.follow-up-due 2099-03-16']],
      // Later passes (the next quarter hour, the next day, the due day itself) add nothing.
      ['2099-03-14T00:25:00Z', ['observation.follow-up-due 2099-03-16']],
      ['2099-03-15T09:00:00Z', ['observation.follow-up-due 2099-03-16']],
      ['2099-03-16T23:59:00Z', ['observation.follow-up-due 2099-03-16']],
      // The day after: overdue, once.
      ['2099-03-17T00:05:00Z', ['observation.follow-up-due 2099-03-16', 'observation.follow-up-overdue 2099-03-16']],
      ['2099-03-18T12:00:00Z', ['observation.follow-up-due 2099-03-16', 'observation.follow-up-overdue 2099-03-16']],
    ];
    for (const [when, expected] of steps) {
      at(when);
      await worker.tick();
      expect(await remindersFor(id), when).toEqual(expected);
    }

    // The coach emails at once (the default): one mail per notice, in the outbox.
    const mails = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, t.coach.email));
    expect(mails.filter((m) => m.text.includes(`/observations/${id}`)).map((m) => m.subject)).toEqual([
      `Follow-up with ${t.teacher.name} is due on March 16, 2099`,
      `Follow-up with ${t.teacher.name} is overdue (it was due on March 16, 2099)`,
    ]);
  });

  it('a moved follow-up date earns a new reminder; a cancelled visit none', async () => {
    const moved = await scheduleVisit('2099-04-10');
    const cancelled = await scheduleVisit('2099-04-10');
    const worker = ctx.app.services.worker({ now, workerId: 'worker-b' });
    at('2099-04-08T06:00:00Z');
    await worker.tick();
    expect(await remindersFor(moved)).toEqual(['observation.follow-up-due 2099-04-10']);

    const patch = (id: string, payload: object) =>
      ctx.app.inject({ method: 'PATCH', url: `/api/v1/observations/${id}`, headers: { cookie: coachCookie }, payload });
    expect((await patch(moved, { followUpDue: '2099-04-20' })).statusCode).toBe(200);
    expect((await patch(cancelled, { status: 'cancelled' })).statusCode).toBe(200);
    at('2099-04-18T06:00:00Z');
    await worker.tick();
    at('2099-04-25T06:00:00Z');
    await worker.tick();
    expect(await remindersFor(moved)).toEqual([
      'observation.follow-up-due 2099-04-10',
      'observation.follow-up-due 2099-04-20',
      'observation.follow-up-overdue 2099-04-20',
    ]);
    expect(await remindersFor(cancelled)).toEqual(['observation.follow-up-due 2099-04-10']);
  });

  it('survives a restart: a crashed worker’s job runs again after its lease, nothing twice, nothing lost', async () => {
    const id = await scheduleVisit('2099-05-20');
    // The sweep slot of 2099-05-21 00:00 (overdue day) is claimed by a worker that then dies.
    at('2099-05-21T00:01:00Z');
    const slotKey = `${NOTIFICATION_JOBS.followUpReminders}@2099-05-21T00:00:00.000Z`;
    await jobsRepo.enqueue(ctx.db, {
      kind: NOTIFICATION_JOBS.followUpReminders,
      dedupeKey: slotKey,
      runAt: new Date('2099-05-21T00:00:00Z'),
    });
    const crashed = await jobsRepo.claim(ctx.db, [NOTIFICATION_JOBS.followUpReminders], 'crashed', clock, 5 * 60_000);
    expect(crashed?.dedupeKey).toBe(slotKey);

    // A new process on the same database, a minute later: the slot is someone else's until the lease ends.
    const restarted = ctx.app.services.worker({ now, workerId: 'worker-restarted', leaseMs: 5 * 60_000 });
    at('2099-05-21T00:02:00Z');
    await restarted.tick();
    expect(await remindersFor(id)).toEqual([]);

    // After the lease: the restarted worker takes the job and does it, once.
    at('2099-05-21T00:07:00Z');
    await restarted.tick();
    expect(await remindersFor(id)).toEqual(['observation.follow-up-overdue 2099-05-20']);
    const done = await jobsRepo.find(ctx.db, slotKey);
    expect(done).toMatchObject({ attempts: 2, lockedBy: 'worker-restarted' });
    expect(done?.doneAt).not.toBeNull();

    // The crashed worker comes back to finish its old claim: it no longer owns it.
    expect(await jobsRepo.complete(ctx.db, crashed!, clock)).toBe(false);

    // Two instances sweeping the following slots side by side still notify once.
    const second = ctx.app.services.worker({ now, workerId: 'worker-second' });
    at('2099-05-21T00:20:00Z');
    await Promise.all([restarted.tick(), second.tick()]);
    at('2099-05-22T00:20:00Z');
    await Promise.all([second.tick(), restarted.tick()]);
    expect(await remindersFor(id)).toEqual(['observation.follow-up-overdue 2099-05-20']);
    const slots = (await sweepJobs()).filter((j) => j.runAt >= new Date('2099-05-21T00:00:00Z'));
    expect(new Set(slots.map((s) => s.dedupeKey)).size).toBe(slots.length);
    expect(slots.every((s) => s.doneAt !== null)).toBe(true);
  });

  it('ignores visits of a deactivated observer without failing the sweep', async () => {
    const coach = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'coach', schoolId: t.school.id }] });
    const cookie = await signIn(ctx.app, coach.email);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: { cookie },
      payload: { teacherId: t.teacher.id, scheduledAt: '2099-07-01T09:00:00Z', followUpDue: '2099-07-10' },
    });
    const id = json(response).id as string;
    await ctx.db.update(users).set({ status: 'deactivated' }).where(eq(users.id, coach.id));
    at('2099-07-09T00:30:00Z');
    const worker = ctx.app.services.worker({ now, workerId: 'worker-c' });
    await worker.tick();
    const rows = await ctx.db.select().from(notifications).where(eq(notifications.userId, coach.id));
    expect(rows).toHaveLength(0);
    const [visit] = await ctx.db.select().from(observations).where(eq(observations.id, id));
    expect(visit?.followUpDue).toBe('2099-07-10');
  });
});
