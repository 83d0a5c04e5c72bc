import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';

/*
 * Evaluative mode (PEDAGOGY.md §4): off unless the district turns it on; then only school leaders
 * evaluate, ratings are stored apart and shown to the teacher with the shared feedback, and
 * nothing evaluative reaches the coaching views.
 */
const ctx = setupTestApp();
let t: Tenant;
const cookies = {} as Record<'admin' | 'leader' | 'coach' | 'teacher', string>;
let practiceIds: string[];

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  for (const who of ['admin', 'leader', 'coach', 'teacher'] as const)
    cookies[who] = await signIn(ctx.app, t[who].email);
  const result = (await ctx.db.execute(
    sql`select id from framework_practices where organization_id is null order by position limit 2`,
  )) as unknown as { rows: { id: string }[] };
  practiceIds = result.rows.map((r) => r.id);
}, 60_000);

const send = (cookie: string, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, payload });
const get = (cookie: string, url: string) => ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie } });
const evaluativeVisit = { kind: 'evaluative', scheduledAt: '2099-10-05T09:30:00Z' };

describe('evaluative observations', () => {
  it('are off by default; a district admin turns them on (audited); only school leaders then evaluate', async () => {
    const body = { ...evaluativeVisit, teacherId: t.teacher.id };
    expect((await send(cookies.leader, 'POST', '/observations', body)).statusCode).toBe(422);
    expect(json(await get(cookies.teacher, '/organization')).evaluativeObservations).toBe(false);

    expect((await send(cookies.leader, 'PATCH', '/organization', { evaluativeObservations: true })).statusCode).toBe(
      403,
    );
    expect((await send(cookies.admin, 'PATCH', '/organization', {})).statusCode).toBe(400);
    const turnedOn = await send(cookies.admin, 'PATCH', '/organization', { evaluativeObservations: true });
    expect(turnedOn.statusCode, turnedOn.body).toBe(200);
    expect(json(turnedOn).evaluativeObservations).toBe(true);
    const audit = json(await get(cookies.admin, '/audit-events'));
    expect(audit.items[0]).toMatchObject({ action: 'organization.settings_changed' });

    expect((await send(cookies.coach, 'POST', '/observations', body)).statusCode).toBe(403);
    expect((await send(cookies.teacher, 'POST', '/observations', body)).statusCode).toBe(403);
    const scheduled = await send(cookies.leader, 'POST', '/observations', body);
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    expect(json(scheduled).kind).toBe('evaluative');
  });

  it('keeps ratings apart: the observer rates, the teacher sees them once feedback is shared, coaching visits take none', async () => {
    const visit = json(
      await send(cookies.leader, 'POST', '/observations', { ...evaluativeVisit, teacherId: t.teacher.id }),
    );
    const ratings = {
      ratings: [
        { practiceId: practiceIds[0], level: 3 },
        { practiceId: practiceIds[1], level: 2, note: 'Questions reach a few students.' },
      ],
    };
    expect((await send(cookies.teacher, 'PUT', `/observations/${visit.id}/ratings`, ratings)).statusCode).toBe(403);
    const rated = await send(cookies.leader, 'PUT', `/observations/${visit.id}/ratings`, ratings);
    expect(rated.statusCode, rated.body).toBe(200);
    expect(json(rated).items).toHaveLength(2);

    // Bad ratings change nothing.
    const bad = await send(cookies.leader, 'PUT', `/observations/${visit.id}/ratings`, {
      ratings: [{ practiceId: randomUUID(), level: 4 }],
    });
    expect(bad.statusCode).toBe(422);
    expect(json(bad).errors[0].path).toBe('ratings[0].practiceId');
    expect(
      (
        await send(cookies.leader, 'PUT', `/observations/${visit.id}/ratings`, {
          ratings: [{ practiceId: practiceIds[0], level: 5 }],
        })
      ).statusCode,
    ).toBe(400);
    expect(json(await get(cookies.leader, `/observations/${visit.id}/ratings`)).items).toHaveLength(2);

    // The teacher: nothing until the feedback is shared, then the ratings.
    expect(json(await get(cookies.teacher, `/observations/${visit.id}/ratings`))).toEqual({ items: [], ratedAt: null });
    const feedback = {
      strength: 'Routines are tight.',
      growthArea: 'Questioning reaches few students.',
      actionStep: { text: 'Cold-call after think time.', howToPractise: 'Script three questions.' },
      share: true,
    };
    expect((await send(cookies.leader, 'PUT', `/observations/${visit.id}/feedback`, feedback)).statusCode).toBe(200);
    const seen = json(await get(cookies.teacher, `/observations/${visit.id}/ratings`));
    expect(seen.items).toEqual(
      expect.arrayContaining([{ practiceId: practiceIds[1], level: 2, note: 'Questions reach a few students.' }]),
    );
    // The visit itself never carries ratings, and no coaching view shows the evaluative visit.
    expect(JSON.stringify(json(await get(cookies.teacher, `/observations/${visit.id}`)))).not.toContain('level');
    expect(JSON.stringify(json(await get(cookies.leader, '/coaching/caseload')))).not.toContain(visit.id);
    expect(JSON.stringify(json(await get(cookies.teacher, '/action-steps')))).not.toContain(visit.id);

    const coaching = json(
      await send(cookies.coach, 'POST', '/observations', {
        teacherId: t.teacher.id,
        scheduledAt: '2099-10-06T09:30:00Z',
      }),
    );
    const refused = await send(cookies.coach, 'PUT', `/observations/${coaching.id}/ratings`, ratings);
    expect(refused.statusCode).toBe(409);
    expect(json(await get(cookies.coach, `/observations/${coaching.id}/ratings`))).toEqual({
      items: [],
      ratedAt: null,
    });
    expect((await get(cookies.admin, `/observations/${visit.id}/ratings`)).statusCode).toBe(404);
  });
});
