import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClass, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import {
  growthFocus,
  notifications,
  peerOffers,
  peerRequests,
  recommendationImpressions,
  users,
} from '../../db/schema';
import { teachingOfPeopleFrom } from '../classes';
import { peerCandidatesFrom } from './index';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;

type Item = { kind: string; id: string; title: string; summary: string; practiceTags?: string[]; reasons: Reason[] };
type Reason = { code: string; text: string };
type Request = {
  id: string;
  direction: string;
  person: { id: string; name: string; email: string | null };
  status: string;
  practiceTag: string;
  message: string;
};

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  post: (url: string, payload: object = {}) =>
    ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload }),
  put: (url: string, payload: object) =>
    ctx.app.inject({ method: 'PUT', url: `/api/v1${url}`, headers: { cookie }, payload }),
  delete: (url: string) =>
    ctx.app.inject({ method: 'DELETE', url: `/api/v1${url}`, headers: { cookie, 'x-requested-with': 'conecta' } }),
});

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
const practiceByCode = async (code: string) =>
  rows<{ id: string }>(
    await ctx.db.execute(sql`select id from framework_practices where organization_id is null and code = ${code}`),
  )[0]!.id;

/** A teacher of a tenant's school with a Mathematics grade-7 class, signed in. */
async function person(tenant: Tenant, name: string, schoolId = tenant.school.id) {
  const user = await buildUser(ctx.db, tenant.org.id, { name, roles: [{ role: 'teacher', schoolId }] });
  await buildClass(ctx.db, tenant.org.id, user.id, schoolId);
  return { user, cookie: await signIn(ctx.app, user.email) };
}
type Person = Awaited<ReturnType<typeof person>>;

const offer = (who: Person, practiceTags: string[], open = true, note: string | null = null) =>
  as(who.cookie).put('/me/peer-offer', { practiceTags, note, open });

/** Home's "Colleagues to learn from": colleagues come only when asked for by kind. */
const home = async (who: Person) =>
  json<{ items: Item[] }>(await as(who.cookie).get('/recommendations?surface=home&kind=peer&limit=20')).items;

const ask = (who: Person, to: Person, practiceTag = 'questioning', message = 'Could I visit your class?') =>
  as(who.cookie).post('/peer-requests', { toUserId: to.user.id, practiceTag, message });

/** The reader recommendations get (ctx.db exists once the app is set up). */
const candidates = (organizationId: string, userId: string) =>
  peerCandidatesFrom(ctx.db, teachingOfPeopleFrom(ctx.db))(organizationId, userId);
const impressions = async () =>
  rows<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${recommendationImpressions}`))[0]!.n;
const offerCount = async () =>
  rows<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${peerOffers}`))[0]!.n;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
}, 60_000);

describe('the offer (consent to be listed)', () => {
  it('is off until published, then read, edited, closed and deleted', async () => {
    const pat = await person(t, 'Pat Offer');
    expect(json(await as(pat.cookie).get('/me/peer-offer'))).toEqual({ offer: null });
    const saved = await offer(pat, ['questioning', 'closure'], true, 'Happy to have visitors in 3rd period');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved).offer).toMatchObject({
      practiceTags: ['questioning', 'closure'],
      note: 'Happy to have visitors in 3rd period',
      open: true,
    });
    const closed = await offer(pat, ['questioning'], false);
    expect(json(closed).offer).toMatchObject({ practiceTags: ['questioning'], note: null, open: false });
    expect(json(await as(pat.cookie).get('/me/peer-offer')).offer.open).toBe(false);
    const deleted = await as(pat.cookie).delete('/me/peer-offer');
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(json(await as(pat.cookie).get('/me/peer-offer'))).toEqual({ offer: null });
  });

  it('refuses unknown, repeated or too many practices and long or NUL notes with 400, changing nothing', async () => {
    const kim = await person(t, 'Kim Refused');
    await offer(kim, ['feedback']);
    const before = await offerCount();
    for (const body of [
      { practiceTags: ['not-a-practice'], open: true },
      { practiceTags: [], open: true },
      { practiceTags: ['questioning', 'questioning'], open: true },
      { practiceTags: ['questioning', 'closure', 'feedback', 'review', 'pacing', 'planning'], open: true },
      { practiceTags: ['questioning'], note: 'x'.repeat(501), open: true },
      { practiceTags: ['questioning'], note: 'a\u0000b', open: true },
      { practiceTags: ['questioning'] },
    ]) {
      const response = await as(kim.cookie).put('/me/peer-offer', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
    expect(await offerCount()).toBe(before);
    expect(json(await as(kim.cookie).get('/me/peer-offer')).offer).toMatchObject({ practiceTags: ['feedback'] });
  });

  it('is for teachers and coaches', async () => {
    const facilitator = await signIn(ctx.app, t.facilitator.email);
    expect((await as(facilitator).put('/me/peer-offer', { practiceTags: ['review'], open: true })).statusCode).toBe(
      403,
    );
    expect(json(await as(facilitator).get('/me/peer-offer'))).toEqual({ offer: null });
  });
});

describe('peer candidates', () => {
  it('are open offers of the district: not self, closed, deactivated or another district’s', async () => {
    const tenant = await buildTenant(ctx.db);
    const me = await person(tenant, 'Me Myself');
    const open = await person(tenant, 'Olive Open', tenant.otherSchool.id);
    const closed = await person(tenant, 'Clara Closed');
    const gone = await person(tenant, 'Dana Deactivated');
    const elsewhere = await person(other, 'Elsa Elsewhere');
    await offer(me, ['questioning']);
    await offer(open, ['questioning', 'feedback'], true, 'Come by on Tuesdays');
    await offer(closed, ['questioning'], false);
    await offer(gone, ['questioning']);
    await offer(elsewhere, ['questioning']);
    await ctx.db
      .update(users)
      .set({ status: 'deactivated', deactivatedAt: new Date() })
      .where(eq(users.id, gone.user.id));
    const found = await candidates(tenant.org.id, me.user.id);
    expect(found).toEqual([
      {
        id: open.user.id,
        name: 'Olive Open',
        schoolNames: [tenant.otherSchool.name],
        practiceTags: ['questioning', 'feedback'],
        note: 'Come by on Tuesdays',
        subjects: ['Mathematics'],
        gradeLevels: ['7'],
      },
    ]);
    // Someone the caller already asked (pending) or was accepted by is not suggested again.
    expect((await ask(me, open)).statusCode).toBe(201);
    expect(await candidates(tenant.org.id, me.user.id)).toEqual([]);
  });
});

describe('peers among recommendations', () => {
  let teacher: Person;
  let peer: Person;

  beforeAll(async () => {
    teacher = await person(t, 'Taylor Needs');
    // Growth focus: questioning (D3.P2 of the built-in framework).
    await ctx.db.insert(growthFocus).values({
      organizationId: t.org.id,
      userId: teacher.user.id,
      practiceId: await practiceByCode('D3.P2'),
      position: 0,
    });
    peer = await person(t, 'Quinn Questions', t.otherSchool.id);
  });

  it('shows a colleague with an open offer on the teacher’s need, with a reason that names nobody', async () => {
    expect((await offer(peer, ['questioning'], true, 'Visitors welcome in 3rd period')).statusCode).toBe(200);
    const items = await home(teacher);
    const item = items.find((i) => i.kind === 'peer' && i.id === peer.user.id);
    expect(item, JSON.stringify(items.map((i) => `${i.kind}:${i.title}`))).toMatchObject({
      title: 'Quinn Questions',
      summary: `${t.otherSchool.name} · Visitors welcome in 3rd period`,
      practiceTags: ['questioning'],
    });
    expect(item!.reasons[0]).toMatchObject({ code: 'growth-focus' });
    for (const reason of item!.reasons) expect(reason.text).not.toContain('Quinn');
    // Only in that card: not in Home's mixed list (one person never offered twice on a page), not in
    // the weekly digest (a name among "three ideas" would read as an idea), never in the planner.
    const mixed: Item[] = json(await as(teacher.cookie).get('/recommendations?surface=home&limit=20')).items;
    expect(mixed.length).toBeGreaterThan(0);
    expect(mixed.some((i) => i.kind === 'peer')).toBe(false);
    const digest = await ctx.app.services.recommendations.forDigest(
      { organizationId: t.org.id, userId: teacher.user.id },
      'en',
      20,
    );
    expect(digest.length).toBeGreaterThan(0);
    expect(digest.some((i) => i.kind === 'peer')).toBe(false);
    const planner: Item[] = json(await as(teacher.cookie).get('/recommendations?surface=planner&limit=20')).items;
    expect(planner.some((i) => i.kind === 'peer')).toBe(false);
  });

  it('answers Home’s “colleagues to learn from” with peers only, recording no card as shown', async () => {
    const before = await impressions();
    const items: Item[] = json(await as(teacher.cookie).get('/recommendations?surface=home&kind=peer&limit=2')).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.kind === 'peer')).toBe(true);
    expect(items.some((i) => i.id === peer.user.id)).toBe(true);
    expect(await impressions()).toBe(before);
    const planner: Item[] = json(
      await as(teacher.cookie).get('/recommendations?surface=planner&kind=peer&limit=20'),
    ).items;
    expect(planner).toEqual([]);
  });

  it('names the practices in the caller’s language when there is no note', async () => {
    await offer(peer, ['questioning'], true, null);
    const response = await ctx.app.inject({
      url: '/api/v1/recommendations?surface=home&kind=peer&limit=20&locale=es',
      headers: { cookie: teacher.cookie },
    });
    const item = (json(response).items as Item[]).find((i) => i.id === peer.user.id);
    expect(item?.summary).toBe(`${t.otherSchool.name} · Puede compartir: las preguntas`);
  });

  it('drops the colleague right after the offer is closed, and after it is deleted', async () => {
    await offer(peer, ['questioning'], false);
    expect((await home(teacher)).some((i) => i.id === peer.user.id)).toBe(false);
    await offer(peer, ['questioning'], true);
    expect((await home(teacher)).some((i) => i.id === peer.user.id)).toBe(true);
    expect((await as(peer.cookie).delete('/me/peer-offer')).statusCode).toBe(204);
    expect((await home(teacher)).some((i) => i.id === peer.user.id)).toBe(false);
  });
});

describe('requests (consent per contact)', () => {
  const notificationsOf = async (userId: string, kind: string) =>
    ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind as 'peer-request.received')));

  it('asks, notifies the colleague, and reveals emails only once accepted', async () => {
    const asker = await person(t, 'Avery Asker');
    const peer = await person(t, 'Morgan Mentor', t.otherSchool.id);
    await offer(peer, ['questioning', 'closure']);
    const created = await ask(asker, peer, 'closure', 'I would love to see your exit routine.');
    expect(created.statusCode, created.body).toBe(201);
    const request = json<Request>(created);
    expect(request).toMatchObject({
      direction: 'outgoing',
      person: { id: peer.user.id, name: 'Morgan Mentor', email: null },
      status: 'pending',
      practiceTag: 'closure',
    });
    const received = await notificationsOf(peer.user.id, 'peer-request.received');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ params: { askerName: 'Avery Asker' }, link: '/peer-requests' });

    const incoming = json<{ incoming: Request[]; outgoing: Request[] }>(await as(peer.cookie).get('/peer-requests'));
    expect(incoming.incoming).toHaveLength(1);
    expect(incoming.incoming[0]).toMatchObject({
      id: request.id,
      direction: 'incoming',
      person: { name: 'Avery Asker', email: null },
      message: 'I would love to see your exit routine.',
    });
    // Only the asked colleague answers; the asker may not accept their own request.
    expect((await as(asker.cookie).post(`/peer-requests/${request.id}/accept`)).statusCode).toBe(403);
    const accepted = await as(peer.cookie).post(`/peer-requests/${request.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(json<Request>(accepted).person.email).toBe(asker.user.email);
    const mine = json<{ outgoing: Request[] }>(await as(asker.cookie).get('/peer-requests')).outgoing;
    expect(mine[0]).toMatchObject({ status: 'accepted', person: { email: peer.user.email } });
    expect(await notificationsOf(asker.user.id, 'peer-request.accepted')).toHaveLength(1);
    // Answered once.
    expect((await as(peer.cookie).post(`/peer-requests/${request.id}/decline`)).statusCode).toBe(409);
  });

  it('declines without a reason or a notification; the asker may withdraw while pending', async () => {
    const asker = await person(t, 'Drew Declined');
    const peer = await person(t, 'Nico No');
    await offer(peer, ['questioning']);
    const first = json<Request>(await ask(asker, peer));
    const declined = await as(peer.cookie).post(`/peer-requests/${first.id}/decline`);
    expect(json<Request>(declined)).toMatchObject({ status: 'declined', person: { email: null } });
    const seen = json<{ outgoing: Request[] }>(await as(asker.cookie).get('/peer-requests')).outgoing[0]!;
    expect(seen).toMatchObject({ status: 'declined', person: { email: null } });
    expect(Object.keys(seen).sort()).toEqual(
      ['answeredAt', 'createdAt', 'direction', 'id', 'message', 'person', 'practiceTag', 'status'].sort(),
    );
    const told = await ctx.db.select().from(notifications).where(eq(notifications.userId, asker.user.id));
    expect(told).toEqual([]);
    // A "no" is respected: not asked again, nor suggested, for 90 days.
    const again = await ask(asker, peer);
    expect(again.statusCode).toBe(409);
    expect(json(again).detail).toBe(
      'This colleague declined a request of yours recently. You can ask them again after 90 days.',
    );
    expect((await candidates(t.org.id, asker.user.id)).some((c) => c.id === peer.user.id)).toBe(false);
    const later = () => new Date(Date.now() + 91 * 86_400_000);
    const after = await peerCandidatesFrom(ctx.db, teachingOfPeopleFrom(ctx.db), later)(t.org.id, asker.user.id);
    expect(after.some((c) => c.id === peer.user.id)).toBe(true);
    // Declining does not stop the colleague asking the asker (their own choice).
    await offer(asker, ['questioning']);
    expect((await ask(peer, asker)).statusCode).toBe(201);

    const wren = await person(t, 'Wren Withdraws');
    const second = json<Request>(await ask(wren, peer));
    expect((await as(peer.cookie).post(`/peer-requests/${second.id}/withdraw`)).statusCode).toBe(403);
    const withdrawn = await as(asker.cookie).post(`/peer-requests/${second.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(404);
    const mine = await as(wren.cookie).post(`/peer-requests/${second.id}/withdraw`);
    expect(json<Request>(mine).status).toBe('withdrawn');
    // Settled requests move no further: accepting a withdrawn one, withdrawing an accepted one.
    expect((await as(peer.cookie).post(`/peer-requests/${second.id}/accept`)).statusCode).toBe(409);
    const third = json<Request>(await ask(wren, peer));
    expect((await as(peer.cookie).post(`/peer-requests/${third.id}/accept`)).statusCode).toBe(200);
    expect((await as(wren.cookie).post(`/peer-requests/${third.id}/withdraw`)).statusCode).toBe(409);
    // Asking, withdrawing and asking again the same day tells the colleague once.
    const received = await ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, peer.user.id), eq(notifications.kind, 'peer-request.received')));
    expect(received.filter((n) => (n.params as { askerName?: string }).askerName === 'Wren Withdraws')).toHaveLength(1);
  });

  it('holds both limits when asks arrive at once', async () => {
    const asker = await person(t, 'Rush Asker');
    const peers: Person[] = [];
    for (let i = 0; i < 7; i++) {
      const peer = await person(t, `Rush Peer ${i}`);
      await offer(peer, ['questioning']);
      peers.push(peer);
    }
    const answers = await Promise.all(peers.map((peer) => ask(asker, peer)));
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.statusCode === 409)).toHaveLength(2);
    // A pair asking each other at the same moment: one request.
    const [a, b] = [await person(t, 'Pair A'), await person(t, 'Pair B')];
    await Promise.all([offer(a, ['questioning']), offer(b, ['questioning'])]);
    const both = await Promise.all([ask(a, b), ask(b, a)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('refuses a NUL or over-long message (400) and accepting a request from someone deactivated since (409)', async () => {
    const asker = await person(t, 'Mo Message');
    const peer = await person(t, 'Pia Peer');
    await offer(peer, ['questioning']);
    for (const message of ['a\u0000b', 'x'.repeat(1001)]) {
      const response = await ask(asker, peer, 'questioning', message);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
    expect(json<{ incoming: Request[] }>(await as(peer.cookie).get('/peer-requests')).incoming).toEqual([]);
    const request = json<Request>(await ask(asker, peer));
    await ctx.db
      .update(users)
      .set({ status: 'deactivated', deactivatedAt: new Date() })
      .where(eq(users.id, asker.user.id));
    const accepted = await as(peer.cookie).post(`/peer-requests/${request.id}/accept`);
    expect(accepted.statusCode).toBe(409);
    const row = (await ctx.db.select().from(peerRequests).where(eq(peerRequests.id, request.id)))[0]!;
    expect(row.status).toBe('pending');
  });

  it('refuses a second pending request per pair (409), a sixth pending one (409), and bad targets', async () => {
    const asker = await person(t, 'Casey Capped');
    const peers: Person[] = [];
    for (let i = 0; i < 6; i++) {
      const peer = await person(t, `Peer ${i}`);
      await offer(peer, ['questioning', 'review']);
      peers.push(peer);
    }
    expect((await ask(asker, peers[0]!)).statusCode).toBe(201);
    const duplicate = await ask(asker, peers[0]!, 'review');
    expect(duplicate.statusCode).toBe(409);
    expect(json(duplicate).detail).toBe('You already have a request with this colleague waiting for an answer.');
    // The other way round is the same pair.
    await offer(asker, ['questioning']);
    expect((await ask(peers[0]!, asker)).statusCode).toBe(409);
    for (const peer of peers.slice(1, 5)) expect((await ask(asker, peer)).statusCode).toBe(201);
    const capped = await ask(asker, peers[5]!);
    expect(capped.statusCode).toBe(409);
    expect(json(capped)).toMatchObject({ limit: 5 });
    // Not a practice they offered; not to oneself; not to a closed offer or another district.
    const fresh = await person(t, 'Fresh Asker');
    expect((await ask(fresh, peers[5]!, 'closure')).statusCode).toBe(422);
    expect((await ask(fresh, fresh)).statusCode).toBe(422);
    await offer(peers[5]!, ['questioning'], false);
    expect((await ask(fresh, peers[5]!)).statusCode).toBe(404);
    const far = await person(other, 'Far Away');
    await offer(far, ['questioning']);
    expect((await ask(fresh, far)).statusCode).toBe(404);
    expect(
      (
        await as(fresh.cookie).post('/peer-requests', {
          toUserId: peers[4]!.user.id,
          practiceTag: 'questioning',
          message: ' ',
        })
      ).statusCode,
    ).toBe(400);
    const pending = await ctx.db
      .select()
      .from(peerRequests)
      .where(and(eq(peerRequests.fromUserId, asker.user.id), eq(peerRequests.status, 'pending')));
    expect(pending).toHaveLength(5);
  });

  it('is private to its two people: 404 for anyone else, admins included', async () => {
    const asker = await person(t, 'Private Asker');
    const peer = await person(t, 'Private Peer');
    await offer(peer, ['questioning']);
    const request = json<Request>(await ask(asker, peer));
    const bystander = await person(t, 'Bystander');
    for (const cookie of [bystander.cookie, await signIn(ctx.app, t.admin.email)]) {
      for (const action of ['accept', 'decline', 'withdraw'])
        expect((await as(cookie).post(`/peer-requests/${request.id}/${action}`)).statusCode).toBe(404);
      const list = json<{ incoming: Request[]; outgoing: Request[] }>(await as(cookie).get('/peer-requests'));
      expect([...list.incoming, ...list.outgoing].some((r) => r.id === request.id)).toBe(false);
    }
    expect((await as(peer.cookie).post('/peer-requests/not-a-uuid/accept')).statusCode).toBe(404);
  });
});
