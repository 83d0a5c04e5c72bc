import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { schoolYearSpan } from '#core/cpl/index';
import { buildPlan, buildTeam, buildTenant, buildUser, type Tenant } from '../../../test/factories';
import { setupTestApp } from '../../../test/test-app';
import { meetingArtefacts, meetingAttendees, meetingDecisions, meetings, units } from '../../db/schema';
import { plansFromUnitsFrom } from '../units';
import { cplIndicatorsFrom, type Indicator } from './index';

const ctx = setupTestApp();
let t: Tenant;
let other: Tenant;
const teachers: string[] = [];
const span = schoolYearSpan('2025-26');
/** 1 August 2025 to 31 July 2026: 365 days. */
const WEEKS = 365 / 7;

/** An ended meeting of `team`, held `minutes` long from `start`, with everyone in `present` there. */
async function held(tenant: Tenant, teamId: string, start: string, minutes: number, present: string[]) {
  const [row] = await ctx.db
    .insert(meetings)
    .values({
      organizationId: tenant.org.id,
      teamId,
      protocolId: 'tuning',
      protocolName: { en: 'Tuning' },
      steps: [],
      title: 'Held',
      scheduledAt: new Date(start),
      durationMinutes: minutes,
      facilitatorId: present[0]!,
      createdBy: present[0]!,
      state: 'ended',
      startedAt: new Date(start),
      endedAt: new Date(new Date(start).getTime() + minutes * 60_000),
    })
    .returning();
  await ctx.db.insert(meetingAttendees).values(
    present.map((userId) => ({
      organizationId: tenant.org.id,
      meetingId: row!.id,
      userId,
      attendance: 'present' as const,
    })),
  );
  return row!.id;
}

const byKey = (list: Indicator[]) => Object.fromEntries(list.map((i) => [i.key, i]));
const refresh = (tenant: Tenant) => ctx.app.services.impactRefresh.refreshOrganization(tenant.org.id, new Date());

beforeAll(async () => {
  t = await buildTenant(ctx.db);
  other = await buildTenant(ctx.db);
  teachers.push(t.teacher.id);
  for (let i = 0; i < 5; i++)
    teachers.push((await buildUser(ctx.db, t.org.id, { roles: [{ role: 'teacher', schoolId: t.school.id }] })).id);
  const team = await buildTeam(ctx.db, t.org.id, { schoolId: t.school.id, memberIds: teachers });
  // One week: a 60-minute meeting on a unit that recorded a decision (the leader came), and a bare 120-minute one.
  const onUnit = await held(t, team.id, '2026-03-03T15:00:00Z', 60, [...teachers, t.leader.id]);
  await ctx.db
    .insert(meetingArtefacts)
    .values({ organizationId: t.org.id, meetingId: onUnit, type: 'unit', targetId: randomUUID(), title: 'Fractions' });
  await ctx.db.insert(meetingDecisions).values({
    organizationId: t.org.id,
    meetingId: onUnit,
    stepIndex: 0,
    text: 'Try exit tickets',
    createdBy: t.teacher.id,
  });
  await held(t, team.id, '2026-03-05T15:00:00Z', 120, teachers);
  // Outside the school year: never counted.
  await held(t, team.id, '2025-06-03T15:00:00Z', 30, teachers);
  // Another district's meeting: never counted here.
  await held(other, other.team.id, '2026-03-03T15:00:00Z', 45, [other.teacher.id]);
  // Six plans in the year, three made from the team's unit; one older plan from the unit is outside the span.
  const plans = [];
  for (const ownerId of teachers)
    plans.push(await buildPlan(ctx.db, t.org.id, ownerId, { createdAt: new Date('2026-03-02T10:00:00Z') }));
  const old = await buildPlan(ctx.db, t.org.id, t.teacher.id, { createdAt: new Date('2025-05-02T10:00:00Z') });
  await ctx.db.insert(units).values({
    organizationId: t.org.id,
    teamId: team.id,
    title: 'Fractions',
    standards: [],
    bigIdeas: [],
    assessments: [],
    sequence: [
      ...[...plans.slice(0, 3), old].map((plan, i) => ({ title: `Lesson ${i}`, planId: plan.id as string | null })),
      { title: 'Later', planId: null },
    ],
    createdBy: t.teacher.id,
  });
  await refresh(t);
  await refresh(other);
}, 120_000);

describe('cplIndicatorsFrom', () => {
  it('reads the district’s meetings and impact rollup for the school year, with the people each rests on', async () => {
    const list = await cplIndicatorsFrom(ctx.db)(t.org.id, span);
    const got = byKey(list);
    expect(list.map((i) => i.domain)).toEqual(
      expect.arrayContaining(['curriculum', 'collaboration', 'feedback', 'time', 'leadership']),
    );
    expect(got['meetings-on-curriculum']).toMatchObject({ domain: 'curriculum', value: 0.5, people: 7 });
    expect(got['plans-from-units']).toMatchObject({ domain: 'curriculum', value: 0.5, people: 6 });
    expect(got['meetings-with-commitments']).toMatchObject({ domain: 'collaboration', value: 0.5, people: 7 });
    expect(got['meeting-attendance']).toMatchObject({ value: 1, people: 7 });
    // Six teachers at 180 minutes and the leader at 60, all in one week of the year: spread over every
    // week of the year, about 3 minutes a week — not the 163 a week counting only the active week.
    const minutes = got['collaboration-minutes']!;
    expect(minutes.benchmark).toBe(90);
    expect(minutes.people).toBe(7);
    expect(minutes.value).toBeCloseTo((6 * 180 + 60) / 7 / WEEKS, 5);
    expect(minutes.value).toBeLessThan(4);
    // Leaders' participation counts leaders only: one leader, one meeting in the year.
    expect(got['leader-participation']).toMatchObject({ domain: 'leadership', people: 1 });
    expect(got['leader-participation']!.value).toBeCloseTo(1 / WEEKS, 5);
    // Nothing observed yet: no value, nobody behind it.
    expect(got['follow-up-rate']).toMatchObject({ domain: 'feedback', value: null, people: 0 });
  });

  it('keeps districts apart and counts nothing outside the span', async () => {
    const mine = byKey(await cplIndicatorsFrom(ctx.db)(other.org.id, span));
    expect(mine['meetings-on-curriculum']).toMatchObject({ value: 0, people: 1 });
    expect(mine['collaboration-minutes']).toMatchObject({ people: 1 });
    expect(mine['collaboration-minutes']!.value).toBeCloseTo(45 / WEEKS, 5);
    const before = byKey(await cplIndicatorsFrom(ctx.db)(t.org.id, schoolYearSpan('2024-25')));
    expect(before['meetings-on-curriculum']).toMatchObject({ value: 0, people: 6 });
    expect(before['collaboration-minutes']).toMatchObject({ people: 6 });
    expect(before['collaboration-minutes']!.value).toBeCloseTo(30 / WEEKS, 5);
    const empty = byKey(await cplIndicatorsFrom(ctx.db)(t.org.id, schoolYearSpan('2030-31')));
    expect(empty['meetings-on-curriculum']).toMatchObject({ value: null, people: 0 });
    expect(empty['collaboration-minutes']).toMatchObject({ value: null, people: 0 });
  });

  it('counts plans through the planning module’s reader, never its table', async () => {
    // The units module asks planning which plans were made; given none, it counts none.
    expect(await plansFromUnitsFrom(ctx.db, async () => [])(t.org.id, span)).toEqual({
      plans: 0,
      fromUnits: 0,
      people: 0,
    });
    const linked = await plansFromUnitsFrom(ctx.db)(t.org.id, span);
    expect(linked).toEqual({ plans: 6, fromUnits: 3, people: 6 });
  });

  it('spreads a short span over its own weeks: a week of meetings in a week is that week’s total', async () => {
    const week = { from: '2026-03-02', to: '2026-03-08' };
    const got = byKey(await cplIndicatorsFrom(ctx.db)(t.org.id, week));
    expect(got['collaboration-minutes']!.value).toBeCloseTo((6 * 180 + 60) / 7, 5);
  });
});
