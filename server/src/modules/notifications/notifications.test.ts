import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { mailOutbox, notifications, users } from '../../db/schema';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'coach' | 'teacher' | 'leader', string>;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  cookies.coach = await signIn(ctx.app, t.coach.email);
  cookies.teacher = await signIn(ctx.app, t.teacher.email);
  cookies.leader = await signIn(ctx.app, t.leader.email);
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT', url: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload: payload ?? {} }),
});

const notify = (input: { userId: string; dedupeKey: string; organizationId?: string }) =>
  ctx.db.transaction((tx) =>
    ctx.app.services.notifications.notify(tx, {
      organizationId: input.organizationId ?? t.org.id,
      userId: input.userId,
      kind: 'observation.teacher-responded',
      params: { teacherName: 'Ana Ruiz' },
      link: '/observations/00000000-0000-4000-8000-000000000000',
      dedupeKey: input.dedupeKey,
    }),
  );

const mailTo = (email: string) => ctx.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
const rowsFor = (userId: string) => ctx.db.select().from(notifications).where(eq(notifications.userId, userId));

describe('notify', () => {
  it('stores one notification per dedupe key, and emails it once, in the recipient’s language', async () => {
    const person = await buildUser(ctx.db, t.org.id, {
      locale: 'es',
      roles: [{ role: 'coach', schoolId: t.school.id }],
    });
    const first = await notify({ userId: person.id, dedupeKey: 'k-1' });
    const again = await notify({ userId: person.id, dedupeKey: 'k-1' });
    expect(first.notificationId).not.toBeNull();
    expect(first.mailId).not.toBeNull();
    expect(again).toEqual({ notificationId: null, mailId: null });
    expect(await rowsFor(person.id)).toHaveLength(1);
    const mail = await mailTo(person.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Ana Ruiz respondió a tu retroalimentación');
    expect(mail[0]!.text).toContain('http://localhost:3000/observations/00000000-0000-4000-8000-000000000000');
    expect(mail[0]!.text).toContain('http://localhost:3000/settings');
  });

  it('leaves nothing behind when the causing transaction rolls back', async () => {
    const person = await buildUser(ctx.db, t.org.id);
    await expect(
      ctx.db.transaction(async (tx) => {
        await ctx.app.services.notifications.notify(tx, {
          organizationId: t.org.id,
          userId: person.id,
          kind: 'observation.feedback-shared',
          params: { observerName: 'Sam' },
          link: null,
          dedupeKey: 'rolled-back',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rowsFor(person.id)).toHaveLength(0);
    expect(await mailTo(person.email)).toHaveLength(0);
  });

  it('tells nobody in another tenant, and nobody deactivated', async () => {
    const gone = await buildUser(ctx.db, t.org.id, { status: 'deactivated' });
    expect(await notify({ userId: gone.id, dedupeKey: 'gone' })).toEqual({ notificationId: null, mailId: null });
    // The user exists, but not in this tenant.
    expect(await notify({ userId: other.teacher.id, dedupeKey: 'cross' })).toEqual({
      notificationId: null,
      mailId: null,
    });
    expect(await rowsFor(other.teacher.id)).toHaveLength(0);
  });

  it('emails only people who want each notification at once', async () => {
    const digest = await buildUser(ctx.db, t.org.id);
    const off = await buildUser(ctx.db, t.org.id);
    for (const [person, email] of [
      [digest, 'daily-digest'],
      [off, 'off'],
    ] as const) {
      const cookie = await signIn(ctx.app, person.email);
      const saved = await as(cookie).send('PUT', '/me/notification-preferences', { email });
      expect(saved.statusCode, saved.body).toBe(200);
      const result = await notify({ userId: person.id, dedupeKey: `pref-${email}` });
      expect(result.notificationId).not.toBeNull();
      expect(result.mailId).toBeNull();
      expect(await mailTo(person.email)).toHaveLength(0);
    }
  });
});

describe('routes', () => {
  it('lists my notifications newest first with keyset pages and the unread count; marks read', async () => {
    const person = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
    const cookie = await signIn(ctx.app, person.email);
    for (const n of [1, 2, 3]) await notify({ userId: person.id, dedupeKey: `list-${n}` });
    await notify({ userId: t.teacher.id, dedupeKey: 'someone-else' });

    const first = json(await as(cookie).get('/notifications?limit=2'));
    expect(first.items).toHaveLength(2);
    expect(first.unreadCount).toBe(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = json(await as(cookie).get(`/notifications?limit=2&cursor=${first.nextCursor}`));
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((n: { id: string }) => n.id)).size).toBe(3);
    expect(all.map((n: { createdAt: string }) => n.createdAt)).toEqual(
      all
        .map((n: { createdAt: string }) => n.createdAt)
        .sort()
        .reverse(),
    );
    expect(all[0]).toMatchObject({
      kind: 'observation.teacher-responded',
      params: { teacherName: 'Ana Ruiz' },
      link: '/observations/00000000-0000-4000-8000-000000000000',
      readAt: null,
    });

    const read = await as(cookie).send('POST', `/notifications/${all[0].id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(json(read).readAt).toEqual(expect.any(String));
    // Reading twice keeps the first time.
    expect(json(await as(cookie).send('POST', `/notifications/${all[0].id}/read`)).readAt).toBe(json(read).readAt);
    expect(json(await as(cookie).get('/notifications')).unreadCount).toBe(2);
    const unread = json(await as(cookie).get('/notifications?unread=true'));
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(all[0].id);

    // Someone else's notification, or no notification at all: not found.
    const [theirs] = await rowsFor(t.teacher.id);
    expect((await as(cookie).send('POST', `/notifications/${theirs!.id}/read`)).statusCode).toBe(404);
    expect((await as(cookie).send('POST', '/notifications/not-an-id/read')).statusCode).toBe(404);
    expect((await rowsFor(t.teacher.id))[0]!.readAt).toBeNull();

    const allRead = await as(cookie).send('POST', '/notifications/read-all');
    expect(allRead.statusCode, allRead.body).toBe(200);
    expect(json(allRead)).toEqual({ unreadCount: 0 });
    expect(json(await as(cookie).get('/notifications')).unreadCount).toBe(0);
    expect((await rowsFor(t.teacher.id))[0]!.readAt).toBeNull();
  });

  it('keeps preferences per person, immediate by default; refuses unknown choices', async () => {
    const person = await buildUser(ctx.db, t.org.id);
    const cookie = await signIn(ctx.app, person.email);
    expect(json(await as(cookie).get('/me/notification-preferences'))).toEqual({ email: 'immediate' });
    expect((await as(cookie).send('PUT', '/me/notification-preferences', { email: 'hourly' })).statusCode).toBe(400);
    expect(json(await as(cookie).send('PUT', '/me/notification-preferences', { email: 'off' }))).toEqual({
      email: 'off',
    });
    expect(json(await as(cookie).send('PUT', '/me/notification-preferences', { email: 'daily-digest' }))).toEqual({
      email: 'daily-digest',
    });
    expect(json(await as(cookie).get('/me/notification-preferences'))).toEqual({ email: 'daily-digest' });
    expect(json(await as(cookies.teacher).get('/me/notification-preferences'))).toEqual({ email: 'immediate' });
  });

  it('answers 401 without a session', async () => {
    expect((await ctx.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });
});

describe('observation events', () => {
  const kindsOf = async (userId: string, observationId: string) =>
    (
      await ctx.db
        .select({ kind: notifications.kind })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.link, `/observations/${observationId}`)))
    )
      .map((r) => r.kind)
      .sort();

  it('tells the teacher of a scheduled visit and shared feedback, and the observer of the response — once each', async () => {
    await ctx.db.update(users).set({ locale: 'en' }).where(eq(users.id, t.teacher.id));
    const scheduled = await as(cookies.coach).send('POST', '/observations', {
      teacherId: t.teacher.id,
      scheduledAt: '2099-10-05T09:30:00Z',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const id = json(scheduled).id as string;
    expect(await kindsOf(t.teacher.id, id)).toEqual(['observation.scheduled']);
    const teacherView = json(await as(cookies.teacher).get('/notifications'));
    expect(teacherView.items[0]).toMatchObject({
      kind: 'observation.scheduled',
      params: { observerName: t.coach.name, scheduledAt: '2099-10-05T09:30:00.000Z', observationKind: 'coaching' },
      link: `/observations/${id}`,
    });
    const [invite] = (await mailTo(t.teacher.email)).filter((m) => m.text.includes(id));
    expect(invite!.subject).toBe(
      `${t.coach.name} scheduled a visit to your classroom on Monday, October 5, 2099 at 9:30 AM UTC`,
    );

    const body = {
      strength: 'Clear modelling.',
      growthArea: 'Checking for understanding.',
      actionStep: { text: 'Ask a hinge question.', howToPractise: 'Script it tonight.' },
    };
    expect(
      (await as(cookies.coach).send('PUT', `/observations/${id}/feedback`, { ...body, share: false })).statusCode,
    ).toBe(200);
    expect(await kindsOf(t.teacher.id, id)).toEqual(['observation.scheduled']);
    for (const _ of [1, 2]) {
      const shared = await as(cookies.coach).send('PUT', `/observations/${id}/feedback`, { ...body, share: true });
      expect(shared.statusCode, shared.body).toBe(200);
    }
    expect(await kindsOf(t.teacher.id, id)).toEqual(['observation.feedback-shared', 'observation.scheduled']);

    for (const text of ['Thanks — trying it tomorrow.', 'Tried it: it worked.']) {
      const responded = await as(cookies.teacher).send('POST', `/observations/${id}/response`, { text });
      expect(responded.statusCode, responded.body).toBe(200);
    }
    expect(await kindsOf(t.coach.id, id)).toEqual(['observation.teacher-responded']);
  });

  it('a refused schedule notifies nobody', async () => {
    const before = (await rowsFor(other.teacher.id)).length;
    const refused = await as(cookies.coach).send('POST', '/observations', {
      teacherId: other.teacher.id,
      scheduledAt: '2099-10-05T09:30:00Z',
    });
    expect(refused.statusCode).toBe(422);
    expect(await rowsFor(other.teacher.id)).toHaveLength(before);
  });
});
