import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { testConfig } from '../../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db';
import { buildApp } from '../../app';
import { mailOutbox, notifications } from '../../db/schema';
import type { MailMessage } from '../../platform/mail';

/* Mail delivery by the worker: retries, a cap, and mail whose sender died after commit. */
let database: TestDatabase;
let app: FastifyInstance;
let t: Tenant;
const sent: MailMessage[] = [];
/** Recipients whose next sends fail, and how many more times. */
const failing = new Map<string, number>();

let clock = new Date('2099-01-01T00:00:00Z');
const now = () => clock;
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    config: testConfig(),
    database,
    mailTransport: {
      send: async (message) => {
        const left = failing.get(message.to) ?? 0;
        if (left > 0) {
          failing.set(message.to, left - 1);
          throw new Error('421 try again later');
        }
        sent.push(message);
      },
    },
  });
  await app.ready();
  t = await buildTenant(database.db);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const sentTo = (email: string) => sent.filter((m) => m.to === email);
const outboxOf = (email: string) => database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));

describe('outbox delivery', () => {
  it('sends mail queued by a process that died before delivering it, once', async () => {
    const person = await buildUser(database.db, t.org.id);
    // Committed, never delivered (the request's process stopped right after commit).
    await database.db.transaction((tx) =>
      app.services.notifications.queue(tx, { organizationId: t.org.id, to: person.email, subject: 'Hi', text: 'Body' }),
    );
    const worker = app.services.worker({ now, workerId: 'w1' });
    await worker.tick();
    advance(60_000);
    await worker.tick();
    await app.services.worker({ now, workerId: 'w2' }).tick();
    expect(sentTo(person.email)).toHaveLength(1);
    const [row] = await outboxOf(person.email);
    expect(row?.sentAt).not.toBeNull();
    expect(row?.attempts).toBe(1);
  });

  it('retries failed mail with backoff, and stops after five attempts', async () => {
    const flaky = await buildUser(database.db, t.org.id);
    const broken = await buildUser(database.db, t.org.id);
    failing.set(flaky.email, 2);
    failing.set(broken.email, 100);
    for (const person of [flaky, broken]) {
      const [mailId] = await database.db.transaction(async (tx) => [
        await app.services.notifications.queue(tx, {
          organizationId: t.org.id,
          to: person.email,
          subject: 'Hi',
          text: 'Body',
        }),
      ]);
      // The request's own attempt, right after commit, fails.
      await app.services.notifications.deliver([mailId!], clock);
    }
    expect((await outboxOf(flaky.email))[0]).toMatchObject({ attempts: 1, error: '421 try again later', sentAt: null });

    const worker = app.services.worker({ now, workerId: 'w3' });
    // Not before its backoff (1 minute after the first failure).
    advance(30_000);
    await worker.tick();
    expect((await outboxOf(flaky.email))[0]?.attempts).toBe(1);
    advance(31_000);
    await worker.tick(); // 2nd attempt fails; next in 2 minutes
    advance(121_000);
    await worker.tick(); // 3rd attempt succeeds
    expect(sentTo(flaky.email)).toHaveLength(1);
    expect((await outboxOf(flaky.email))[0]).toMatchObject({ attempts: 3, error: null });

    for (let minute = 0; minute < 60; minute += 1) {
      advance(60_000);
      await worker.tick();
    }
    expect((await outboxOf(broken.email))[0]).toMatchObject({
      attempts: 5,
      sentAt: null,
      error: '421 try again later',
    });
    expect(sentTo(broken.email)).toHaveLength(0);
  });

  it('sends the daily digest once a day at 11:00 UTC to those who chose it, listing what no email mentioned', async () => {
    const person = await buildUser(database.db, t.org.id, { locale: 'es' });
    const cookie = await signIn(app, person.email);
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      headers: { cookie },
      payload: { email: 'daily-digest' },
    });
    expect(put.statusCode).toBe(200);
    const tell = (key: string, teacherName: string) =>
      database.db.transaction((tx) =>
        app.services.notifications.notify(tx, {
          organizationId: t.org.id,
          userId: person.id,
          kind: 'observation.teacher-responded',
          params: { teacherName },
          link: `/observations/${key}`,
          dedupeKey: key,
        }),
      );
    await tell('digest-1', 'Ana');
    await tell('digest-2', 'Luis');
    const read = await tell('digest-3', 'Read already');
    await database.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(eq(notifications.id, read.notificationId!));
    expect(sentTo(person.email)).toHaveLength(0);

    clock = new Date('2099-02-01T10:59:00Z');
    const worker = app.services.worker({ now, workerId: 'w4' });
    await worker.tick();
    expect(sentTo(person.email)).toHaveLength(0);
    clock = new Date('2099-02-01T11:00:30Z');
    await worker.tick();
    await app.services.worker({ now, workerId: 'w5' }).tick();
    // A second digest pass the same day (a rerun after a crash) finds the day taken.
    await app.services.notifications.sendDigests(clock);
    const digests = sentTo(person.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Conecta: 2 notificaciones nuevas');
    expect(digests[0]!.text).toContain('Ana respondió a tu retroalimentación');
    expect(digests[0]!.text).toContain('Luis respondió');
    expect(digests[0]!.text).not.toContain('Read already');

    // The next day lists only what is new since.
    await tell('digest-4', 'Eva');
    clock = new Date('2099-02-02T11:05:00Z');
    await worker.tick();
    expect(sentTo(person.email)).toHaveLength(2);
    expect(sentTo(person.email)[1]!.subject).toBe('Conecta: 1 notificación nueva');
    expect(sentTo(person.email)[1]!.text).toContain('Eva respondió');
    expect(sentTo(person.email)[1]!.text).not.toContain('Ana');
  });
});
