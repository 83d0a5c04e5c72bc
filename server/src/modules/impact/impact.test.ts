import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { and, eq, sql } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekLabel, mondayOf, utcDay } from '#core/domain/calendar';
import {
  buildClass,
  buildPlan,
  buildSchool,
  buildTenant,
  buildUser,
  signIn,
  type Tenant,
} from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import {
  cardTrials,
  impactDashboardViews,
  impactFacts,
  impactPeople,
  impactRollupVersions,
  initiatives,
  jobs,
  resourceReactions,
} from '../../db/schema';
import { IMPACT_JOBS } from './impact.jobs';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
let practiceId: string;
const cookies = {} as Record<'admin' | 'leader' | 'teacher' | 'coach' | 'otherTeacher' | 'otherAdmin', string>;
/** Six teachers at the tenant's school, three at a small school: the small one must never show. */
const bigSchool: string[] = [];
const smallSchool: string[] = [];
let small: { id: string };

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

const today = utcDay(new Date());
const thisYear = () => {
  const y = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 8 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
};

const body = (overrides: object = {}) => ({
  schoolYear: thisYear(),
  name: { en: 'Questioning for all', es: 'Preguntas para todos' },
  targetPracticeIds: [practiceId],
  scope: { allSchools: true, schoolIds: [], teamIds: [] },
  // Authored in any order; stored and shown level 5 first.
  targets: [
    { level: 1, metricId: 'l1.card-useful-share', value: 0.6, byDate: '2027-06-01' },
    { level: 5, metricId: 'l5.assessment-results', value: 0.7, byDate: '2027-06-30' },
  ],
  ...overrides,
});

const refresh = () => ctx.app.services.impactRefresh.refreshOrganization(t.org.id, new Date());

/** Every cell in a response: a shown one must stand for at least 5 people; a hidden one carries nothing. */
function assertNoSmallGroups(value: unknown) {
  if (Array.isArray(value)) return value.forEach(assertNoSmallGroups);
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if ('suppressed' in o) {
    if (o.suppressed === true) expect(Object.keys(o)).toEqual(['suppressed']);
    else expect(o.people as number).toBeGreaterThanOrEqual(5);
  }
  Object.values(o).forEach(assertNoSmallGroups);
}

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  small = await buildSchool(ctx.db, t.org.id, '=HYPERLINK("x") school');
  for (const [who, email] of [
    ['admin', t.admin.email],
    ['leader', t.leader.email],
    ['teacher', t.teacher.email],
    ['coach', t.coach.email],
    ['otherTeacher', other.teacher.email],
    ['otherAdmin', other.admin.email],
  ] as const)
    cookies[who] = await signIn(ctx.app, email);
  const result = (await ctx.db.execute(
    // A practice whose plan terms no factory plan uses by chance ("success criteria"): level 4's count stays exact.
    sql`select id from framework_practices where organization_id is null and plan_terms::text like '%success criteria%' order by code limit 1`,
  )) as unknown as { rows: { id: string }[] };
  practiceId = result.rows[0]!.id;
  bigSchool.push(t.teacher.id);
  for (let i = 0; i < 5; i++)
    bigSchool.push((await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] })).id);
  for (let i = 0; i < 3; i++) {
    const teacher = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: small.id }] });
    await buildClass(ctx.db, t.org.id, teacher.id, small.id);
    smallSchool.push(teacher.id);
  }
  // Four of six say useful at the big school; all three at the small one.
  await ctx.db
    .insert(resourceReactions)
    .values([
      ...bigSchool.map((userId, i) => ({ organizationId: t.org.id, resourceId: 'wait-time', userId, useful: i < 4 })),
      ...smallSchool.map((userId) => ({ organizationId: t.org.id, resourceId: 'wait-time', userId, useful: true })),
    ]);
}, 120_000);

describe('initiatives', () => {
  let id: string;

  it('a district admin creates one; targets come back level 5 first', async () => {
    const response = await as(cookies.admin).send('POST', '/initiatives', body());
    expect(response.statusCode, response.body).toBe(201);
    const created = json(response);
    id = created.id;
    expect(created.targets.map((x: { level: number }) => x.level)).toEqual([5, 1]);
    expect(created.hasDashboard).toBe(true);
  });

  it('refuses bad input with a problem and stores nothing', async () => {
    const before = await ctx.db.select().from(initiatives).where(eq(initiatives.organizationId, t.org.id));
    for (const bad of [
      body({ schoolYear: '2026-28' }),
      body({ targetPracticeIds: [] }),
      body({ targets: [{ level: 2, metricId: 'l1.card-useful-share', value: 1, byDate: '2027-01-01' }] }),
      body({ targetPracticeIds: ['00000000-0000-4000-8000-000000000000'] }),
      body({ scope: { allSchools: false, schoolIds: [other.school.id], teamIds: [] } }),
      body({ scope: { allSchools: false, schoolIds: [], teamIds: [] } }),
      // A share is 0–1: 80 meant as 80 % would be a target never met.
      body({ targets: [{ level: 1, metricId: 'l1.card-useful-share', value: 80, byDate: '2027-01-01' }] }),
    ]) {
      const response = await as(cookies.admin).send('POST', '/initiatives', bad);
      expect([400, 422], response.body).toContain(response.statusCode);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const after = await ctx.db.select().from(initiatives).where(eq(initiatives.organizationId, t.org.id));
    expect(after.length).toBe(before.length);
  });

  it('allows at most three active initiatives a school year (422), any number archived', async () => {
    for (const n of [2, 3]) {
      const response = await as(cookies.admin).send('POST', '/initiatives', body({ name: { en: `Initiative ${n}` } }));
      expect(response.statusCode).toBe(201);
    }
    const fourth = await as(cookies.admin).send('POST', '/initiatives', body({ name: { en: 'Fourth' } }));
    expect(fourth.statusCode).toBe(422);
    const next = await as(cookies.admin).send('POST', '/initiatives', body({ schoolYear: '2030-31' }));
    expect(next.statusCode).toBe(201);
    const list = json(await as(cookies.admin).get('/initiatives')).items as { schoolYear: string }[];
    expect(list[0]!.schoolYear).toBe('2030-31');
    expect(new Set(list.map((i) => i.schoolYear)).size).toBe(2);
  });

  it('only district admins write; teachers see initiatives that include them, without a dashboard', async () => {
    expect((await as(cookies.teacher).send('POST', '/initiatives', body())).statusCode).toBe(403);
    expect((await as(cookies.leader).send('PATCH', `/initiatives/${id}`, { status: 'archived' })).statusCode).toBe(403);
    const seen = json(await as(cookies.teacher).get(`/initiatives/${id}`));
    expect(seen.hasDashboard).toBe(false);
    expect((await as(cookies.teacher).get(`/initiatives/${id}/dashboard`)).statusCode).toBe(403);
  });

  it('a dashboard span must lie inside the school year (422, problem+json)', async () => {
    const start = Number(thisYear().slice(0, 4));
    for (const query of [`from=${start}-07-31`, `to=${start + 1}-08-01`, 'from=0001-01-01&to=9999-12-31']) {
      const response = await as(cookies.admin).get(`/initiatives/${id}/dashboard?${query}`);
      expect(response.statusCode, query).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const inside = json(
      await as(cookies.admin).get(`/initiatives/${id}/dashboard?from=${start}-09-17&to=${start}-10-02`),
    );
    // Widened to whole months, so two spans never differ by less than a month.
    expect([inside.from, inside.to]).toEqual([`${start}-09-01`, `${start}-10-31`]);
  });

  it('another district gets 404 for every route', async () => {
    for (const url of [
      `/initiatives/${id}`,
      `/initiatives/${id}/dashboard`,
      `/initiatives/${id}/export.csv?table=level-1`,
    ])
      expect((await as(cookies.otherAdmin).get(url)).statusCode).toBe(404);
    expect((await as(cookies.otherAdmin).send('PATCH', `/initiatives/${id}`, { status: 'archived' })).statusCode).toBe(
      404,
    );
  });

  it('a leader whose school is outside the scope gets 404', async () => {
    const scoped = json(
      await as(cookies.admin).send(
        'POST',
        '/initiatives',
        body({ schoolYear: '2031-32', scope: { allSchools: false, schoolIds: [small.id], teamIds: [] } }),
      ),
    );
    expect((await as(cookies.leader).get(`/initiatives/${scoped.id}`)).statusCode).toBe(404);
    expect((await as(cookies.leader).get(`/initiatives/${scoped.id}/dashboard`)).statusCode).toBe(404);
    expect((await as(cookies.teacher).get(`/initiatives/${scoped.id}`)).statusCode).toBe(404);
  });

  describe('dashboard from the rollups', () => {
    it('computes L1 from the facts, and suppresses the small school together with its complement', async () => {
      await refresh();
      const response = await as(cookies.admin).get(`/initiatives/${id}/dashboard`);
      expect(response.statusCode, response.body).toBe(200);
      const dashboard = json(response);
      assertNoSmallGroups(dashboard);
      expect(dashboard.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
      const useful = dashboard.levels[0].metrics.find((m: { id: string }) => m.id === 'l1.card-useful-share');
      // 7 of 9 said useful.
      expect(useful.value).toEqual({ suppressed: false, value: 0.778, people: 9 });
      expect(useful.target).toEqual({ value: 0.6, byDate: '2027-06-01', met: true });
      // Big school (6 people) and small (3): hiding only the small one would let total − big reveal it.
      expect(useful.breakdowns.school.map((r: { cell: object }) => r.cell)).toEqual([
        { suppressed: true },
        { suppressed: true },
      ]);
      const week = useful.series.find((p: { period: string }) => p.period === mondayOf(today));
      expect(week.cell).toEqual({ suppressed: false, value: 0.778, people: 9 });
      expect(dashboard.levels[4].evidenceNotProof).toBe(true);
      // Nine of the ten teachers in scope have level-1 data (the other school's teacher has none).
      expect(dashboard.levels[0].completeness).toMatchObject({
        people: { suppressed: false, value: 0.9, people: 9 },
        inScopePeople: 10,
      });
      expect(dashboard.levels[4].metrics[0].hasData).toBe(false);
    });

    it('shows a renamed school at once (names are kept per district only while unchanged)', async () => {
      const labels = async () => {
        const dashboard = json(await as(cookies.admin).get(`/initiatives/${id}/dashboard`));
        const useful = dashboard.levels[0].metrics.find((m: { id: string }) => m.id === 'l1.card-useful-share');
        return useful.breakdowns.school.map((r: { label: string }) => r.label);
      };
      const before = await labels();
      expect(before).toContain(t.school.name);
      const renamed = `${t.school.name} (renamed)`;
      const response = await as(cookies.admin).send('PATCH', `/schools/${t.school.id}`, { name: renamed });
      expect(response.statusCode, response.body).toBe(200);
      const after = await labels();
      expect(after).toContain(renamed);
      expect(after).not.toContain(t.school.name);
      await as(cookies.admin).send('PATCH', `/schools/${t.school.id}`, { name: t.school.name });
      expect(await labels()).toEqual(before);
    });

    it('sends the dashboard compressed when the client takes it, the same JSON once decoded', async () => {
      const url = `/api/v1/initiatives/${id}/dashboard`;
      const get = (acceptEncoding?: string) =>
        ctx.app.inject({
          url,
          headers: { cookie: cookies.admin, ...(acceptEncoding && { 'accept-encoding': acceptEncoding }) },
        });
      const plain = await get();
      expect(plain.headers['content-encoding']).toBeUndefined();
      const expected = JSON.parse(plain.body);
      for (const [header, encoding, decode] of [
        ['gzip, deflate, br', 'br', brotliDecompressSync],
        ['gzip', 'gzip', gunzipSync],
        ['br;q=0.1, gzip;q=0.9', 'gzip', gunzipSync],
      ] as const) {
        const response = await get(header);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-encoding'], header).toBe(encoding);
        expect(response.headers.vary).toContain('accept-encoding');
        expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(plain.body));
        expect(JSON.parse(decode(response.rawPayload).toString('utf8'))).toEqual(expected);
      }
      // "identity" or an encoding we do not speak: sent as is.
      for (const header of ['identity', 'compress']) {
        const response = await get(header);
        expect(response.headers['content-encoding'], header).toBeUndefined();
        expect(JSON.parse(response.body)).toEqual(expected);
      }
    });

    it('a filter that narrows to a small group shows nothing', async () => {
      const response = await as(cookies.admin).get(`/initiatives/${id}/dashboard?schoolId=${small.id}`);
      const dashboard = json(response);
      assertNoSmallGroups(dashboard);
      expect(dashboard.levels[0].metrics[0].value).toEqual({ suppressed: true });
    });

    it('a leader sees only their own schools', async () => {
      const dashboard = json(await as(cookies.leader).get(`/initiatives/${id}/dashboard`));
      assertNoSmallGroups(dashboard);
      const useful = dashboard.levels[0].metrics[0];
      expect(useful.value).toEqual({ suppressed: false, value: 0.667, people: 6 });
      expect(useful.breakdowns.school.map((r: { key: string }) => r.key)).toEqual([t.school.id]);
    });

    it('level 4: the share of plans whose text shows the target practice', async () => {
      const terms = (await ctx.db.execute(
        sql`select plan_terms from framework_practices where id = ${practiceId}`,
      )) as unknown as { rows: { plan_terms: { en?: string[] } }[] };
      const term = 'success criteria';
      expect(terms.rows[0]!.plan_terms.en).toContain(term);
      // Five more plans: four show the practice, one does not; t.teacher's plan from the factory does not either: 4 of 6.
      for (const [i, ownerId] of bigSchool.slice(1).entries())
        await buildPlan(ctx.db, t.org.id, ownerId, {
          content: {
            objectives: ['Students compare two fractions'],
            segments: [{ title: i < 4 ? `Opening: ${term}` : 'Opening game', minutes: 10 }],
          },
        });
      await refresh();
      const dashboard = json(await as(cookies.admin).get(`/initiatives/${id}/dashboard`));
      assertNoSmallGroups(dashboard);
      const plans = dashboard.levels[3].metrics.find((m: { id: string }) => m.id === 'l4.plans-with-practice');
      expect(plans.value).toEqual({ suppressed: false, value: 0.667, people: 6 });
    });

    it('level 4 counts "I tried it" on a plan, read through the recommendations module', async () => {
      for (const userId of bigSchool) {
        const plan = await buildPlan(ctx.db, t.org.id, userId, {});
        await ctx.db
          .insert(cardTrials)
          .values({ organizationId: t.org.id, userId, cardSlug: 'exit-tickets', planId: plan.id });
      }
      await refresh();
      const dashboard = json(await as(cookies.admin).get(`/initiatives/${id}/dashboard`));
      assertNoSmallGroups(dashboard);
      const tried = dashboard.levels[3].metrics.find((m: { id: string }) => m.id === 'l4.tried-it');
      expect(tried.hasData).toBe(true);
      expect(tried.value).toMatchObject({ suppressed: false, people: 6 });
    });

    it('refuses bad filters with 400', async () => {
      for (const q of ['grain=year', 'from=2027-02-01&to=2027-01-01', 'from=yesterday'])
        expect((await as(cookies.admin).get(`/initiatives/${id}/dashboard?${q}`)).statusCode).toBe(400);
    });
  });

  describe('CSV export', () => {
    it('every table downloads as UTF-8 with BOM, as an attachment, with the same suppression', async () => {
      for (const table of ['level-1', 'level-2', 'level-3', 'level-4', 'level-5', 'l1.card-useful-share']) {
        const response = await as(cookies.admin).get(`/initiatives/${id}/export.csv?table=${table}`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['content-type']).toContain('text/csv');
        expect(response.headers['content-disposition']).toContain('attachment');
        expect(response.body.startsWith('\uFEFF')).toBe(true);
        const rows = response.body.slice(1).trim().split('\r\n').slice(1);
        for (const row of rows) {
          const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
          const [people, suppressed] = [cells[7], cells[8]];
          if (suppressed === 'yes') expect([cells[6], people]).toEqual(['', '']);
          else expect(Number(people)).toBeGreaterThanOrEqual(5);
        }
      }
    });

    it('defuses a formula in a school name', async () => {
      const response = await as(cookies.admin).get(`/initiatives/${id}/export.csv?table=level-1`);
      expect(response.body).toContain(`"'=HYPERLINK(""x"") school"`);
      expect(response.body).not.toMatch(/,=HYPERLINK/);
    });

    it('the impact report is a PDF with the initiative and its levels, read back with pdf.js', async () => {
      const response = await as(cookies.admin).get(`/initiatives/${id}/report.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toMatch(/^attachment/);
      const pdf = await getDocument({ data: new Uint8Array(response.rawPayload), verbosity: 0 }).promise;
      expect(pdf.numPages).toBeGreaterThan(1);
      let text = '';
      for (let n = 1; n <= pdf.numPages; n++)
        text += (await (await pdf.getPage(n)).getTextContent()).items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ');
      await pdf.destroy();
      expect(text).toContain('Impact report');
      expect(text).toContain('Student outcomes');
      expect((await as(cookies.otherAdmin).get(`/initiatives/${id}/report.pdf`)).statusCode).toBe(404);
      expect((await as(cookies.teacher).get(`/initiatives/${id}/report.pdf`)).statusCode).toBe(403);
    });

    it('refuses an unknown table', async () => {
      expect((await as(cookies.admin).get(`/initiatives/${id}/export.csv?table=secrets`)).statusCode).toBe(400);
    });
  });

  describe('pulses', () => {
    let pulseId: string;

    it('an admin attaches a 3–5 item pulse; bad ones are refused', async () => {
      const bad = await as(cookies.admin).send('POST', `/initiatives/${id}/pulses`, {
        itemIds: ['reaction.worth-time'],
        opensOn: today,
        closesOn: today,
      });
      expect(bad.statusCode).toBe(400);
      const response = await as(cookies.admin).send('POST', `/initiatives/${id}/pulses`, {
        itemIds: ['reaction.worth-time', 'efficacy.confident', 'support.time'],
        opensOn: today,
        closesOn: today,
      });
      expect(response.statusCode, response.body).toBe(201);
      pulseId = json(response).id;
      expect((await as(cookies.teacher).send('POST', `/initiatives/${id}/pulses`, {})).statusCode).toBe(400);
    });

    it('an in-scope teacher sees it open and answers once; answers are never shown back', async () => {
      const open = json(await as(cookies.teacher).get('/pulses/open')).items as { id: string; answered: boolean }[];
      expect(open.find((p) => p.id === pulseId)?.answered).toBe(false);
      const answers = { answers: [{ itemId: 'reaction.worth-time', value: 4 }] };
      expect((await as(cookies.teacher).send('POST', `/pulses/${pulseId}/responses`, answers)).statusCode).toBe(204);
      expect((await as(cookies.teacher).send('POST', `/pulses/${pulseId}/responses`, answers)).statusCode).toBe(409);
      const again = json(await as(cookies.teacher).get('/pulses/open')).items as { id: string; answered: boolean }[];
      expect(again.find((p) => p.id === pulseId)?.answered).toBe(true);
      const wrong = await as(cookies.coach).send('POST', `/pulses/${pulseId}/responses`, {
        answers: [{ itemId: 'use.routine', value: 3 }],
      });
      expect(wrong.statusCode).toBe(422);
      expect((await as(cookies.otherTeacher).send('POST', `/pulses/${pulseId}/responses`, answers)).statusCode).toBe(
        404,
      );
    });

    it('one answer is a group of one: the dashboard suppresses it', async () => {
      await refresh();
      const dashboard = json(await as(cookies.admin).get(`/initiatives/${id}/dashboard`));
      assertNoSmallGroups(dashboard);
      const pulse = dashboard.levels[0].metrics.find((m: { id: string }) => m.id === 'l1.pulse-reaction');
      expect(pulse.value).toEqual({ suppressed: true });
      expect(pulse.hasData).toBe(true);
    });

    it('an archived initiative takes no more answers (409), and nothing is stored', async () => {
      expect((await as(cookies.admin).send('PATCH', `/initiatives/${id}`, { status: 'archived' })).statusCode).toBe(
        200,
      );
      const late = await as(cookies.coach).send('POST', `/pulses/${pulseId}/responses`, {
        answers: [{ itemId: 'reaction.worth-time', value: 2 }],
      });
      expect(late.statusCode).toBe(409);
      expect((await as(cookies.admin).send('PATCH', `/initiatives/${id}`, { status: 'active' })).statusCode).toBe(200);
      const retry = await as(cookies.coach).send('POST', `/pulses/${pulseId}/responses`, {
        answers: [{ itemId: 'reaction.worth-time', value: 2 }],
      });
      expect(retry.statusCode).toBe(204);
    });
  });

  it('the refresh job runs through the worker', async () => {
    const response = await as(cookies.admin).send('POST', `/initiatives/${id}/refresh`);
    expect(response.statusCode).toBe(202);
    const worker = ctx.app.services.worker({ workerId: 'impact-worker' });
    await worker.tick();
    const facts = await ctx.db.select().from(impactFacts).where(eq(impactFacts.organizationId, t.org.id));
    expect(facts.length).toBeGreaterThan(0);
  });

  it('the periodic refresh keeps every district with people fresh, with or without an initiative', async () => {
    await ctx.db.delete(impactPeople).where(eq(impactPeople.organizationId, other.org.id));
    await ctx.app.services.impactRefresh.refreshAll(new Date());
    const copied = await ctx.db.select().from(impactPeople).where(eq(impactPeople.organizationId, other.org.id));
    expect(copied.map((p) => p.personId)).toContain(other.teacher.id);
  });

  describe('incremental refresh (last: it moves the clock ahead)', () => {
    it('refreshes incrementally: one changed reaction touches one person-week, the other buckets stay', async () => {
      const hour = 60 * 60_000;
      // A refresh an hour from now moves the watermark past every reaction written so far.
      await ctx.app.services.impactRefresh.refreshOrganization(t.org.id, new Date(Date.now() + hour));
      const before = await ctx.db.select().from(impactFacts).where(eq(impactFacts.organizationId, t.org.id));
      await ctx.db
        .update(resourceReactions)
        .set({ useful: true, updatedAt: new Date(Date.now() + 2 * hour) })
        .where(and(eq(resourceReactions.organizationId, t.org.id), eq(resourceReactions.userId, bigSchool[5]!)));
      const result = await ctx.app.services.impactRefresh.refreshOrganization(
        t.org.id,
        new Date(Date.now() + 3 * hour),
      );
      const reactions = result.find((r) => r.source === 'reactions')!;
      expect(reactions.touched).toBe(1);
      expect(result.filter((r) => r.source !== 'reactions').every((r) => r.touched === 0)).toBe(true);
      const after = await ctx.db.select().from(impactFacts).where(eq(impactFacts.organizationId, t.org.id));
      expect(after.length).toBe(before.length);
      const dashboard = json(await as(cookies.admin).get(`/initiatives/${id}/dashboard`));
      expect(dashboard.levels[0].metrics[0].value).toEqual({ suppressed: false, value: 0.889, people: 9 });
    });

    it('serves a dashboard view from its cache until a refresh changes the rollup', async () => {
      const hour = 60 * 60_000;
      const version = async () =>
        (await ctx.db.select().from(impactRollupVersions).where(eq(impactRollupVersions.organizationId, t.org.id)))[0]!
          .version;
      const before = await version();
      // Nothing changed since the last refresh: the version stays, the views built for it stay.
      await ctx.app.services.impactRefresh.refreshOrganization(t.org.id, new Date(Date.now() + 4 * hour));
      expect(await version()).toBe(before);
      const views = await ctx.db
        .select()
        .from(impactDashboardViews)
        .where(eq(impactDashboardViews.organizationId, t.org.id));
      // The district view and one per school of the all-schools initiative, built by the refresh.
      expect(views.length).toBeGreaterThanOrEqual(3);
      expect(views.every((view) => view.version === before)).toBe(true);

      // Proof the dashboard reads the cache: a doctored cached count shows through…
      const reading = async (grain: string) =>
        json(await as(cookies.admin).get(`/initiatives/${id}/dashboard?grain=${grain}`));
      const shown = async (grain = 'month') => (await reading(grain)).levels[0].metrics[0].value;
      expect(await shown('week')).toEqual({ suppressed: false, value: 0.889, people: 9 });
      await ctx.db.execute(sql`
        update impact_dashboard_views
        set aggregates = jsonb_set(aggregates, '{rows}', coalesce((
          select jsonb_agg(case when r->>'dim' = 'none' and r->>'metric' = 'l1.card-useful-share'
            then jsonb_set(r, '{people}', '7') else r end)
          from jsonb_array_elements(aggregates->'rows') r), '[]'::jsonb))
        where organization_id = ${t.org.id} and version = ${before}`);
      // (by month: a dashboard this process has not rendered yet, so it is built from the cached view)…
      expect(await shown()).toEqual({ suppressed: false, value: 0.889, people: 7 });
      // …and one it has rendered is served as it was sent, without reading the view again.
      expect(await shown('week')).toEqual({ suppressed: false, value: 0.889, people: 9 });

      // …until a refresh writes to the rollup: the version moves and the view is built again from the facts.
      await ctx.db
        .update(resourceReactions)
        .set({ updatedAt: new Date(Date.now() + 5 * hour) })
        .where(and(eq(resourceReactions.organizationId, t.org.id), eq(resourceReactions.userId, bigSchool[4]!)));
      await ctx.app.services.impactRefresh.refreshOrganization(t.org.id, new Date(Date.now() + 6 * hour));
      expect(await version()).toBe(before + 1);
      expect(await shown()).toEqual({ suppressed: false, value: 0.889, people: 9 });
      expect(await shown('week')).toEqual({ suppressed: false, value: 0.889, people: 9 });
      const stale = await ctx.db
        .select()
        .from(impactDashboardViews)
        .where(and(eq(impactDashboardViews.organizationId, t.org.id), eq(impactDashboardViews.version, before)));
      expect(stale).toEqual([]);
    });

    it('a deleted record stays counted until the weekly whole re-read drops it', async () => {
      const hour = 60 * 60_000;
      const at = (hours: number) => new Date(Date.now() + hours * hour);
      const extra = await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] });
      await ctx.db.insert(resourceReactions).values({
        organizationId: t.org.id,
        resourceId: 'wait-time',
        userId: extra.id,
        useful: true,
        createdAt: at(7),
        updatedAt: at(7),
      });
      const factsOf = () =>
        ctx.db
          .select()
          .from(impactFacts)
          .where(and(eq(impactFacts.organizationId, t.org.id), eq(impactFacts.personId, extra.id)));
      const others = async () =>
        (await ctx.db.select().from(impactFacts).where(eq(impactFacts.organizationId, t.org.id)))
          .filter((f) => f.personId !== extra.id)
          .map((f) => JSON.stringify(f))
          .sort();
      await ctx.app.services.impactRefresh.refreshOrganization(t.org.id, at(8));
      expect((await factsOf()).length).toBeGreaterThan(0);
      const before = await others();

      await ctx.db
        .delete(resourceReactions)
        .where(and(eq(resourceReactions.organizationId, t.org.id), eq(resourceReactions.userId, extra.id)));
      // An incremental read sees changed records, not deleted ones: the fact stays…
      await ctx.app.services.impactRefresh.refreshOrganization(t.org.id, at(9));
      expect((await factsOf()).length).toBeGreaterThan(0);
      // …until the weekly job reads every source whole again, which replaces each source's facts
      // outright. Next week's slot fans out into one job per district (this week's already ran when
      // an earlier test's worker ticked), run by the worker like any other.
      // Wednesday noon of next week: past that week's Monday 03:00 slot, whatever day this runs.
      const nextWeek = new Date(`${addDays(mondayOf(utcDay(new Date())), 9)}T12:00:00Z`);
      const worker = ctx.app.services.worker({ now: () => nextWeek });
      await worker.tick();
      const key = `${IMPACT_JOBS.reconcile}:${t.org.id}:${isoWeekLabel(utcDay(nextWeek))}`;
      const [perDistrict] = await ctx.db.select().from(jobs).where(eq(jobs.dedupeKey, key));
      expect(perDistrict?.doneAt, key).toBeTruthy();
      expect(await factsOf()).toEqual([]);
      expect(await others()).toEqual(before);
    });
  });
});
