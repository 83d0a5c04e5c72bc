import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeerProfileBody } from '#core/contracts/peer-districts';
import { schoolYearOf } from '#core/peers/index';
import { buildOrganization, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { auditEvents, jobs, peerDistrictProfiles, peerDistrictSnapshots } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { createPeerDistrictsService, PEER_DISTRICTS_JOBS, peerDistrictsJobs } from './index';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'admin' | 'leader' | 'teacher' | 'coach' | 'otherAdmin', string>;
const year = schoolYearOf(new Date().toISOString().slice(0, 10));
/** The synthetic peers: their ids, names and exact values must never leave the server. */
const peers: { id: string; name: string }[] = [];
/** Distinctive values no coarsened statistic can equal (coarsening lands on multiples of 0.05). */
const PEER_VALUES = [0.2113, 0.3127, 0.4139, 0.5147, 0.6151, 0.7163];

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  put: (url: string, payload: unknown) =>
    ctx.app.inject({ method: 'PUT', url: `/api/v1${url}`, headers: { cookie }, payload: payload as object }),
});
const profile = (overrides: object = {}) => ({
  studentCount: 5200,
  povertyRate: 41,
  englishLearnerShare: 14,
  urbanicity: 'suburb',
  optedIn: true,
  ...overrides,
});

/** An opted-in synthetic district with a snapshot: follow-up-rate from `value` resting on `people`. */
async function buildPeer(value: number, people = 12, urbanicity: 'suburb' | 'city' = 'suburb') {
  const org = await buildOrganization(ctx.db, { name: `Peer district ${peers.length} zz-secret` });
  const admin = await buildUser(ctx.db, org.id, { roles: [{ role: 'district_admin' }] });
  await ctx.db.insert(peerDistrictProfiles).values({
    organizationId: org.id,
    studentCount: 4000 + peers.length * 100,
    povertyRate: 38 + peers.length,
    englishLearnerShare: 12 + peers.length,
    urbanicity,
    optedIn: true,
    optedInBy: admin.id,
    optedInAt: new Date(),
    updatedBy: admin.id,
  });
  await ctx.db.insert(peerDistrictSnapshots).values([
    { organizationId: org.id, schoolYear: year, key: 'follow-up-rate', domain: 'feedback', value, people },
    { organizationId: org.id, schoolYear: year, key: 'follow-up-delay', domain: 'feedback', value: 3, people: 3 },
  ]);
  peers.push({ id: org.id, name: org.name });
  return org;
}

/** Gives the tenant its own follow-up rate, as the refresh job would have stored it. */
async function ownValue(organizationId: string, value: number, people = 30) {
  await ctx.db
    .insert(peerDistrictSnapshots)
    .values({ organizationId, schoolYear: year, key: 'follow-up-rate', domain: 'feedback', value, people })
    .onConflictDoUpdate({
      target: [peerDistrictSnapshots.organizationId, peerDistrictSnapshots.schoolYear, peerDistrictSnapshots.key],
      set: { value, people },
    });
}

/** Nothing about a peer in a response: no id, no name, no exact value. */
function assertNothingOfPeers(body: string) {
  for (const peer of peers) {
    expect(body).not.toContain(peer.id);
    expect(body).not.toContain(peer.name);
  }
  expect(body).not.toContain('zz-secret');
  for (const value of PEER_VALUES) expect(body).not.toContain(String(value));
}

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  for (const [who, email] of [
    ['admin', t.admin.email],
    ['leader', t.leader.email],
    ['teacher', t.teacher.email],
    ['coach', t.coach.email],
    ['otherAdmin', other.admin.email],
  ] as const)
    cookies[who] = await signIn(ctx.app, email);
});

describe('profile and opt-in', () => {
  it('starts unsaved and not opted in; only admins read or write it', async () => {
    const response = await as(cookies.admin).get('/peer-districts/profile');
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({ saved: false, optedIn: false, studentCount: null });
    for (const who of ['leader', 'teacher', 'coach'] as const) {
      expect((await as(cookies[who]).get('/peer-districts/profile')).statusCode).toBe(403);
      expect((await as(cookies[who]).put('/peer-districts/profile', profile())).statusCode).toBe(403);
    }
    const comparison = await as(cookies.admin).get('/peer-districts/comparison');
    expect(json(comparison)).toMatchObject({ status: 'no-profile', indicators: [] });
  });

  it('refuses bad input with problem+json and changes nothing', async () => {
    for (const bad of [
      profile({ studentCount: 0 }),
      profile({ studentCount: 12.5 }),
      profile({ povertyRate: 101 }),
      profile({ englishLearnerShare: -1 }),
      profile({ urbanicity: 'moon' }),
      profile({ optedIn: 'yes' }),
      profile({ extra: 1 }),
      { studentCount: 10 },
      [],
    ]) {
      const response = await as(cookies.admin).put('/peer-districts/profile', bad);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const spanish = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/peer-districts/profile?locale=es',
      headers: { cookie: cookies.admin },
      payload: profile({ povertyRate: 120 }),
    });
    expect(JSON.stringify(json(spanish))).toContain('porcentaje');
    expect(
      await ctx.db.select().from(peerDistrictProfiles).where(eq(peerDistrictProfiles.organizationId, t.org.id)),
    ).toEqual([]);
  });

  it('saves the context, records who opted in, and snapshots the indicators at once', async () => {
    const response = await as(cookies.admin).put('/peer-districts/profile', profile());
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      saved: true,
      studentCount: 5200,
      urbanicity: 'suburb',
      optedIn: true,
      optedInBy: { id: t.admin.id, name: t.admin.name },
    });
    const snapshot = await ctx.db
      .select()
      .from(peerDistrictSnapshots)
      .where(eq(peerDistrictSnapshots.organizationId, t.org.id));
    expect(snapshot.length).toBeGreaterThan(0);
    expect(snapshot.every((row) => row.schoolYear === year)).toBe(true);
    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.organizationId, t.org.id));
    expect(audit.map((e) => e.action)).toContain('peer-districts.opted-in');
    expect(audit.map((e) => e.action)).not.toContain('peer-districts.context-changed');
  });

  it('audits a context change and allows one a day: another within the day is a 409 that changes nothing', async () => {
    const actions = async () =>
      (await ctx.db.select().from(auditEvents).where(eq(auditEvents.organizationId, t.org.id))).map((e) => e.action);
    const changed = await as(cookies.admin).put('/peer-districts/profile', profile({ studentCount: 5300 }));
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await actions()).filter((a) => a === 'peer-districts.context-changed')).toHaveLength(1);
    // Saving the same context (or only the opt-in) is no change.
    expect((await as(cookies.admin).put('/peer-districts/profile', profile({ studentCount: 5300 }))).statusCode).toBe(
      200,
    );
    const again = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/peer-districts/profile?locale=es',
      headers: { cookie: cookies.admin },
      payload: profile(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(json(again).detail).toBe('El contexto se cambió hace menos de un día. Vuelve a intentarlo mañana.');
    const [row] = await ctx.db
      .select()
      .from(peerDistrictProfiles)
      .where(eq(peerDistrictProfiles.organizationId, t.org.id));
    expect(row!.studentCount).toBe(5300);
    expect((await actions()).filter((a) => a === 'peer-districts.context-changed')).toHaveLength(1);
    // A day later it may change again.
    await ctx.db
      .update(peerDistrictProfiles)
      .set({ contextChangedAt: new Date(Date.now() - 86_400_000 - 1_000) })
      .where(eq(peerDistrictProfiles.organizationId, t.org.id));
    expect((await as(cookies.admin).put('/peer-districts/profile', profile())).statusCode).toBe(200);
    expect((await actions()).filter((a) => a === 'peer-districts.context-changed')).toHaveLength(2);
    await ctx.db
      .update(peerDistrictProfiles)
      .set({ contextChangedAt: null })
      .where(eq(peerDistrictProfiles.organizationId, t.org.id));
  });
});

describe('comparison', () => {
  it('says "too few" while fewer than 5 similar districts have opted in, and shows no peer number', async () => {
    for (const value of PEER_VALUES.slice(0, 4)) await buildPeer(value);
    await ownValue(t.org.id, 0.9);
    const response = await as(cookies.admin).get('/peer-districts/comparison');
    expect(response.statusCode).toBe(200);
    const body = json(response);
    expect(body.status).toBe('too-few-peers');
    for (const row of body.indicators) {
      expect(row.peers).toBeNull();
      expect(row.standing).toBeNull();
    }
    expect(body.indicators.find((r: { key: string }) => r.key === 'follow-up-rate').yours).toBe(0.9);
    assertNothingOfPeers(response.body);
  });

  it('with 5 or more compares: coarse median and middle half, standing, nothing of any one peer', async () => {
    await buildPeer(PEER_VALUES[4]!);
    await buildPeer(PEER_VALUES[5]!);
    for (const who of ['admin', 'leader'] as const) {
      const response = await as(cookies[who]).get(`/peer-districts/comparison?schoolYear=${year}`);
      expect(response.statusCode).toBe(200);
      const body = json(response);
      expect(body.status).toBe('ready');
      const rate = body.indicators.find((r: { key: string }) => r.key === 'follow-up-rate');
      // Six values 0.21…0.72: median 0.4643 → 0.45, quartiles 0.3380 → 0.35 and 0.5898 → 0.6.
      expect(rate).toMatchObject({ yours: 0.9, peers: { median: 0.45, low: 0.35, high: 0.6 }, standing: 'above' });
      // Every peer's delay rests on 3 people: never used, so never compared.
      expect(body.indicators.find((r: { key: string }) => r.key === 'follow-up-delay').peers).toBeNull();
      assertNothingOfPeers(response.body);
      expect(Object.keys(body).sort()).toEqual(['indicators', 'refreshedAt', 'schoolYear', 'status']);
      for (const row of body.indicators)
        expect(Object.keys(row).sort()).toEqual(['domain', 'key', 'peers', 'standing', 'yours']);
    }
  });

  it('hides the own value resting on fewer than 5 people', async () => {
    await ownValue(t.org.id, 0.9, 4);
    const body = json(await as(cookies.admin).get('/peer-districts/comparison'));
    expect(body.indicators.find((r: { key: string }) => r.key === 'follow-up-rate')).toMatchObject({
      yours: null,
      standing: null,
    });
    await ownValue(t.org.id, 0.9);
  });

  it('a peer indicator on fewer than 5 people is left out: down to 4 usable values, nothing is shown', async () => {
    await ctx.db
      .update(peerDistrictSnapshots)
      .set({ people: 4 })
      .where(eq(peerDistrictSnapshots.organizationId, peers[0]!.id));
    await ctx.db
      .update(peerDistrictSnapshots)
      .set({ value: null })
      .where(eq(peerDistrictSnapshots.organizationId, peers[1]!.id));
    const body = json(await as(cookies.admin).get('/peer-districts/comparison'));
    expect(body.indicators.find((r: { key: string }) => r.key === 'follow-up-rate').peers).toBeNull();
    await ctx.db
      .update(peerDistrictSnapshots)
      .set({ people: 12 })
      .where(eq(peerDistrictSnapshots.organizationId, peers[0]!.id));
    await ctx.db
      .update(peerDistrictSnapshots)
      .set({ value: PEER_VALUES[1]! })
      .where(eq(peerDistrictSnapshots.organizationId, peers[1]!.id));
  });

  it('teachers, coaches and districts that share nothing see nothing', async () => {
    for (const who of ['teacher', 'coach'] as const)
      expect((await as(cookies[who]).get('/peer-districts/comparison')).statusCode).toBe(403);
    await as(cookies.otherAdmin).put('/peer-districts/profile', profile({ optedIn: false }));
    const response = await as(cookies.otherAdmin).get('/peer-districts/comparison');
    expect(json(response)).toMatchObject({ status: 'not-opted-in', indicators: [] });
    expect((await as(cookies.otherAdmin).get('/peer-districts/comparison?schoolYear=2026')).statusCode).toBe(400);
    for (const bad of ['0000-01', '9998-99', '2100-01'])
      expect((await as(cookies.otherAdmin).get(`/peer-districts/comparison?schoolYear=${bad}`)).statusCode).toBe(400);
  });

  it('another district never sees this one until it opts in, and opting out removes it at once', async () => {
    // The other tenant opts in: its peers are the six synthetic districts plus this tenant.
    await as(cookies.otherAdmin).put('/peer-districts/profile', profile());
    const before = await as(cookies.otherAdmin).get('/peer-districts/comparison');
    expect(json(before).status).toBe('ready');
    expect(before.body).not.toContain(t.org.id);
    expect(before.body).not.toContain(t.org.name);
    // Two synthetic peers opt out (as their admins would): five remain, this tenant among them.
    for (const peer of peers.slice(0, 2))
      await ctx.db
        .update(peerDistrictProfiles)
        .set({ optedIn: false })
        .where(eq(peerDistrictProfiles.organizationId, peer.id));
    expect(json(await as(cookies.otherAdmin).get('/peer-districts/comparison')).status).toBe('ready');
    const optOut = await as(cookies.admin).put('/peer-districts/profile', profile({ optedIn: false }));
    expect(json(optOut)).toMatchObject({ optedIn: false, optedInBy: null, optedInAt: null });
    expect(
      await ctx.db.select().from(peerDistrictSnapshots).where(eq(peerDistrictSnapshots.organizationId, t.org.id)),
    ).toEqual([]);
    const after = json(await as(cookies.otherAdmin).get('/peer-districts/comparison'));
    // This district leaving is what takes the other below five.
    expect(after.status).toBe('too-few-peers');
    for (const peer of peers.slice(0, 2))
      await ctx.db
        .update(peerDistrictProfiles)
        .set({ optedIn: true })
        .where(eq(peerDistrictProfiles.organizationId, peer.id));
  });
});

describe('refresh job', () => {
  it('keeps the opt-in when the indicators cannot be read now, and leaves the refresh to the worker', async () => {
    const service = createPeerDistrictsService({
      db: ctx.db,
      indicators: async () => {
        throw new Error('indicators unavailable');
      },
    });
    const third = await buildTenant(ctx.db);
    const actor: Actor = {
      userId: third.admin.id,
      organizationId: third.org.id,
      organizationName: third.org.name,
      name: third.admin.name,
      email: third.admin.email,
      locale: 'en',
      memberships: [{ id: 'membership', role: 'district_admin', schoolId: null }],
      via: { kind: 'session', sessionId: 'session' },
      context: { ip: null, userAgent: null },
    };
    const saved = await service.saveProfile(actor, profile() as PeerProfileBody);
    expect(saved.optedIn).toBe(true);
    const queued = await ctx.db.select().from(jobs).where(eq(jobs.kind, PEER_DISTRICTS_JOBS.refresh));
    expect(queued.some((job) => job.payload.organizationId === third.org.id)).toBe(true);
  });

  it('runs daily at 04:00 UTC and refreshes only opted-in districts', async () => {
    const jobs = peerDistrictsJobs(ctx.app.services.peerDistricts);
    expect(jobs.schedules[0]!.slot(new Date('2026-03-02T03:59:00Z'))).toBeNull();
    expect(jobs.schedules[0]!.slot(new Date('2026-03-02T04:01:00Z'))?.key).toBe(
      `${PEER_DISTRICTS_JOBS.refresh}@2026-03-02`,
    );
    const peer = peers[5]!;
    // A synthetic (demo) district keeps its seeded snapshot: the job never reads the platform for it.
    const synthetic = peers[4]!;
    await ctx.db
      .update(peerDistrictProfiles)
      .set({ synthetic: true })
      .where(eq(peerDistrictProfiles.organizationId, synthetic.id));
    await jobs.handlers[PEER_DISTRICTS_JOBS.refresh]!({}, { now: new Date(), attempt: 0 });
    // The synthetic peer has no people: its refreshed snapshot holds no value of its own.
    const rows = await ctx.db
      .select()
      .from(peerDistrictSnapshots)
      .where(eq(peerDistrictSnapshots.organizationId, peer.id));
    expect(rows.every((row) => row.value === null || row.people > 0)).toBe(true);
    expect(rows.find((row) => row.key === 'follow-up-rate')?.value ?? null).toBeNull();
    const kept = await ctx.db
      .select()
      .from(peerDistrictSnapshots)
      .where(eq(peerDistrictSnapshots.organizationId, synthetic.id));
    expect(kept.find((row) => row.key === 'follow-up-rate')?.value).toBe(PEER_VALUES[4]);
    // The tenant opted out above: the job leaves it empty.
    expect(
      await ctx.db.select().from(peerDistrictSnapshots).where(eq(peerDistrictSnapshots.organizationId, t.org.id)),
    ).toEqual([]);
  });

  it('a refresh waits for an opt-out in progress and then writes nothing', async () => {
    const fourth = await buildTenant(ctx.db);
    await ctx.db.insert(peerDistrictProfiles).values({
      organizationId: fourth.org.id,
      ...profile(),
      urbanicity: 'suburb',
      optedIn: true,
      optedInBy: fourth.admin.id,
      optedInAt: new Date(),
      updatedBy: fourth.admin.id,
    });
    const service = createPeerDistrictsService({
      db: ctx.db,
      indicators: async () => [{ key: 'follow-up-rate', domain: 'feedback', value: 0.5, people: 9 }],
    });
    let refreshed: Promise<void> | null = null;
    let done = false;
    // The opt-out holds the profile row while the refresh starts.
    await ctx.db.transaction(async (tx) => {
      await tx
        .select()
        .from(peerDistrictProfiles)
        .where(eq(peerDistrictProfiles.organizationId, fourth.org.id))
        .for('update');
      refreshed = service.refreshOrganization(fourth.org.id, new Date()).then(() => {
        done = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      await tx
        .update(peerDistrictProfiles)
        .set({ optedIn: false })
        .where(eq(peerDistrictProfiles.organizationId, fourth.org.id));
      await tx.delete(peerDistrictSnapshots).where(eq(peerDistrictSnapshots.organizationId, fourth.org.id));
    });
    await refreshed;
    expect(
      await ctx.db.select().from(peerDistrictSnapshots).where(eq(peerDistrictSnapshots.organizationId, fourth.org.id)),
    ).toEqual([]);
  });

  it('the daily refresh goes on past a district that fails, logs it, and fails the job for a retry', async () => {
    const errors: object[] = [];
    let failing: string | null = null;
    const service = createPeerDistrictsService({
      db: ctx.db,
      indicators: async (organizationId) => {
        // The first district read fails; every other one reads.
        failing ??= organizationId;
        if (organizationId === failing) throw new Error('indicators unavailable');
        return [{ key: 'follow-up-rate', domain: 'feedback', value: 0.5, people: 9 }];
      },
      log: { error: (o) => errors.push(o) },
    });
    const at = new Date();
    await expect(service.refreshAll(at)).rejects.toThrow('1 district');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ organizationId: failing });
    const refreshed = await ctx.db.select().from(peerDistrictSnapshots).where(eq(peerDistrictSnapshots.value, 0.5));
    const others = (
      await ctx.db.select().from(peerDistrictProfiles).where(eq(peerDistrictProfiles.optedIn, true))
    ).filter((p) => !p.synthetic && p.organizationId !== failing);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(refreshed.some((row) => row.organizationId === other.organizationId)).toBe(true);
  });
});
