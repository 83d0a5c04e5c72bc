import { beforeAll, describe, expect, it } from 'vitest';
import { buildClass, buildTeam, buildTenant, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';

const ctx = setupTestApp();
let t: Tenant;
let teacher: string;
beforeAll(async () => {
  t = await buildTenant(ctx.db);
  teacher = await signIn(ctx.app, t.teacher.email);
});

const as = (cookie: string) => ({
  get: (url: string) => ctx.app.inject({ url, headers: { cookie } }),
  send: (method: 'POST' | 'PUT', url: string, payload: object) =>
    ctx.app.inject({ method, url, headers: { cookie }, payload }),
});

const plan = (overrides: object = {}) => ({
  classId: t.teacherClass.id,
  title: 'Equivalent fractions',
  date: '2026-11-23',
  periodMinutes: 50,
  objectives: ['Students will understand equivalent fractions'],
  successCriteria: ['I can show two fractions are equal on a number line'],
  segments: [
    { title: 'Warm-up', kind: 'opening', minutes: 5 },
    {
      title: 'Model',
      kind: 'instruction',
      grouping: 'whole-class',
      minutes: 15,
      description: 'I model with fraction strips.',
    },
  ],
  exitTicket: 'Show that 2/4 = 1/2 on a number line.',
  ...overrides,
});

describe('lesson plans', () => {
  it('creates a private plan by default and gives it back exactly, with version 1', async () => {
    const created = await as(teacher).send('POST', '/api/v1/lesson-plans', plan());
    expect(created.statusCode).toBe(201);
    const body = json(created);
    expect(body).toMatchObject({
      ...plan(),
      ownerId: t.teacher.id,
      version: 1,
      visibility: 'private',
      status: 'draft',
      locale: 'en',
    });
    expect(json(await as(teacher).get(`/api/v1/lesson-plans/${body.id}`))).toEqual(body);
  });

  it('saves with optimistic concurrency: version + 1, the old version kept, 409 with currentVersion when stale', async () => {
    const { id } = json(await as(teacher).send('POST', '/api/v1/lesson-plans', plan()));
    const saved = await as(teacher).send('PUT', `/api/v1/lesson-plans/${id}`, {
      ...plan({ title: 'Equivalent fractions, day 2' }),
      version: 1,
    });
    expect(json(saved)).toMatchObject({ version: 2, title: 'Equivalent fractions, day 2' });
    const stale = await as(teacher).send('PUT', `/api/v1/lesson-plans/${id}`, {
      ...plan({ title: 'From another tab' }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ status: 409, currentVersion: 2 });
    expect(json(await as(teacher).get(`/api/v1/lesson-plans/${id}`)).title).toBe('Equivalent fractions, day 2');
    const versions = json(await as(teacher).get(`/api/v1/lesson-plans/${id}/versions`)).items;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, title: 'Equivalent fractions' });
  });

  it('of several saves on the same version at once, exactly one wins and exactly one version is kept', async () => {
    const { id } = json(await as(teacher).send('POST', '/api/v1/lesson-plans', plan()));
    const attempts = await Promise.all(
      ['A', 'B', 'C', 'D'].map((tab) =>
        as(teacher).send('PUT', `/api/v1/lesson-plans/${id}`, { ...plan({ title: `From tab ${tab}` }), version: 1 }),
      ),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const winner = json(attempts.find((r) => r.statusCode === 200)!);
    expect(winner.version).toBe(2);
    expect(json(await as(teacher).get(`/api/v1/lesson-plans/${id}`))).toEqual(winner);
    const versions = json(await as(teacher).get(`/api/v1/lesson-plans/${id}/versions`)).items;
    expect(versions.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([
      [1, 'Equivalent fractions'],
    ]);
  });

  it('runs the insights on the stored plan and a dismissed rule stays quiet', async () => {
    const { id } = json(await as(teacher).send('POST', '/api/v1/lesson-plans', plan()));
    const ids = (await as(teacher).get(`/api/v1/lesson-plans/${id}/insights`))
      .json()
      .insights.map((i: { ruleId: string }) => i.ruleId);
    expect(ids).toContain('objective.vague-verb');
    const dismissed = await as(teacher).send(
      'POST',
      `/api/v1/lesson-plans/${id}/insights/objective.vague-verb/dismissals`,
      {
        reason: 'We build understanding first; the next lesson names the skill.',
      },
    );
    expect(dismissed.statusCode).toBe(201);
    const after = (await as(teacher).get(`/api/v1/lesson-plans/${id}/insights`))
      .json()
      .insights.map((i: { ruleId: string }) => i.ruleId);
    expect(after).not.toContain('objective.vague-verb');
    // What the browser needs to re-run the same analysis as the teacher types.
    const { context } = json(await as(teacher).get(`/api/v1/lesson-plans/${id}/insights`));
    expect(context).toEqual({
      previousNextTime: null,
      focusPractices: [],
      dismissals: [
        expect.objectContaining({ ruleId: 'objective.vague-verb', reason: expect.stringContaining('understanding') }),
      ],
    });
    expect(
      (await as(teacher).send('POST', `/api/v1/lesson-plans/${id}/insights/no.such-rule/dismissals`, { reason: 'x' }))
        .statusCode,
    ).toBe(404);
  });

  it('lists the caller’s plans by class and date range', async () => {
    const other = await buildClass(ctx.db, t.org.id, t.teacher.id, t.school.id);
    await as(teacher).send('POST', '/api/v1/lesson-plans', plan({ classId: other.id, date: '2026-12-01' }));
    await as(teacher).send('POST', '/api/v1/lesson-plans', plan({ classId: other.id, date: '2026-12-09' }));
    const items = json(
      await as(teacher).get(`/api/v1/lesson-plans?classId=${other.id}&from=2026-12-01&to=2026-12-05`),
    ).items;
    expect(items.map((p: { date: string }) => p.date)).toEqual(['2026-12-01']);
    // Newest first, page by page, for "copy an earlier plan".
    const dates = [];
    let cursor = '';
    do {
      const page = json(await as(teacher).get(`/api/v1/lesson-plans?classId=${other.id}&order=desc&limit=1${cursor}`));
      dates.push(...page.items.map((p: { date: string }) => p.date));
      cursor = page.nextCursor ? `&cursor=${encodeURIComponent(page.nextCursor)}` : '';
    } while (cursor);
    expect(dates).toEqual(['2026-12-09', '2026-12-01']);
  });

  it('refuses a class that is not the teacher’s own', async () => {
    const response = await as(teacher).send(
      'POST',
      '/api/v1/lesson-plans',
      plan({ classId: (await buildClass(ctx.db, t.org.id, t.otherTeacher.id, t.otherSchool.id)).id }),
    );
    expect(response.statusCode).toBe(422);
    expect(json(response).errors[0].path).toBe('classId');
  });
});

describe('authorization comes first', () => {
  it('a coach who may read a plan but not edit it gets 403 even with a class that is not theirs, and a stranger 404', async () => {
    const { id } = json(await as(teacher).send('POST', '/api/v1/lesson-plans', plan({ visibility: 'coach' })));
    const foreignClass = await buildClass(ctx.db, t.org.id, t.otherTeacher.id, t.otherSchool.id);
    const body = { ...plan({ classId: foreignClass.id }), version: 1 };
    const coach = await signIn(ctx.app, t.coach.email);
    expect((await as(coach).send('PUT', `/api/v1/lesson-plans/${id}`, body)).statusCode).toBe(403);
    const stranger = await signIn(ctx.app, t.facilitator.email);
    expect((await as(stranger).send('PUT', `/api/v1/lesson-plans/${id}`, body)).statusCode).toBe(404);
  });
});

describe('visibility (API.md)', () => {
  it('private: only the owner; coach: also the school’s coach; team: also teammates; never leaders or admins by role', async () => {
    const teammate = t.otherTeacher;
    await buildTeam(ctx.db, t.org.id, { memberIds: [t.teacher.id, teammate.id] });
    const readers = {
      coach: await signIn(ctx.app, t.coach.email),
      teammate: await signIn(ctx.app, teammate.email),
      leader: await signIn(ctx.app, t.leader.email),
      admin: await signIn(ctx.app, t.admin.email),
    };
    const expectations = {
      private: { coach: 404, teammate: 404, leader: 404, admin: 404 },
      coach: { coach: 200, teammate: 404, leader: 404, admin: 404 },
      team: { coach: 404, teammate: 200, leader: 404, admin: 404 },
    } as const;
    for (const [visibility, expected] of Object.entries(expectations)) {
      const { id } = json(await as(teacher).send('POST', '/api/v1/lesson-plans', plan({ visibility })));
      for (const [reader, status] of Object.entries(expected)) {
        const cookie = readers[reader as keyof typeof readers];
        const response = await as(cookie).get(`/api/v1/lesson-plans/${id}`);
        expect(response.statusCode, `${visibility} plan read by ${reader}`).toBe(status);
        // The "shared with me" list offers exactly the plans the reader may open.
        const shared = json(await as(cookie).get('/api/v1/lesson-plans?scope=shared&limit=200')).items;
        const listed = shared.some((p: { id: string }) => p.id === id);
        expect(listed, `${visibility} plan listed as shared for ${reader}`).toBe(status === 200);
      }
    }
    const ownShared = json(await as(teacher).get('/api/v1/lesson-plans?scope=shared&limit=200')).items;
    expect(ownShared.filter((p: { ownerId: string }) => p.ownerId === t.teacher.id)).toEqual([]);
  });
});
