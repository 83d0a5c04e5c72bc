import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { growthFocus, recommendationImpressions } from '../../db/schema';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;

type Reason = { code: string; text: string; [key: string]: unknown };
type Item = { kind: string; id: string; title: string; summary: string; reasons: Reason[] };

const as = (cookie: string) => ({
  get: (url: string, locale = 'en') =>
    ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie, 'accept-language': locale } }),
  post: (url: string, payload: object = {}) =>
    ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload }),
});

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

const practiceByCode = async (code: string) =>
  rows<{ id: string }>(
    await ctx.db.execute(sql`select id from framework_practices where organization_id is null and code = ${code}`),
  )[0]!.id;

const impressions = async () =>
  rows<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${recommendationImpressions}`))[0]!.n;

async function community(cookie: string, name: string, description: string) {
  const response = await as(cookie).post('/communities', { name, description });
  expect(response.statusCode, response.body).toBe(201);
  return json(response) as { id: string };
}

let teacher: string;
let questioning: { id: string };
let joined: { id: string };
let elsewhere: { id: string };
let chat: { id: string };

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  // Growth focus: questioning (D3.P2 of the built-in framework).
  await ctx.db
    .insert(growthFocus)
    .values({ organizationId: t.org.id, userId: t.teacher.id, practiceId: await practiceByCode('D3.P2'), position: 0 });
  teacher = await signIn(ctx.app, t.teacher.email);
  const facilitator = await signIn(ctx.app, t.facilitator.email);
  questioning = await community(facilitator, 'Questioning circle', 'We try open questions that push student thinking.');
  joined = await community(facilitator, 'Better questions club', 'Planning the questions we ask in class.');
  chat = await community(facilitator, 'Friday coffee', 'Catching up at the end of the week.');
  // Another district's community on the same practice: the teacher cannot open it.
  elsewhere = await community(
    await signIn(ctx.app, other.facilitator.email),
    'Questioning across grades',
    'Higher-order questions.',
  );
  expect((await as(teacher).post(`/communities/${joined.id}/membership`)).statusCode).toBe(200);
}, 60_000);

describe('communities among recommendations', () => {
  it('recommends a community whose words match the growth focus, with a reason, on the home page', async () => {
    const before = await impressions();
    const items: Item[] = json(await as(teacher).get('/recommendations?surface=home&limit=20')).items;
    const kinds = JSON.stringify(items.map((i) => `${i.kind}:${i.title}`));
    const item = items.find((i) => i.kind === 'community' && i.id === questioning.id);
    expect(item, kinds).toMatchObject({
      title: 'Questioning circle',
      summary: 'We try open questions that push student thinking.',
    });
    expect(item!.reasons[0]).toMatchObject({ code: 'growth-focus' });
    expect(item!.reasons[0]!.text).toMatch(/^Because your growth focus is/);
    // Not one the teacher already belongs to, not another district's, not one naming no practice.
    const ids = items.filter((i) => i.kind === 'community').map((i) => i.id);
    expect(ids, kinds).not.toContain(joined.id);
    expect(ids, kinds).not.toContain(elsewhere.id);
    expect(ids, kinds).not.toContain(chat.id);
    // Only cards count as shown.
    const cards = items.filter((i) => i.kind === 'card').length;
    expect((await impressions()) - before).toBe(cards);
  });

  it('speaks Spanish in the reason, keeps the community as written, and is in the digest', async () => {
    const response = await as(teacher).get('/recommendations?surface=home&limit=20&locale=es', 'es');
    expect(response.statusCode, response.body).toBe(200);
    const item = (json(response).items as Item[]).find((i) => i.id === questioning.id);
    expect(item?.title).toBe('Questioning circle');
    expect(item!.reasons[0]!.text).toMatch(/^Porque tu foco de crecimiento es/);
    const digest = await ctx.app.services.recommendations.forDigest(
      { organizationId: t.org.id, userId: t.teacher.id },
      'en',
      20,
    );
    expect(digest.filter((i) => i.kind === 'community').map((i) => i.id)).toEqual([questioning.id]);
  });

  it('keeps communities off the planner, and drops one once joined', async () => {
    const planner: Item[] = json(await as(teacher).get('/recommendations?surface=planner&limit=20')).items;
    expect(planner.some((i) => i.kind === 'community')).toBe(false);
    expect((await as(teacher).post(`/communities/${questioning.id}/membership`)).statusCode).toBe(200);
    const home: Item[] = json(await as(teacher).get('/recommendations?surface=home&limit=20')).items;
    expect(home.some((i) => i.kind === 'community')).toBe(false);
  });
});
