import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { STARTER_CARDS } from '#core/library/index';
import { buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { libraryRepo } from './library.repo';
import { cardValues, syncBuiltInCards } from './library.sync';

const ctx = setupTestApp();
let a: Tenant;
let b: Tenant;
let teacher: string;
let maestra: string;
let coach: string;
let strangerAdmin: string;

const english = STARTER_CARDS.filter((c) => c.locale === 'en');
const spanish = STARTER_CARDS.filter((c) => c.locale === 'es');

beforeAll(async () => {
  a = await buildTenant(ctx.db);
  b = await buildTenant(ctx.db);
  const spanishTeacher = await buildUser(ctx.db, a.org.id, {
    locale: 'es',
    roles: [{ role: 'teacher', schoolId: a.school.id }],
  });
  teacher = await signIn(ctx.app, a.teacher.email);
  maestra = await signIn(ctx.app, spanishTeacher.email);
  coach = await signIn(ctx.app, a.coach.email);
  strangerAdmin = await signIn(ctx.app, b.admin.email);
});

const get = (cookie: string, url: string) => ctx.app.inject({ url, headers: { cookie } });
const react = (cookie: string, id: string, payload: unknown) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/resources/${id}/reactions`,
    headers: { cookie },
    payload: payload as object,
  });
const ids = async (cookie: string, url: string) =>
  json<{ items: { id: string }[] }>(await get(cookie, url)).items.map((item) => item.id);

type Page = { items: { id: string }[]; nextCursor: string | null };

/** Every page of a list, following nextCursor. */
async function allPages(cookie: string, url: string) {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await get(cookie, `${url}${cursor ? `&cursor=${cursor}` : ''}`);
    const page: Page = json(response);
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('library list', () => {
  it("lists the starter cards in the caller's language, by title, with their tags", async () => {
    const response = await get(teacher, '/api/v1/resources');
    expect(response.statusCode).toBe(200);
    const page = json(response);
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(english.length);
    expect(page.items.every((item: { locale: string }) => item.locale === 'en')).toBe(true);
    const titles = page.items.map((item: { title: string }) => item.title);
    expect(titles).toEqual([...titles].sort((x, y) => (x < y ? -1 : 1)));
    const tps = page.items.find((item: { id: string }) => item.id === 'think-pair-share');
    expect(tps).toEqual({
      id: 'think-pair-share',
      title: 'Think-pair-share, done well',
      summary: expect.any(String),
      locale: 'en',
      minutes: 3,
      practiceIds: ['student-talk', 'questioning'],
      tags: ['student-talk', 'questioning'],
    });

    expect(new Set(await ids(maestra, '/api/v1/resources'))).toEqual(new Set(spanish.map((c) => c.id)));
    const spanishTitles = json(await get(maestra, '/api/v1/resources')).items.map((i: { title: string }) => i.title);
    expect(spanishTitles).toContain('Preguntas bisagra: decidir hacia dónde sigue la clase');
  });

  it('answers in the language asked for with ?locale=', async () => {
    const items = json(await get(teacher, '/api/v1/resources?locale=es')).items;
    expect(items).toHaveLength(spanish.length);
    expect(items.every((item: { locale: string }) => item.locale === 'es')).toBe(true);
    expect((await get(teacher, '/api/v1/resources?locale=fr')).statusCode).toBe(400);
  });

  it('filters by practice', async () => {
    const tagged = english.filter((c) => c.practiceTags.includes('student-talk')).map((c) => c.id);
    expect(tagged.length).toBeGreaterThan(2);
    expect(new Set(await ids(teacher, '/api/v1/resources?practiceId=student-talk'))).toEqual(new Set(tagged));
    expect(await ids(teacher, '/api/v1/resources?practiceId=no-such-practice')).toEqual([]);
    expect(await ids(teacher, '/api/v1/resources?practiceId=Not%20a%20slug%00')).toEqual([]);
    const searched = await ids(teacher, '/api/v1/resources?q=questions&practiceId=student-talk');
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((id) => tagged.includes(id))).toBe(true);
  });

  it('pages with a cursor, listed or searched, without gaps or repeats', async () => {
    const whole = await ids(teacher, '/api/v1/resources?limit=200');
    const paged = await allPages(teacher, '/api/v1/resources?limit=4');
    expect(paged).toEqual(whole);

    const ranked = await ids(teacher, '/api/v1/resources?q=questions&limit=200');
    expect(ranked.length).toBeGreaterThan(6);
    expect(await allPages(teacher, '/api/v1/resources?q=questions&limit=3')).toEqual(ranked);
  });

  it('refuses a cursor it did not issue, or one from the other kind of list', async () => {
    const listed = json(await get(teacher, '/api/v1/resources?limit=2')).nextCursor;
    const forged = Buffer.from(JSON.stringify(['9999999999', 'x', a.org.id])).toString('base64url');
    for (const url of [
      '/api/v1/resources?cursor=garbage',
      `/api/v1/resources?q=questions&cursor=${listed}`,
      `/api/v1/resources?q=questions&cursor=${forged}`,
    ]) {
      const response = await get(teacher, url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('library search', () => {
  const first = async (cookie: string, q: string, locale?: string) =>
    (await ids(cookie, `/api/v1/resources?q=${encodeURIComponent(q)}${locale ? `&locale=${locale}` : ''}`))[0];

  it('ranks the most relevant English card first, matching inflected words', async () => {
    expect(await first(teacher, 'hinge questioning')).toBe('hinge-questions');
    expect(await first(teacher, 'retrieving memories')).toBe('retrieval-practice');
    expect(await first(teacher, 'wait time')).toBe('cold-call-wait-time');
    const matches = await ids(teacher, '/api/v1/resources?q=questioning');
    expect(matches.slice(0, 2).sort()).toEqual(['higher-order-questions', 'hinge-questions']);
  });

  it('ranks the most relevant Spanish card first, matching inflected words', async () => {
    expect(await first(maestra, 'pregunta bisagra')).toBe('hinge-questions');
    expect(await first(maestra, 'preguntas que hagan pensar')).toBe('higher-order-questions');
    expect(await first(maestra, 'verificación de la comprensión')).toBe('checks-for-understanding');
    expect(await first(teacher, 'tickets de salida', 'es')).toBe('exit-tickets');
  });

  it('finds Spanish words typed without their accents', async () => {
    expect(await first(maestra, 'diseno inverso')).toBe('backward-design');
    expect(await first(maestra, 'conversacion estructurada')).toBe('structured-student-talk');
    expect(await first(maestra, 'retroalimentacion')).toBe('feedback');
  });

  it('searches only the language asked for, and finds nothing for nonsense', async () => {
    expect(await ids(teacher, '/api/v1/resources?q=bisagra')).toEqual([]);
    expect(await ids(teacher, '/api/v1/resources?q=zzyzx%20qwv')).toEqual([]);
    expect(await ids(teacher, '/api/v1/resources?q=%22unbalanced%20-%7C%20(')).toEqual(expect.any(Array));
    expect((await get(teacher, '/api/v1/resources?q=%00')).statusCode).toBe(400);
  });
});

describe('a strategy card', () => {
  it('is the whole card, in the language asked for', async () => {
    const card = json(await get(teacher, '/api/v1/resources/closure'));
    const source = english.find((c) => c.id === 'closure')!;
    expect(card).toMatchObject({
      id: 'closure',
      locale: 'en',
      title: source.title,
      body: source.body,
      steps: source.steps,
      whyItWorks: source.whyItWorks,
      example: source.example,
      gradeBands: source.gradeBands,
      subjects: source.subjects,
      practiceIds: source.practiceTags,
      builtIn: true,
      reactions: { useful: 0, notUseful: 0, mine: null },
    });
    expect(json(await get(teacher, '/api/v1/resources/closure?locale=es')).title).toBe(
      spanish.find((c) => c.id === 'closure')!.title,
    );
    expect(json(await get(maestra, '/api/v1/resources/closure')).locale).toBe('es');
  });

  it('answers 404 for ids it does not have', async () => {
    for (const id of ['no-such-card', 'Closure', '%00', 'a'.repeat(64), a.teacherPlan.id]) {
      const response = await get(teacher, `/api/v1/resources/${id}`);
      expect(response.statusCode, id).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('reactions', () => {
  it('keeps one answer per person per card, replacing it, and counts the tenant’s answers', async () => {
    const first = await react(teacher, 'pacing', { useful: true, comment: '  Loved the time stamps.  ' });
    expect(first.statusCode).toBe(201);
    expect(json(first)).toMatchObject({
      resourceId: 'pacing',
      userId: a.teacher.id,
      useful: true,
      comment: 'Loved the time stamps.',
    });
    expect(json(await get(teacher, '/api/v1/resources/pacing')).reactions).toEqual({
      useful: 1,
      notUseful: 0,
      mine: true,
    });

    const second = await react(teacher, 'pacing', { useful: false });
    expect(second.statusCode).toBe(201);
    expect(json(second)).not.toHaveProperty('comment');
    await react(coach, 'pacing', { useful: true });
    await react(strangerAdmin, 'pacing', { useful: true }); // another tenant: not counted here
    expect(json(await get(teacher, '/api/v1/resources/pacing?locale=es')).reactions).toEqual({
      useful: 1,
      notUseful: 1,
      mine: false,
    });
    expect(json(await get(maestra, '/api/v1/resources/pacing')).reactions).toEqual({
      useful: 1,
      notUseful: 1,
      mine: null,
    });
    const stored = (await ctx.db.execute(
      sql`select count(*)::int as n from resource_reactions where resource_id = 'pacing' and organization_id = ${a.org.id}`,
    )) as unknown as { rows: { n: number }[] };
    expect(stored.rows[0]!.n).toBe(2);
  });

  it('refuses a bad body with a 400 and changes nothing', async () => {
    await react(teacher, 'feedback', { useful: true, comment: 'Clear.' });
    const before = json(await get(teacher, '/api/v1/resources/feedback')).reactions;
    for (const body of [
      {},
      { useful: 'yes' },
      { useful: null },
      { useful: false, comment: 'x'.repeat(2001) },
      { useful: false, comment: 'nul \u0000 inside' },
      { useful: false, comment: 42 },
    ]) {
      const response = await react(teacher, 'feedback', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(json(await get(teacher, '/api/v1/resources/feedback')).reactions).toEqual(before);
    const comment = (await ctx.db.execute(
      sql`select comment from resource_reactions where resource_id = 'feedback' and user_id = ${a.teacher.id}`,
    )) as unknown as { rows: { comment: string }[] };
    expect(comment.rows).toEqual([{ comment: 'Clear.' }]);
  });

  it('answers 404 for a card that does not exist', async () => {
    expect((await react(teacher, 'no-such-card', { useful: true })).statusCode).toBe(404);
  });

  it('speaks Spanish in its problems', async () => {
    const response = await react(maestra, 'feedback', { useful: true, comment: 'x'.repeat(2001) });
    expect(json(response).errors[0].message).toBe('El comentario debe tener menos de 2.000 caracteres.');
  });
});

describe("a district's own cards", () => {
  it('are visible to their tenant only', async () => {
    const source = english.find((c) => c.id === 'exit-tickets')!;
    await libraryRepo.createDistrictCard(ctx.db, b.org.id, {
      ...cardValues(source),
      slug: 'district-b-exit-slips',
      title: 'Exit slips the District B way',
      contentHash: null,
    });
    // Theirs: listed, searchable, readable (also when asked in Spanish: it has only English), reactable.
    expect(await ids(strangerAdmin, '/api/v1/resources')).toContain('district-b-exit-slips');
    expect(await ids(strangerAdmin, '/api/v1/resources?q=exit%20slips%20District')).toEqual(['district-b-exit-slips']);
    const card = json(await get(strangerAdmin, '/api/v1/resources/district-b-exit-slips?locale=es'));
    expect(card).toMatchObject({ locale: 'en', builtIn: false, title: 'Exit slips the District B way' });
    expect((await react(strangerAdmin, 'district-b-exit-slips', { useful: true })).statusCode).toBe(201);

    // Not ours: absent from lists and search, and "not found" everywhere.
    expect(await ids(teacher, '/api/v1/resources?limit=200')).not.toContain('district-b-exit-slips');
    expect(await ids(teacher, '/api/v1/resources?q=District')).toEqual([]);
    expect((await get(teacher, '/api/v1/resources/district-b-exit-slips')).statusCode).toBe(404);
    expect((await react(teacher, 'district-b-exit-slips', { useful: true })).statusCode).toBe(404);
  });
});

describe('starter card sync', () => {
  const builtIns = async () =>
    (
      (await ctx.db.execute(
        sql`select slug, locale, content_hash, updated_at from strategy_cards where organization_id is null order by slug, locale`,
      )) as unknown as { rows: { slug: string; locale: string; content_hash: string; updated_at: unknown }[] }
    ).rows;

  it('ran at start, and changes nothing when nothing changed', async () => {
    const before = await builtIns();
    expect(before).toHaveLength(STARTER_CARDS.length);
    expect(await syncBuiltInCards(ctx.db)).toEqual({ written: 0, removed: 0, unchanged: STARTER_CARDS.length });
    expect(await builtIns()).toEqual(before);
  });

  it('rewrites only a changed card, removes a withdrawn one, and restores them', async () => {
    await ctx.db.execute(
      sql`update strategy_cards set title = 'Stale', content_hash = 'old' where slug = 'pacing' and locale = 'en' and organization_id is null`,
    );
    const withdrawn = STARTER_CARDS.filter((c) => c.id !== 'closure');
    expect(await syncBuiltInCards(ctx.db, withdrawn)).toEqual({
      written: 1,
      removed: 2,
      unchanged: withdrawn.length - 1,
    });
    expect(json(await get(teacher, '/api/v1/resources/pacing')).title).toBe(
      english.find((c) => c.id === 'pacing')!.title,
    );
    expect((await get(teacher, '/api/v1/resources/closure')).statusCode).toBe(404);
    expect(await syncBuiltInCards(ctx.db)).toEqual({ written: 2, removed: 0, unchanged: STARTER_CARDS.length - 2 });
    expect((await get(teacher, '/api/v1/resources/closure')).statusCode).toBe(200);
  });
});
