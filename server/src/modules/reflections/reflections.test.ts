import { beforeAll, describe, expect, it } from 'vitest';
import { buildClass, buildTeam, buildTenant, buildUser, signIn, type Tenant } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';

const ctx = setupTestApp();
let t: Tenant;
let teacher: string;
beforeAll(async () => {
  t = await buildTenant(ctx.db);
  teacher = await signIn(ctx.app, t.teacher.email);
});

const send = (cookie: string, url: string, payload: object, method: 'POST' | 'PUT' = 'POST') =>
  ctx.app.inject({ method, url, headers: { cookie }, payload });
const get = (cookie: string, url: string) => ctx.app.inject({ url, headers: { cookie } });
const newPlan = async (overrides: object) =>
  json(
    await send(teacher, '/api/v1/lesson-plans', {
      classId: t.teacherClass.id,
      title: 'Ratios',
      objectives: ['Students will compare ratios using tables'],
      segments: [
        { title: 'Work time', kind: 'guided-practice', minutes: 20, description: 'Pairs complete ratio tables.' },
      ],
      ...overrides,
    }),
  );

describe('reflections and carry-forward', () => {
  it('stores the reflection with its depth analysis', async () => {
    const plan = await newPlan({ date: '2026-11-20' });
    const response = await send(teacher, `/api/v1/lesson-plans/${plan.id}/reflections`, {
      whatHappened: 'Only 9 of 25 students could explain why the tables were equivalent.',
      whyAndAlternatives: 'Maybe I moved to the algorithm too fast, because we were behind.',
      nextTime: 'Next time I will use mini-whiteboards for a hinge question before practice.',
    });
    expect(response.statusCode).toBe(201);
    const reflection = json(response);
    expect(reflection).toMatchObject({
      planId: plan.id,
      authorId: t.teacher.id,
      level: expect.any(Number),
      nudge: expect.any(String),
    });
    expect(reflection.level).toBeGreaterThanOrEqual(3);
    expect(json(await get(teacher, `/api/v1/lesson-plans/${plan.id}/reflections`)).items).toEqual([reflection]);
  });

  it('the next plan for the class is asked about the last "next time", and the question goes when the plan takes it up', async () => {
    const next = await newPlan({ date: '2026-11-21' });
    const analysis = json(await get(teacher, `/api/v1/lesson-plans/${next.id}/insights`));
    const questioned = analysis.insights.find((i: { ruleId: string }) => i.ruleId === 'carry-forward.unaddressed');
    expect(questioned).toBeDefined();
    // The planner shows this note at the top of the next plan.
    expect(analysis.context.previousNextTime).toContain('mini-whiteboards');
    expect(JSON.stringify(questioned.evidence)).toContain('mini-whiteboards');

    const addressed = await newPlan({
      date: '2026-11-22',
      segments: [
        {
          title: 'Hinge question',
          kind: 'assessment',
          minutes: 5,
          description: 'Hinge question on mini-whiteboards before practice.',
        },
      ],
    });
    const ids = json(await get(teacher, `/api/v1/lesson-plans/${addressed.id}/insights`)).insights.map(
      (i: { ruleId: string }) => i.ruleId,
    );
    expect(ids).not.toContain('carry-forward.unaddressed');

    const stateless = json(
      await send(teacher, '/api/v1/insights/lesson-plan', {
        classId: t.teacherClass.id,
        title: 'Draft',
        objectives: ['Students will compare ratios using tables'],
        segments: [],
      }),
    ).insights.map((i: { ruleId: string }) => i.ruleId);
    expect(stateless).toContain('carry-forward.unaddressed');
  });

  it('a dated plan is compared with the reflection on the latest earlier lesson of the class', async () => {
    const cls = await buildClass(ctx.db, t.org.id, t.teacher.id, t.school.id);
    const reflect = async (date: string | null, nextTime: string) => {
      const plan = await newPlan({ classId: cls.id, date });
      expect((await send(teacher, `/api/v1/lesson-plans/${plan.id}/reflections`, { nextTime })).statusCode).toBe(201);
      return plan;
    };
    const carried = async (date: string | null) => {
      const plan = await newPlan({ classId: cls.id, date });
      return json(await get(teacher, `/api/v1/lesson-plans/${plan.id}/insights`)).context.previousNextTime;
    };

    const first = await reflect('2026-12-01', 'Next time use a hinge question on mini-whiteboards.');
    // Written later, about a lesson taught later: newer by creation, but not earlier than Dec 5.
    await reflect('2026-12-10', 'Next time start with a gallery walk of the posters.');
    // A second reflection on the Dec 1 lesson: same lesson date, newer reflection.
    const again = 'Next time pre-teach the word "equivalent" with a visual.';
    expect((await send(teacher, `/api/v1/lesson-plans/${first.id}/reflections`, { nextTime: again })).statusCode).toBe(
      201,
    );
    // An undated lesson cannot be placed before a dated one.
    await reflect(null, 'Next time give out the rulers before the lesson.');

    expect(await carried('2026-12-05')).toBe(again);
    expect(await carried('2026-12-01')).toBeNull();
    expect(await carried('2026-11-25')).toBeNull();
    expect(await carried('2026-12-11')).toBe('Next time start with a gallery walk of the posters.');
    // Without a date the plan keeps today's behaviour: the newest reflection on the class.
    expect(await carried(null)).toBe('Next time give out the rulers before the lesson.');

    // The stateless analysis follows the same rule for the date in its body.
    const draft = (date: string | null) =>
      send(teacher, '/api/v1/insights/lesson-plan', {
        classId: cls.id,
        date,
        title: 'Draft',
        objectives: ['Students will compare ratios using tables'],
        segments: [],
      });
    const evidence = async (date: string | null) =>
      JSON.stringify(
        json(await draft(date)).insights.find((i: { ruleId: string }) => i.ruleId === 'carry-forward.unaddressed')
          ?.evidence,
      );
    expect(await evidence('2026-12-05')).toContain('pre-teach');
    expect(await evidence(null)).toContain('rulers');
  });

  it('is never shown to a school leader, even one who may read the plan through a team', async () => {
    const leaderOnTeam = await buildUser(ctx.db, t.org.id, {
      roles: [{ role: 'school_leader', schoolId: t.school.id }],
    });
    await buildTeam(ctx.db, t.org.id, { schoolId: t.school.id, memberIds: [t.teacher.id, leaderOnTeam.id] });
    const plan = await newPlan({ visibility: 'team' });
    await send(teacher, `/api/v1/lesson-plans/${plan.id}/reflections`, { whatHappened: 'It went fine.' });
    const leader = await signIn(ctx.app, leaderOnTeam.email);
    expect((await get(leader, `/api/v1/lesson-plans/${plan.id}`)).statusCode).toBe(200);
    expect((await get(leader, `/api/v1/lesson-plans/${plan.id}/reflections`)).statusCode).toBe(404);
  });

  it('asks for at least one answer', async () => {
    const plan = await newPlan({});
    const response = await send(teacher, `/api/v1/lesson-plans/${plan.id}/reflections`, {
      whatHappened: ' ',
      nextTime: '',
    });
    expect(response.statusCode).toBe(400);
  });
});
