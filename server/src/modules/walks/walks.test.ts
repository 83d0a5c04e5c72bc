import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSchool, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import type { Actor } from '../../platform/actor';
import { schoolLookForFrom } from '../frameworks';
import { createWalksService } from './walks.service';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'leader' | 'coach' | 'teacher' | 'admin' | 'facilitator' | 'otherTeacher', string>;
let otherCoach: string;
let builtInLookFor: string;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const who of Object.keys({ leader: 0, coach: 0, teacher: 0, admin: 0, facilitator: 0, otherTeacher: 0 }))
    cookies[who as keyof typeof cookies] = await signIn(ctx.app, t[who as keyof typeof cookies].email);
  otherCoach = await signIn(ctx.app, other.coach.email);
  const result = (await ctx.db.execute(
    sql`select l.id from framework_look_fors l join framework_practices p on p.id = l.practice_id
        where l.organization_id is null order by p.position, l.position limit 1`,
  )) as unknown as { rows: { id: string }[] };
  builtInLookFor = result.rows[0]!.id;
}, 60_000);

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PUT', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

const start = async (cookie = cookies.leader, overrides: object = {}) => {
  const response = await as(cookie).send('POST', '/walks', {
    schoolId: t.school.id,
    lookForId: builtInLookFor,
    purpose: 'How often do students explain their thinking?',
    date: '2099-04-14',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return json(response);
};

type Room = {
  evidence: 'seen' | 'partly' | 'not-seen';
  gradeBand?: string | null;
  subject?: string | null;
  tally?: { showing: number; observed: number } | null;
  note?: string | null;
  roomLabel?: string | null;
};
const record = (walkId: string, room: Room, cookie = cookies.leader, clientId = randomUUID()) =>
  as(cookie).send('PUT', `/walks/${walkId}/rooms/${clientId}`, room);

const FIVE_ROOMS: Room[] = [
  {
    evidence: 'seen',
    gradeBand: '6-8',
    subject: 'math',
    tally: { showing: 20, observed: 25 },
    note: 'Pairs explain a step to each other.',
    roomLabel: 'Room 12',
  },
  {
    evidence: 'seen',
    gradeBand: '6-8',
    subject: 'science',
    tally: { showing: 18, observed: 24 },
    note: 'Claims backed by data.',
  },
  {
    evidence: 'partly',
    gradeBand: '6-8',
    subject: 'math',
    tally: { showing: 8, observed: 26 },
    note: 'A few voices only.',
  },
  { evidence: 'not-seen', gradeBand: '6-8', subject: 'literacy', tally: { showing: 0, observed: 22 } },
  {
    evidence: 'seen',
    gradeBand: '6-8',
    subject: 'literacy',
    tally: { showing: 15, observed: 23 },
    roomLabel: 'Library',
  },
];

describe('a learning walk from start to report', () => {
  it('starts on a look-for of the school’s framework, records five rooms, closes, and reports the pattern', async () => {
    const walk = await start();
    expect(walk).toMatchObject({
      schoolId: t.school.id,
      schoolName: t.school.name,
      status: 'open',
      date: '2099-04-14',
      roomsVisited: 0,
      suppressed: true,
      pattern: null,
      canCapture: true,
      canReadReport: true,
      myRooms: [],
    });
    expect(walk.focus.lookForId).toBe(builtInLookFor);
    expect(walk.focus.lookForText.length).toBeGreaterThan(0);

    for (const room of FIVE_ROOMS.slice(0, 4)) expect((await record(walk.id, room)).statusCode).toBe(201);
    // Four rooms: too small a group to show anything but the count.
    const small = json(await as(cookies.leader).get(`/walks/${walk.id}/report`));
    expect(small).toMatchObject({
      roomsVisited: 4,
      suppressed: true,
      pattern: null,
      students: null,
      byGradeBand: null,
      notes: [],
    });

    expect((await record(walk.id, FIVE_ROOMS[4]!)).statusCode).toBe(201);
    const report = json(await as(cookies.leader).get(`/walks/${walk.id}/report`));
    expect(report).toMatchObject({
      minimumGroup: 5,
      roomsVisited: 5,
      suppressed: false,
      pattern: {
        seen: { rooms: 3, percent: 60 },
        partly: { rooms: 1, percent: 20 },
        notSeen: { rooms: 1, percent: 20 },
        seenAtLeastPartly: { rooms: 4, percent: 80 },
      },
      students: { rooms: 5, showing: 61, observed: 120, percent: 51 },
    });
    // All five share a grade band: that group is shown; subjects (2 + 1 + 2) are all under five.
    expect(report.byGradeBand).toEqual({
      groups: [{ key: '6-8', rooms: 5, pattern: report.pattern }],
      roomsNotShown: 0,
      withheld: false,
    });
    expect(report.bySubject).toEqual({ groups: [], roomsNotShown: 5, withheld: false });
    // Sorted by text, not by when or where they were written.
    expect(report.notes).toEqual([
      'A few voices only.',
      'Claims backed by data.',
      'Pairs explain a step to each other.',
    ]);

    const closed = await as(cookies.leader).send('POST', `/walks/${walk.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(json(closed)).toMatchObject({ status: 'closed', canCapture: false, myRooms: [] });
    expect(json(await as(cookies.leader).get(`/walks/${walk.id}/report`)).pattern).toEqual(report.pattern);
  });

  it('names nobody: no teacher, walker, class, room label or time appears in the report', async () => {
    const walk = await start(cookies.coach);
    for (const room of FIVE_ROOMS) await record(walk.id, room, cookies.coach);
    await as(cookies.coach).send('POST', `/walks/${walk.id}/close`);
    for (const cookie of [cookies.leader, cookies.coach, cookies.admin]) {
      const response = await as(cookie).get(`/walks/${walk.id}/report`);
      expect(response.statusCode).toBe(200);
      const body = response.body;
      for (const person of [t.teacher, t.leader, t.coach, t.otherTeacher])
        for (const value of [person.name, person.id, person.email]) expect(body).not.toContain(value);
      for (const value of [t.teacherClass.id, t.teacherClass.name, 'Room 12', 'Library'])
        expect(body).not.toContain(value);
      // Only the walk's day: no timestamps at all.
      expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
  });

  it('refuses a look-for that is not of the framework the school uses (422), and accepts one that is', async () => {
    const admin = as(cookies.admin);
    const imported = await admin.send('POST', '/frameworks/imports', {
      format: 'json',
      content: JSON.stringify({
        format: 'conecta-framework',
        version: 1,
        code: 'walks-district',
        title: { en: 'District framework' },
        domains: [
          {
            code: 'D',
            title: { en: 'Domain' },
            practices: [
              {
                code: 'P',
                title: { en: 'Talk' },
                lookFors: [{ code: 'a', text: { en: 'Students build on each other' } }],
              },
            ],
          },
        ],
      }),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const districtLookFor = json(imported).domains[0].practices[0].lookFors[0].id as string;

    // The school uses the built-in framework: the district's own look-for is refused, as is any unknown id.
    for (const lookForId of [districtLookFor, randomUUID(), 'not-an-id']) {
      const refused = await as(cookies.leader).send('POST', '/walks', { schoolId: t.school.id, lookForId });
      expect(refused.statusCode, lookForId).toBe(422);
      expect(json(refused).errors).toEqual([{ path: 'lookForId', message: expect.any(String) }]);
    }
    // Another tenant's look-for is unknown here too.
    expect(
      (await as(otherCoach).send('POST', '/walks', { schoolId: other.school.id, lookForId: districtLookFor }))
        .statusCode,
    ).toBe(422);

    // A school that chose the district framework: now its look-for is the one accepted, the built-in one refused.
    const school = await buildSchool(ctx.db, t.org.id);
    const leader = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'school_leader', schoolId: school.id }] });
    const chosen = await admin.send('PUT', `/schools/${school.id}/framework`, { frameworkId: json(imported).id });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const cookie = await signIn(ctx.app, leader.email);
    const ok = await as(cookie).send('POST', '/walks', { schoolId: school.id, lookForId: districtLookFor });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json(ok).focus).toMatchObject({ lookForText: 'Students build on each other', practiceTitle: 'Talk' });
    expect(
      (await as(cookie).send('POST', '/walks', { schoolId: school.id, lookForId: builtInLookFor })).statusCode,
    ).toBe(422);
  });

  it('captures rooms idempotently by client id: a resend changes nothing, a changed resend corrects', async () => {
    const walk = await start();
    const clientId = randomUUID();
    const room: Room = { evidence: 'partly', gradeBand: '3-5', note: 'Some turn-and-talk.' };
    const first = await record(walk.id, room, cookies.leader, clientId);
    expect(first.statusCode).toBe(201);
    const again = await record(walk.id, room, cookies.leader, clientId);
    expect(again.statusCode).toBe(200);
    expect(json(again)).toEqual(json(first));
    expect(json(await as(cookies.leader).get(`/walks/${walk.id}`)).roomsVisited).toBe(1);

    const corrected = await record(walk.id, { ...room, evidence: 'seen' }, cookies.leader, clientId);
    expect(corrected.statusCode).toBe(200);
    const detail = json(await as(cookies.leader).get(`/walks/${walk.id}`));
    expect(detail.roomsVisited).toBe(1);
    expect(detail.myRooms).toEqual([
      {
        clientId,
        roomLabel: null,
        gradeBand: '3-5',
        subject: null,
        evidence: 'seen',
        tally: null,
        note: 'Some turn-and-talk.',
      },
    ]);

    // The coach walks too: their rooms count, but each walker sees only their own; nobody else may correct a room.
    expect((await record(walk.id, { evidence: 'seen' }, cookies.coach)).statusCode).toBe(201);
    const coachView = json(await as(cookies.coach).get(`/walks/${walk.id}`));
    expect(coachView.roomsVisited).toBe(2);
    expect(coachView.myRooms).toHaveLength(1);
    expect((await record(walk.id, room, cookies.coach, clientId)).statusCode).toBe(409);
  });

  it('refuses notes, room labels and purposes that name someone at the school, and stores nothing', async () => {
    const walk = await start();
    const named = await record(walk.id, { evidence: 'seen', note: `${t.teacher.name} used cold call well.` });
    expect(named.statusCode).toBe(422);
    expect(json(named).errors).toEqual([{ path: 'note', message: expect.any(String) }]);
    const surname = t.teacher.name.split(' ').at(-1)!;
    const titled = await record(walk.id, { evidence: 'seen', roomLabel: `Ms. ${surname}` });
    expect(titled.statusCode).toBe(422);
    expect(json(titled).errors).toEqual([{ path: 'roomLabel', message: expect.any(String) }]);
    const spanish = await as(cookies.leader).send('PUT', `/walks/${walk.id}/rooms/${randomUUID()}?locale=es`, {
      evidence: 'seen',
      note: `${t.teacher.name} usó bien las preguntas.`,
    });
    expect(json(spanish).detail).toBe('Un recorrido de aprendizaje no nombra a nadie.');
    expect(json(await as(cookies.leader).get(`/walks/${walk.id}`)).roomsVisited).toBe(0);
    // The purpose reaches the teachers too.
    const purpose = await as(cookies.leader).send('POST', '/walks', {
      schoolId: t.school.id,
      lookForId: builtInLookFor,
      purpose: `Follow up on ${t.teacher.name}`,
    });
    expect(purpose.statusCode).toBe(422);
    expect(json(purpose).errors).toEqual([{ path: 'purpose', message: expect.any(String) }]);
  });

  it('shows teachers of the school the closed walk’s summary only, and other tenants nothing', async () => {
    const walk = await start();
    for (const room of FIVE_ROOMS) await record(walk.id, room);

    // Open: the school's teachers do not see it yet.
    const beforeIds = json(await as(cookies.teacher).get(`/walks?schoolId=${t.school.id}`)).items.map(
      (w: { id: string }) => w.id,
    );
    expect(beforeIds).not.toContain(walk.id);
    expect((await as(cookies.teacher).get(`/walks/${walk.id}`)).statusCode).toBe(404);

    const walkNotices = async () =>
      json(await as(cookies.teacher).get('/notifications?limit=200')).items.filter(
        (n: { kind: string }) => n.kind === 'walk.closed',
      );
    const noticesBefore = (await walkNotices()).length;
    await as(cookies.leader).send('POST', `/walks/${walk.id}/close`);
    // …and are told, once, in Conecta.
    const notices = await walkNotices();
    expect(notices).toHaveLength(noticesBefore + 1);
    expect(notices[0]).toMatchObject({ link: '/walks', params: { date: walk.date } });
    const list = json(await as(cookies.teacher).get(`/walks?schoolId=${t.school.id}`));
    const summary = list.items.find((w: { id: string }) => w.id === walk.id);
    expect(summary).toMatchObject({
      status: 'closed',
      roomsVisited: 5,
      suppressed: false,
      pattern: { seen: { rooms: 3, percent: 60 } },
      canCapture: false,
      canReadReport: false,
    });
    expect((await as(cookies.teacher).get(`/walks/${walk.id}/report`)).statusCode).toBe(403);
    expect(json(await as(cookies.teacher).get(`/walks/${walk.id}`)).myRooms).toEqual([]);

    // A teacher of another school, a facilitator and another tenant's coach learn nothing.
    for (const cookie of [cookies.otherTeacher, cookies.facilitator, otherCoach]) {
      expect(json(await as(cookie).get('/walks')).items.map((w: { id: string }) => w.id)).not.toContain(walk.id);
      expect((await as(cookie).get(`/walks/${walk.id}`)).statusCode).toBe(404);
      expect((await as(cookie).get(`/walks/${walk.id}/report`)).statusCode).toBe(404);
    }
    expect((await record(walk.id, { evidence: 'seen' }, otherCoach)).statusCode).toBe(404);
    // District admins read every report of their district but do not walk.
    expect((await as(cookies.admin).get(`/walks/${walk.id}/report`)).statusCode).toBe(200);
    expect(
      (await as(cookies.admin).send('POST', '/walks', { schoolId: t.school.id, lookForId: builtInLookFor })).statusCode,
    ).toBe(403);
  });

  it('once closed takes no more rooms and cannot be closed again (409)', async () => {
    const walk = await start();
    await as(cookies.leader).send('POST', `/walks/${walk.id}/close`);
    expect((await record(walk.id, { evidence: 'seen' })).statusCode).toBe(409);
    expect((await as(cookies.coach).send('POST', `/walks/${walk.id}/close`)).statusCode).toBe(409);
    // Nobody's captured rooms are shown any more, and teachers and leaders of other schools cannot close it.
    expect((await as(cookies.teacher).send('POST', `/walks/${walk.id}/close`)).statusCode).toBe(403);
  });

  it('breaks down by grade band only where the hidden remainder cannot be worked out', async () => {
    const walk = await start();
    const rooms: Room[] = [
      ...Array.from({ length: 5 }, (_, i): Room => ({ evidence: i < 4 ? 'seen' : 'not-seen', gradeBand: '6-8' })),
      { evidence: 'seen', gradeBand: '3-5' },
      { evidence: 'not-seen', gradeBand: '3-5' },
    ];
    for (const room of rooms) await record(walk.id, room);
    const seven = json(await as(cookies.leader).get(`/walks/${walk.id}/report`));
    expect(seven.byGradeBand).toEqual({ groups: [], roomsNotShown: 7, withheld: true });

    for (const room of Array.from({ length: 3 }, (): Room => ({ evidence: 'partly', gradeBand: '3-5' })))
      await record(walk.id, room);
    const ten = json(await as(cookies.leader).get(`/walks/${walk.id}/report`));
    expect(ten.byGradeBand.withheld).toBe(false);
    expect(ten.byGradeBand.groups.map((g: { key: string; rooms: number }) => [g.key, g.rooms])).toEqual([
      ['3-5', 5],
      ['6-8', 5],
    ]);
  });

  it('lists walks newest first with a cursor, filtered by school and status', async () => {
    const page = json(await as(cookies.leader).get(`/walks?schoolId=${t.school.id}&limit=2`));
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = json(await as(cookies.leader).get(`/walks?schoolId=${t.school.id}&limit=2&cursor=${page.nextCursor}`));
    expect(next.items[0].id).not.toBe(page.items[1].id);
    const open = json(await as(cookies.leader).get('/walks?status=open'));
    expect(open.items.every((w: { status: string }) => w.status === 'open')).toBe(true);
    expect((await as(cookies.leader).get('/walks?cursor=forged')).statusCode).toBe(400);
  });
});

describe('telling teachers when a walk closes', () => {
  const actorOf = (user: { id: string; name: string; email: string }, schoolId: string): Actor => ({
    userId: user.id,
    organizationId: t.org.id,
    organizationName: t.org.name,
    name: user.name,
    email: user.email,
    locale: 'en',
    memberships: [{ id: randomUUID(), role: 'school_leader', schoolId }],
    via: { kind: 'session', sessionId: randomUUID() },
    context: { ip: null, userAgent: null },
  });

  it('hands the school’s teachers to the notifier inside the closing transaction', async () => {
    const notify = vi.fn(async () => {});
    const service = createWalksService({
      db: ctx.db,
      schoolLookFor: schoolLookForFrom(ctx.db),
      notifyWalkClosed: notify,
    });
    const leader = actorOf(t.leader, t.school.id);
    const walk = await service.start(leader, { schoolId: t.school.id, lookForId: builtInLookFor });
    await service.close(leader, walk.id);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(expect.anything(), {
      organizationId: t.org.id,
      schoolId: t.school.id,
      walkId: walk.id,
      date: walk.date,
      recipientIds: [t.teacher.id],
    });
  });

  it('leaves the walk open when the notice cannot be written', async () => {
    const service = createWalksService({
      db: ctx.db,
      schoolLookFor: schoolLookForFrom(ctx.db),
      notifyWalkClosed: async () => {
        throw new Error('outbox unavailable');
      },
    });
    const leader = actorOf(t.leader, t.school.id);
    const walk = await service.start(leader, { schoolId: t.school.id, lookForId: builtInLookFor });
    await expect(service.close(leader, walk.id)).rejects.toThrow('outbox unavailable');
    expect((await service.get(leader, walk.id)).status).toBe('open');
  });
});
