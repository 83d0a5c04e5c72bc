import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonPlan } from '#core/contracts/planning';
import { analyzePlan } from '#core/insights/index';
import { signIn } from '../../../test/factories';
import { json, setupTestApp, type TestContext } from '../../../test/test-app';
import { seedDemoIfEmpty } from './demo';
import { DEMO_PASSWORD } from './demo-district';

type Class = { id: string; name: string };
type Plan = LessonPlan;

/** One demo person seen through the API, as the web app sees them. */
function person(ctx: TestContext, email: string) {
  let cookie = '';
  const get = async (url: string) => {
    cookie ||= await signIn(ctx.app, email, DEMO_PASSWORD);
    return ctx.app.inject({ url, headers: { cookie } });
  };
  return {
    get,
    async classes(): Promise<Class[]> {
      return json(await get('/api/v1/classes?scope=mine&limit=200')).items;
    },
    async plans(from = '2000-01-01', to = '2999-12-31'): Promise<Plan[]> {
      return json(await get(`/api/v1/lesson-plans?from=${from}&to=${to}&limit=200`)).items;
    },
  };
}

const ruleIds = (plan: Plan) => analyzePlan(plan).insights.map((i) => i.ruleId);
const strengths = (plan: Plan) => analyzePlan(plan).insights.filter((i) => i.kind === 'strength').length;

function seededOn(today: string) {
  const ctx = setupTestApp();
  beforeAll(async () => {
    expect((await seedDemoIfEmpty(ctx.db, { today })).loaded).toBe(true);
  });
  return ctx;
}

describe('demo content seeded on a Wednesday', () => {
  const ctx = seededOn('2026-03-11');
  const week = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];

  it('gives each of teacher@’s classes one plan per school day of the week, and a few from the week before', async () => {
    const teacher = person(ctx, 'teacher@example.org');
    const classes = await teacher.classes();
    expect(classes.length).toBeGreaterThanOrEqual(2);
    const thisWeek = await teacher.plans('2026-03-09', '2026-03-15');
    for (const c of classes) {
      expect(thisWeek.filter((p) => p.classId === c.id).map((p) => p.date)).toEqual(week);
    }
    const lastWeek = await teacher.plans('2026-03-02', '2026-03-08');
    expect(lastWeek.length).toBeGreaterThanOrEqual(2);
    expect(lastWeek.length).toBeLessThanOrEqual(3);
    expect(await teacher.plans('2026-03-14', '2999-12-31')).toEqual([]);
    // Statuses follow the calendar: taught, ready for today and tomorrow, drafts after that.
    const statusOf = (date: string) => new Set(thisWeek.filter((p) => p.date === date).map((p) => p.status));
    expect(statusOf('2026-03-10')).toEqual(new Set(['taught']));
    expect(statusOf('2026-03-11')).toEqual(new Set(['ready']));
    expect(statusOf('2026-03-12')).toEqual(new Set(['ready']));
    expect(statusOf('2026-03-13')).toEqual(new Set(['draft']));
  });

  it('writes maestra@’s plans in Spanish, and teacher@’s in English', async () => {
    const maestra = await person(ctx, 'maestra@example.org').plans();
    expect(maestra.length).toBeGreaterThan(5);
    expect(new Set(maestra.map((p) => p.locale))).toEqual(new Set(['es']));
    const teacher = await person(ctx, 'teacher@example.org').plans();
    expect(new Set(teacher.map((p) => p.locale))).toEqual(new Set(['en']));
  });

  it('shows a mix of strengths and questions in both languages', async () => {
    for (const email of ['teacher@example.org', 'maestra@example.org']) {
      const plans = await person(ctx, email).plans();
      expect(plans.some((p) => strengths(p) >= 2)).toBe(true);
      expect(plans.some((p) => ruleIds(p).includes('objective.vague-verb'))).toBe(true);
      expect(plans.some((p) => ruleIds(p).includes('success-criteria.missing'))).toBe(true);
      expect(plans.some((p) => ruleIds(p).includes('cfu.long-gap'))).toBe(true);
      expect(plans.some((p) => ruleIds(p).includes('closure.missing'))).toBe(true);
      // Every plan is realistic in shape: 4–8 timed segments that fill the class period.
      for (const p of plans) {
        expect(p.segments.length).toBeGreaterThanOrEqual(4);
        expect(p.segments.length).toBeLessThanOrEqual(8);
        expect(p.segments.reduce((sum, s) => sum + (s.minutes ?? 0), 0)).toBe(p.periodMinutes);
      }
    }
  });

  it('keeps reflections of different depths, and carries their "next time" into the next plan', async () => {
    for (const email of ['teacher@example.org', 'maestra@example.org']) {
      const teacher = person(ctx, email);
      const reflected: { plan: Plan; level: number; nextTime?: string }[] = [];
      for (const plan of await teacher.plans('2000-01-01', '2026-03-10')) {
        for (const r of json(await teacher.get(`/api/v1/lesson-plans/${plan.id}/reflections`)).items) {
          reflected.push({ plan, level: r.level, nextTime: r.nextTime });
        }
      }
      expect(reflected.length).toBeGreaterThanOrEqual(2);
      expect(new Set(reflected.map((r) => r.level)).size).toBeGreaterThanOrEqual(2);
      expect(reflected.every((r) => r.plan.status === 'taught')).toBe(true);
    }

    // Monday's plan took up Friday's "next time" in one class, and not (yet) in another.
    const cases = [
      { email: 'teacher@example.org', addressed: 'Math 7 — Period 1', unaddressed: 'Math 8 — Period 5' },
      { email: 'maestra@example.org', addressed: 'Matemáticas 4.º A', unaddressed: 'Matemáticas 4.º B' },
    ];
    for (const { email, addressed, unaddressed } of cases) {
      const teacher = person(ctx, email);
      const classes = await teacher.classes();
      const monday = await teacher.plans('2026-03-09', '2026-03-09');
      const insightsOfMonday = async (className: string) => {
        const plan = monday.find((p) => p.classId === classes.find((c) => c.name === className)!.id)!;
        const { insights } = json(await teacher.get(`/api/v1/lesson-plans/${plan.id}/insights`));
        return insights.map((i: { ruleId: string }) => i.ruleId);
      };
      expect(await insightsOfMonday(addressed)).not.toContain('carry-forward.unaddressed');
      expect(await insightsOfMonday(unaddressed)).toContain('carry-forward.unaddressed');
    }
  });

  it('keeps the earlier version of a plan that was revised after a reflection', async () => {
    const teacher = person(ctx, 'teacher@example.org');
    const revised = (await teacher.plans()).filter((p) => p.version > 1);
    expect(revised).toHaveLength(1);
    const versions = json(await teacher.get(`/api/v1/lesson-plans/${revised[0]!.id}/versions`)).items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(versions[0].status).toBe('draft');
  });

  it('shares a few plans with the coach and the team, never reflections with a school leader or admin', async () => {
    const teacherPlans = await person(ctx, 'teacher@example.org').plans();
    const maestraPlans = await person(ctx, 'maestra@example.org').plans();
    for (const plans of [teacherPlans, maestraPlans]) {
      const by = (v: string) => plans.filter((p) => p.visibility === v).length;
      expect(by('private')).toBeGreaterThan(plans.length / 2);
      expect(by('coach')).toBeGreaterThanOrEqual(2);
      expect(by('team')).toBe(1);
    }

    // The coach of teacher@'s school reads the reflection on the coach-shared lesson.
    const sharedAndReflected = teacherPlans.filter((p) => p.visibility === 'coach' && p.date! < '2026-03-09');
    expect(sharedAndReflected).toHaveLength(1);
    const coach = person(ctx, 'coach@example.org');
    const url = `/api/v1/lesson-plans/${sharedAndReflected[0]!.id}/reflections`;
    expect(json(await coach.get(url)).items).toHaveLength(1);

    // Leaders and admins: no reflection of any plan, shared or not.
    const leaders = ['leader@example.org', 'directora@example.org', 'admin@example.org'].map((e) => person(ctx, e));
    for (const plan of [...teacherPlans, ...maestraPlans].filter((p) => p.status === 'taught')) {
      for (const leader of leaders) {
        expect((await leader.get(`/api/v1/lesson-plans/${plan.id}/reflections`)).statusCode).toBe(404);
      }
    }
  });
});

describe('demo content seeded on a Friday', () => {
  const ctx = seededOn('2026-03-13');

  it('adds next Monday’s lesson for every class, ready to teach', async () => {
    for (const email of ['teacher@example.org', 'maestra@example.org']) {
      const teacher = person(ctx, email);
      const classes = await teacher.classes();
      const plans = await teacher.plans('2026-03-09', '2026-03-16');
      for (const c of classes) {
        expect(plans.filter((p) => p.classId === c.id).map((p) => p.date)).toEqual([
          '2026-03-09',
          '2026-03-10',
          '2026-03-11',
          '2026-03-12',
          '2026-03-13',
          '2026-03-16',
        ]);
      }
      const nextMonday = plans.filter((p) => p.date === '2026-03-16');
      expect(nextMonday.length).toBe(classes.length);
      expect(nextMonday.every((p) => p.status === 'ready')).toBe(true);
      expect(plans.filter((p) => p.date! < '2026-03-13').every((p) => p.status === 'taught')).toBe(true);
    }
  });
});
