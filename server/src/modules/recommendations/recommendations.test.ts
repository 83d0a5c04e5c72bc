import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClass, buildPlan, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import {
  cardTrials,
  classes,
  growthFocus,
  notifications,
  observationFeedback,
  observations,
  recommendationImpressions,
  reflections,
  resourceReactions,
} from '../../db/schema';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;

type Reason = { code: string; text: string; [key: string]: unknown };
type Item = { id: string; title: string; reasons: Reason[] };

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  post: (url: string, payload: object = {}) =>
    ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload }),
});

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
const count = async (table: typeof cardTrials | typeof recommendationImpressions) =>
  rows<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${table}`))[0]!.n;

const practiceByCode = async (code: string) =>
  rows<{ id: string }>(
    await ctx.db.execute(sql`select id from framework_practices where organization_id is null and code = ${code}`),
  )[0]!.id;

/** A teacher of the tenant's school with a Mathematics grade-7 class. */
async function teacher(tenant: Tenant, name: string, gradeLevel = '7') {
  const user = await buildUser(ctx.db, tenant.org.id, {
    name,
    roles: [{ role: 'teacher', schoolId: tenant.school.id }],
  });
  const klass = await buildClass(ctx.db, tenant.org.id, user.id, tenant.school.id);
  if (gradeLevel !== '7')
    await ctx.db.execute(sql`update ${classes} set grade_level = ${gradeLevel} where id = ${klass.id}`);
  return { user, klass, cookie: await signIn(ctx.app, user.email) };
}

/** A plan with an objective and timed segments but no check for understanding anywhere. */
const planWithoutCfu = (tenant: Tenant, ownerId: string, classId: string, date: string) =>
  buildPlan(ctx.db, tenant.org.id, ownerId, {
    classId,
    date,
    title: `Fractions ${date}`,
    content: {
      objectives: ['Students will compare fractions with unlike denominators'],
      segments: [
        { title: 'Mini-lesson', minutes: 15, description: 'I model comparing fractions on a number line.' },
        { title: 'Practice', minutes: 25, description: 'Students complete the worksheet.' },
      ],
    },
  });

const find = (items: Item[], id: string) => items.find((item) => item.id === id);

let ana: Awaited<ReturnType<typeof teacher>>;
let anaPlans: { id: string }[];

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  ana = await teacher(t, 'Ana Recommended');
  // Growth focus: questioning (D3.P2 of the built-in framework).
  await ctx.db
    .insert(growthFocus)
    .values({ organizationId: t.org.id, userId: ana.user.id, practiceId: await practiceByCode('D3.P2'), position: 0 });
  anaPlans = [];
  for (const date of ['2026-11-02', '2026-11-09', '2026-11-16'])
    anaPlans.push(await planWithoutCfu(t, ana.user.id, ana.klass.id, date));
}, 60_000);

describe("a teacher's recommendations", () => {
  it('recommends the checks-for-understanding card because three plans lacked one, and names the growth focus', async () => {
    const response = await as(ana.cookie).get('/recommendations?surface=home&limit=10');
    expect(response.statusCode, response.body).toBe(200);
    const items: Item[] = json(response).items;
    const cfu = find(items, 'checks-for-understanding');
    expect(cfu, JSON.stringify(items.map((i) => [i.id, i.reasons.map((r) => r.code)]))).toBeDefined();
    expect(cfu!.reasons).toContainEqual(
      expect.objectContaining({ code: 'plan-insight', ruleId: 'cfu.missing', plans: 3 }),
    );
    expect(cfu!.reasons.find((r) => r.code === 'plan-insight')!.text).toMatch(/^Because 3 of your recent plans/);
    const focus = items.flatMap((item) => item.reasons).find((r) => r.code === 'growth-focus');
    expect(focus?.text).toMatch(/^Because your growth focus is/);
    // Served items are recorded for novelty.
    const served = rows<{ card_slug: string }>(
      await ctx.db.execute(
        sql`select card_slug from ${recommendationImpressions} where user_id = ${ana.user.id} and surface = 'home'`,
      ),
    );
    expect(served.map((r) => r.card_slug).sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('speaks Spanish to a Spanish speaker', async () => {
    const response = await ctx.app.inject({
      url: '/api/v1/recommendations?limit=10&locale=es',
      headers: { cookie: ana.cookie, 'accept-language': 'es' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const items: Item[] = json(response).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.reasons[0]!.text).toMatch(/^(Porque|Por|Docentes|Un|Algo)/);
  });

  it('puts the insight in view first in the planner', async () => {
    const response = await as(ana.cookie).get(
      `/recommendations?surface=planner&planId=${anaPlans[0]!.id}&ruleId=cfu.missing&limit=2`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const items: Item[] = json(response).items;
    expect(items[0]!.id).toBe('checks-for-understanding');
    expect(items[0]!.reasons[0]).toMatchObject({ code: 'plan-insight', ruleId: 'cfu.missing' });
  });

  it('no longer counts a dismissed insight', async () => {
    const bea = await teacher(t, 'Bea Dismisses');
    const plans = [];
    for (const date of ['2026-11-03', '2026-11-10', '2026-11-17'])
      plans.push(await planWithoutCfu(t, bea.user.id, bea.klass.id, date));
    for (const plan of plans.slice(0, 2)) {
      const dismissed = await as(bea.cookie).post(`/lesson-plans/${plan.id}/insights/cfu.missing/dismissals`, {
        reason: 'We check with whiteboards every day.',
      });
      expect(dismissed.statusCode, dismissed.body).toBe(201);
    }
    const items: Item[] = json(await as(bea.cookie).get('/recommendations?limit=10')).items;
    const reasons = items.flatMap((item) => item.reasons).filter((r) => r.ruleId === 'cfu.missing');
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason.plans).toBe(1);
  });

  it("shows only counts of similar teachers, and never another teacher's private work", async () => {
    const newcomer = await teacher(t, 'Nora Newcomer');
    // Five teachers of grade-8 Mathematics (same band) found mini-whiteboards useful; one of them also
    // wrote a reflection and got an action step with words that must not travel.
    const peers: Awaited<ReturnType<typeof teacher>>[] = [];
    for (const name of ['Pia Peer', 'Pablo Peer', 'Paz Peer', 'Pedro Peer', 'Pilar Peer'])
      peers.push(await teacher(t, name, '8'));
    const usefulTo = (peer: (typeof peers)[number]) =>
      ctx.db
        .insert(resourceReactions)
        .values({ organizationId: t.org.id, resourceId: 'mini-whiteboards', userId: peer.user.id, useful: true });
    for (const peer of peers.slice(0, 4)) await usefulTo(peer);
    // Four are a group under five: no "similar teachers" reason yet.
    const fewer: Item[] = json(await as(newcomer.cookie).get('/recommendations?limit=20')).items;
    for (const item of fewer) expect(item.reasons.map((r) => r.code)).not.toContain('similar-teachers');
    await usefulTo(peers[4]!);
    await ctx.db.insert(reflections).values({
      organizationId: t.org.id,
      planId: (await planWithoutCfu(t, peers[0]!.user.id, peers[0]!.klass.id, '2026-11-05')).id,
      authorId: peers[0]!.user.id,
      whatHappened: 'PRIVATE-REFLECTION the students were lost',
      level: 1,
      label: 'descriptive',
      indicators: [{ id: 'blame.students', category: 'blame', text: 'PRIVATE-REFLECTION' }],
      nudge: 'Why?',
      rulesetVersion: 'test',
    });
    const [visit] = await ctx.db
      .insert(observations)
      .values({
        organizationId: t.org.id,
        observerId: t.coach.id,
        teacherId: peers[0]!.user.id,
        kind: 'coaching',
        scheduledAt: new Date('2026-11-04T09:00:00Z'),
        durationMinutes: 20,
        followUpDue: '2026-11-18',
        status: 'feedback-shared',
      })
      .returning();
    await ctx.db.insert(observationFeedback).values({
      organizationId: t.org.id,
      observationId: visit!.id,
      strength: 'x',
      growthArea: 'y',
      actionStepText: 'PRIVATE-STEP ask a hinge question',
      howToPractise: 'z',
      resourceId: 'hinge-questions',
      sharedAt: new Date(),
    });

    const response = await as(newcomer.cookie).get('/recommendations?limit=20');
    expect(response.statusCode, response.body).toBe(200);
    const items: Item[] = json(response).items;
    const whiteboards = find(items, 'mini-whiteboards');
    expect(whiteboards?.reasons).toContainEqual(expect.objectContaining({ code: 'similar-teachers', teachers: 5 }));
    for (const leak of ['PRIVATE', ...peers.flatMap((p) => [p.user.id, p.user.name, p.user.email])])
      expect(response.body).not.toContain(leak);
    // Nor do they reach a teacher of another district.
    const elsewhere = await teacher(other, 'Olga Elsewhere');
    const theirs = await as(elsewhere.cookie).get('/recommendations?limit=20');
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain('similar-teachers');
    expect(theirs.body).not.toContain('PRIVATE');
    // The peer with the open action step gets it as a reason, next to the step.
    const own = await as(peers[0]!.cookie).get(`/recommendations?surface=feedback&actionStepId=${visit!.id}&limit=3`);
    expect(own.statusCode, own.body).toBe(200);
    expect(json(own).items[0].reasons[0]).toMatchObject({ code: 'action-step' });
    // Someone else's action step is "not found".
    const notMine = await as(newcomer.cookie).get(`/recommendations?surface=feedback&actionStepId=${visit!.id}`);
    expect(notMine.statusCode).toBe(404);
  });

  it('gives a brand-new teacher starter picks with a reason', async () => {
    const fresh = await buildUser(ctx.db, other.org.id, { roles: [{ role: 'teacher', schoolId: other.school.id }] });
    const response = await as(await signIn(ctx.app, fresh.email)).get('/recommendations');
    expect(response.statusCode, response.body).toBe(200);
    const items: Item[] = json(response).items;
    expect(items).toHaveLength(3);
    for (const item of items) expect(item.reasons.length).toBeGreaterThan(0);
  });
});

describe('the weekly digest and novelty', () => {
  it("gives a digest its top three in the person's language, recording nothing", async () => {
    const before = await count(recommendationImpressions);
    const items = await ctx.app.services.recommendations.forDigest(
      { organizationId: t.org.id, userId: ana.user.id },
      'es',
    );
    expect(items).toHaveLength(3);
    for (const item of items) expect(item.reasons[0]!.text).toMatch(/^(Porque|Por|Docentes|Un|Algo)/);
    expect(await count(recommendationImpressions)).toBe(before);
  });

  it('tells each active teacher once a week, from Monday 08:00 UTC, with three titles and the strongest reason', async () => {
    const weekly = async () =>
      rows<{ params: { titles: string; reason: string }; link: string }>(
        await ctx.db.execute(
          sql`select params, link from ${notifications} where user_id = ${ana.user.id} and kind = 'recommendations.weekly'`,
        ),
      );
    let clock = new Date('2099-01-05T07:59:00Z'); // a Monday, before the hour
    const worker = ctx.app.services.worker({ now: () => clock, workerId: 'recommendations-worker' });
    await worker.tick();
    expect(await weekly()).toEqual([]);
    clock = new Date('2099-01-05T08:00:00Z');
    await worker.tick();
    const [first, ...more] = await weekly();
    expect(more).toEqual([]);
    expect(first!.link).toBe('/');
    expect(first!.params.titles.split(' · ')).toHaveLength(3);
    expect(first!.params.reason).not.toBe('');
    clock = new Date('2099-01-08T12:00:00Z'); // the same ISO week: nobody is told twice
    await worker.tick();
    expect(await weekly()).toHaveLength(1);
    clock = new Date('2099-01-12T09:00:00Z'); // the next Monday
    await worker.tick();
    expect(await weekly()).toHaveLength(2);
  });

  it('keeps at most 200 impressions per person, none older than 90 days', async () => {
    const kept = await teacher(t, 'Kim Kept');
    const old = new Date(Date.now() - 91 * 86_400_000);
    await ctx.db.insert(recommendationImpressions).values(
      Array.from({ length: 210 }, (_, i) => ({
        organizationId: t.org.id,
        userId: kept.user.id,
        cardSlug: 'exit-tickets',
        surface: 'home' as const,
        at: i < 5 ? old : new Date(Date.now() - i * 60_000),
      })),
    );
    expect((await as(kept.cookie).get('/recommendations')).statusCode).toBe(200);
    const [row] = rows<{ n: number; oldest: string }>(
      await ctx.db.execute(
        sql`select count(*)::int as n, min(at)::text as oldest from ${recommendationImpressions} where user_id = ${kept.user.id}`,
      ),
    );
    expect(row!.n).toBe(200);
    expect(new Date(row!.oldest).getTime()).toBeGreaterThan(old.getTime());
  });
});

describe('"I tried it"', () => {
  it('records a trial on my own plan and lists it back', async () => {
    const tried = await as(ana.cookie).post('/resources/checks-for-understanding/tried', {
      planId: anaPlans[1]!.id,
      note: 'Whiteboards after the mini-lesson: 20 of 26 right.',
    });
    expect(tried.statusCode, tried.body).toBe(201);
    expect(json(tried)).toMatchObject({
      resourceId: 'checks-for-understanding',
      plan: { id: anaPlans[1]!.id, title: 'Fractions 2026-11-09' },
      note: 'Whiteboards after the mini-lesson: 20 of 26 right.',
    });
    const list = await as(ana.cookie).get('/resources/checks-for-understanding/tried');
    expect(list.statusCode).toBe(200);
    expect(json(list).items).toHaveLength(1);
    // Nobody else sees my trials.
    const theirs = await as(await signIn(ctx.app, t.teacher.email)).get('/resources/checks-for-understanding/tried');
    expect(json(theirs).items).toEqual([]);
  });

  it("refuses another person's plan (404) and bad input (problem+json), writing nothing", async () => {
    const before = await count(cardTrials);
    const me = as(ana.cookie);
    const someoneElses = await me.post('/resources/exit-tickets/tried', { planId: t.teacherPlan.id });
    expect(someoneElses.statusCode).toBe(404);
    expect(json(someoneElses).detail).toBe('There is no plan of yours with that id.');
    const otherTenants = await me.post('/resources/exit-tickets/tried', { planId: other.teacherPlan.id });
    expect(otherTenants.statusCode).toBe(404);
    const noCard = await me.post('/resources/no-such-card/tried', {});
    expect(noCard.statusCode).toBe(404);
    const tooLong = await me.post('/resources/exit-tickets/tried', { note: 'x'.repeat(2001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.headers['content-type']).toMatch(/application\/problem\+json/);
    const notAnId = await me.post('/resources/exit-tickets/tried', { planId: 42 });
    expect(notAnId.statusCode).toBe(400);
    expect(await count(cardTrials)).toBe(before);
  });

  it('refuses bad recommendation queries without recording anything', async () => {
    const before = await count(recommendationImpressions);
    const me = as(ana.cookie);
    for (const query of ['surface=everywhere', 'limit=0', 'limit=500', 'ruleId=DROP TABLE'])
      expect((await me.get(`/recommendations?${query}`)).statusCode, query).toBe(400);
    expect((await me.get('/recommendations?ruleId=no.such-rule')).statusCode).toBe(404);
    expect((await me.get(`/recommendations?surface=planner&planId=${t.teacherPlan.id}`)).statusCode).toBe(404);
    expect((await me.post('/recommendations/opened', { id: 'no-such-card' })).statusCode).toBe(404);
    expect((await me.post('/recommendations/opened', {})).statusCode).toBe(400);
    expect(await count(recommendationImpressions)).toBe(before);
    expect((await me.post('/recommendations/opened', { id: 'exit-tickets' })).statusCode).toBe(204);
    expect(await count(recommendationImpressions)).toBe(before + 1);
  });
});
