import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CPL_INSTRUMENT } from '#core/cpl/index';
import { buildTeam, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { auditEvents, meetingAttendees, meetings, selfAssessments } from '../../db/schema';
import { cplIndicatorsFrom } from './index';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const cookies = {} as Record<'admin' | 'leader' | 'teacher' | 'coach' | 'otherAdmin', string>;
const YEAR = '2025-26';

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } }),
  send: (method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload }),
});

/** The last item of every domain at `value`: enough to submit. */
const oneEach = (value: number) =>
  Object.fromEntries(CPL_INSTRUMENT.map((d) => [d.subDimensions.at(-1)!.items.at(-1)!.id, value]));
const stored = () =>
  ctx.db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.organizationId, t.org.id), eq(selfAssessments.schoolYear, YEAR)));

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
  // Six teachers met for 60 minutes once in the year: enough people to show the meeting indicators.
  // The leader came too: leaders' participation rests on one person, a real small group.
  const people = [t.teacher.id];
  for (let i = 0; i < 5; i++)
    people.push((await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] })).id);
  const team = await buildTeam(ctx.db, t.org.id, { schoolId: t.school.id, memberIds: people });
  const start = new Date('2026-02-10T15:00:00Z');
  const [meeting] = await ctx.db
    .insert(meetings)
    .values({
      organizationId: t.org.id,
      teamId: team.id,
      protocolId: 'tuning',
      protocolName: { en: 'Tuning' },
      steps: [],
      title: 'Held',
      scheduledAt: start,
      durationMinutes: 60,
      facilitatorId: t.teacher.id,
      createdBy: t.teacher.id,
      state: 'ended',
      startedAt: start,
      endedAt: new Date(start.getTime() + 60 * 60_000),
    })
    .returning();
  await ctx.db.insert(meetingAttendees).values(
    [...people, t.leader.id].map((userId) => ({
      organizationId: t.org.id,
      meetingId: meeting!.id,
      userId,
      attendance: 'present' as const,
    })),
  );
  await ctx.app.services.impactRefresh.refreshOrganization(t.org.id, new Date());
}, 120_000);

describe('the self-assessment', () => {
  it('is read by admins and leaders, not by teachers or coaches; not started until saved', async () => {
    const response = await as(cookies.leader).get(`/self-assessments/${YEAR}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(json(response)).toMatchObject({ status: 'not-started', answers: {}, canEdit: false, canReopen: false });
    expect(json(await as(cookies.admin).get(`/self-assessments/${YEAR}`))).toMatchObject({ canEdit: true });
    for (const who of ['teacher', 'coach'] as const) {
      expect((await as(cookies[who]).get(`/self-assessments/${YEAR}`)).statusCode).toBe(403);
      expect((await as(cookies[who]).get(`/self-assessments/${YEAR}/results`)).statusCode).toBe(403);
      expect((await as(cookies[who]).get('/self-assessments')).statusCode).toBe(403);
    }
  });

  it('autosaves answers and notes for an admin, merging each save and clearing with null', async () => {
    let response = await as(cookies.admin).send('PATCH', `/self-assessments/${YEAR}`, {
      answers: { 'time.amount.1': 2, 'time.amount.2': 3 },
      notes: { time: 'Fridays are lost to assemblies.' },
    });
    expect(response.statusCode, response.body).toBe(200);
    response = await as(cookies.admin).send('PATCH', `/self-assessments/${YEAR}`, {
      answers: { 'time.amount.2': null, 'time.protection.1': 1 },
    });
    expect(json(response)).toMatchObject({
      status: 'draft',
      answers: { 'time.amount.1': 2, 'time.protection.1': 1 },
      notes: { time: 'Fridays are lost to assemblies.' },
    });
    expect(json(response).answers).not.toHaveProperty('time.amount.2');
    expect(
      (await as(cookies.leader).send('PATCH', `/self-assessments/${YEAR}`, { answers: { 'time.amount.1': 4 } }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses bad input with a problem and changes nothing', async () => {
    const [before] = await stored();
    for (const bad of [
      { answers: { 'not.an.item': 3 } },
      { answers: { 'time.amount.1': 5 } },
      { answers: { 'time.amount.1': 2.5 } },
      { answers: { 'time.amount.1': '3' } },
      { notes: { nowhere: 'x' } },
      { notes: { time: 'x'.repeat(2001) } },
      { answers: {}, extra: true },
    ]) {
      const response = await as(cookies.admin).send('PATCH', `/self-assessments/${YEAR}`, bad);
      expect(response.statusCode, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await as(cookies.admin).get('/self-assessments/2025-27')).statusCode).toBeGreaterThanOrEqual(400);
    // School years outside 2000-01…2099-00: a 400 problem, never a 500, and nothing stored.
    for (const year of ['0000-01', '9998-99', '1999-00']) {
      for (const response of [
        await as(cookies.admin).get(`/self-assessments/${year}/results`),
        await as(cookies.admin).get(`/self-assessments/${year}`),
        await as(cookies.admin).send('PATCH', `/self-assessments/${year}`, { answers: { 'time.amount.1': 2 } }),
      ]) {
        expect(response.statusCode, `${year} ${response.body}`).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect(
        await ctx.db
          .select()
          .from(selfAssessments)
          .where(and(eq(selfAssessments.organizationId, t.org.id), eq(selfAssessments.schoolYear, year))),
      ).toEqual([]);
    }
    const spanish = await ctx.app.inject({
      url: '/api/v1/self-assessments/9998-99?locale=es',
      headers: { cookie: cookies.admin },
    });
    expect(spanish.body).toContain('Elige un año escolar de 2000-01 a 2099-00.');
    const [after] = await stored();
    expect(after).toEqual(before);
  });

  it('submits only when every domain has an answer, then freezes it', async () => {
    const refused = await as(cookies.admin).send('POST', `/self-assessments/${YEAR}/submit`);
    expect(refused.statusCode).toBe(422);
    expect(json(refused).errors.map((e: { path: string }) => e.path)).toContain('answers.curriculum');
    expect((await stored())[0]!.status).toBe('draft');

    await as(cookies.admin).send('PATCH', `/self-assessments/${YEAR}`, { answers: oneEach(4) });
    expect((await as(cookies.leader).send('POST', `/self-assessments/${YEAR}/submit`)).statusCode).toBe(403);
    const response = await as(cookies.admin).send('POST', `/self-assessments/${YEAR}/submit`);
    expect(response.statusCode, response.body).toBe(200);
    expect(json(response)).toMatchObject({ status: 'submitted', canEdit: false, canReopen: true });
    expect(json(response).history).toHaveLength(1);

    const frozen = await as(cookies.admin).send('PATCH', `/self-assessments/${YEAR}`, {
      answers: { 'time.amount.1': 4 },
    });
    expect(frozen.statusCode).toBe(409);
    expect((await as(cookies.admin).send('POST', `/self-assessments/${YEAR}/submit`)).statusCode).toBe(409);
    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.organizationId, t.org.id));
    expect(audit.map((e) => e.action)).toContain('self-assessment.submitted');
  });

  it('shows bands, next steps and indicators beside each domain, suppressing small groups', async () => {
    const response = await as(cookies.leader).get(`/self-assessments/${YEAR}/results`);
    expect(response.statusCode, response.body).toBe(200);
    const results = json(response);
    expect(results).toMatchObject({ status: 'submitted', from: '2025-08-01', to: '2026-07-31' });
    const time = results.domains.find((d: { domain: string }) => d.domain === 'time');
    // 2, 1 and 4 answered of six items: mean 2.33, enough answered for a band.
    expect(time).toMatchObject({
      mean: 2.33,
      answered: 3,
      items: 6,
      band: 'needs-improvement',
      note: 'Fridays are lost to assemblies.',
    });
    expect(time.nextSteps.length).toBeGreaterThanOrEqual(2);
    const minutes = time.indicators.find((i: { key: string }) => i.key === 'collaboration-minutes');
    // Seven people, 60 minutes each in one week of the year: spread over the year's 365 / 7 weeks.
    expect(minutes).toMatchObject({ suppressed: false, people: 7, benchmark: 90 });
    expect(minutes.value).toBeCloseTo(60 / (365 / 7), 5);
    const curriculum = results.domains.find((d: { domain: string }) => d.domain === 'curriculum');
    // One answer of nine: a mean but no band, so no next steps.
    expect(curriculum).toMatchObject({ mean: 4, answered: 1, band: null, nextSteps: [] });
    const leadership = results.domains.find((d: { domain: string }) => d.domain === 'leadership');
    // One leader came: there is a value, but it rests on one person, so it never leaves the server.
    const unsuppressed = await cplIndicatorsFrom(ctx.db)(t.org.id, {
      from: results.from,
      to: results.to,
    });
    const hidden = unsuppressed.find((i) => i.key === 'leader-participation')!;
    expect(hidden.value).not.toBeNull();
    expect(hidden.people).toBe(1);
    expect(leadership.indicators.find((i: { key: string }) => i.key === 'leader-participation')).toEqual({
      key: 'leader-participation',
      benchmark: null,
      suppressed: true,
      reason: 'small-group',
      value: null,
      people: null,
    });
    expect(response.body).not.toContain(String(hidden.value));
  });

  it('exports the results as CSV in the reader’s language', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/self-assessments/${YEAR}/results.csv?locale=es`,
      headers: { cookie: cookies.admin },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body).toContain('Tiempo para aprender');
    expect(response.body).toContain('Necesita mejorar');
  });

  it('can be reopened by an admin, keeping its history, and lists the years side by side', async () => {
    expect((await as(cookies.leader).send('POST', `/self-assessments/${YEAR}/reopen`)).statusCode).toBe(403);
    const response = await as(cookies.admin).send('POST', `/self-assessments/${YEAR}/reopen`);
    expect(response.statusCode, response.body).toBe(200);
    expect(json(response)).toMatchObject({ status: 'draft', canEdit: true });
    expect(json(response).history.map((h: { event: string }) => h.event)).toEqual(['submitted', 'reopened']);
    // Who acted and the frozen answers stay stored, never shown.
    for (const event of json(response).history) expect(Object.keys(event).sort()).toEqual(['at', 'event']);
    const [row] = await stored();
    expect(row!.history[0]).toMatchObject({ event: 'submitted', by: t.admin.id, answers: row!.answers });
    expect((await as(cookies.admin).send('POST', `/self-assessments/${YEAR}/reopen`)).statusCode).toBe(409);

    await as(cookies.admin).send('PATCH', '/self-assessments/2024-25', { answers: oneEach(1) });
    const years = json(await as(cookies.leader).get('/self-assessments'));
    expect(years.items.map((y: { schoolYear: string }) => y.schoolYear)).toEqual([YEAR, '2024-25']);
    expect(years.items[1].domains[0]).toMatchObject({ domain: 'curriculum', mean: 1, band: null });
    // Another district sees none of it.
    expect(json(await as(cookies.otherAdmin).get('/self-assessments')).items).toEqual([]);
    expect(json(await as(cookies.otherAdmin).get(`/self-assessments/${YEAR}`)).status).toBe('not-started');
  });
});

describe('small groups', () => {
  it('hide an indicator resting on fewer than five people, value and count alike', async () => {
    const team = await buildTeam(ctx.db, other.org.id, { schoolId: other.school.id, memberIds: [other.teacher.id] });
    const start = new Date('2026-02-10T15:00:00Z');
    const [meeting] = await ctx.db
      .insert(meetings)
      .values({
        organizationId: other.org.id,
        teamId: team.id,
        protocolId: 'tuning',
        protocolName: { en: 'Tuning' },
        steps: [],
        title: 'Held',
        scheduledAt: start,
        durationMinutes: 30,
        facilitatorId: other.teacher.id,
        createdBy: other.teacher.id,
        state: 'ended',
        startedAt: start,
        endedAt: new Date(start.getTime() + 30 * 60_000),
      })
      .returning();
    await ctx.db.insert(meetingAttendees).values({
      organizationId: other.org.id,
      meetingId: meeting!.id,
      userId: other.teacher.id,
      attendance: 'present',
    });
    await ctx.app.services.impactRefresh.refreshOrganization(other.org.id, new Date());
    const results = json(await as(cookies.otherAdmin).get(`/self-assessments/${YEAR}/results`));
    const time = results.domains.find((d: { domain: string }) => d.domain === 'time');
    expect(time.indicators.find((i: { key: string }) => i.key === 'collaboration-minutes')).toEqual({
      key: 'collaboration-minutes',
      benchmark: 90,
      suppressed: true,
      reason: 'small-group',
      value: null,
      people: null,
    });
  });
});
