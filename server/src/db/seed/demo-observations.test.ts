import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/factories';
import { json, setupTestApp } from '../../../test/test-app';
import { seedDemoIfEmpty } from './demo';
import { DEMO_PASSWORD } from './demo-district';

describe('demo coaching visits, seeded today', () => {
  const ctx = setupTestApp();
  beforeAll(async () => {
    expect((await seedDemoIfEmpty(ctx.db)).loaded).toBe(true);
  });
  const get = async (email: string, url: string) =>
    json(
      await ctx.app.inject({ url: `/api/v1${url}`, headers: { cookie: await signIn(ctx.app, email, DEMO_PASSWORD) } }),
    );

  it('give the coach a caseload with one follow-up overdue and one visit coming up', async () => {
    const caseload = await get('coach@example.org', '/coaching/caseload');
    expect(caseload.teachers.map((t: { teacher: { name: string } }) => t.teacher.name)).toEqual([
      'Chris Walker',
      'Jordan Lee',
      'Mei Chen',
      'Priya Nair',
      'Sam Okafor',
    ]);
    expect(caseload.followUps.filter((f: { overdue: boolean }) => f.overdue)).toEqual([
      expect.objectContaining({ teacher: expect.objectContaining({ name: 'Priya Nair' }) }),
    ]);
    expect(caseload.upcoming).toHaveLength(1);
  });

  it('show the leader of Lincoln counts (five teachers visited), and keep Las Flores suppressed', async () => {
    const me = await get('leader@example.org', '/me');
    const lincoln = me.roles.find((r: { role: string }) => r.role === 'school_leader').schoolId;
    const counts = await get('leader@example.org', `/schools/${lincoln}/observation-metrics`);
    expect(counts).toMatchObject({ suppressed: false, teachersVisited: 5, followUpsDue: 3, overdueFollowUps: 1 });
    expect(counts.followUpsOnTimePercent).toBe(33);

    const directora = await get('directora@example.org', '/me');
    const lasFlores = directora.roles.find((r: { role: string }) => r.role === 'school_leader').schoolId;
    expect(await get('directora@example.org', `/schools/${lasFlores}/observation-metrics`)).toMatchObject({
      suppressed: true,
    });
  });

  it('let a teacher read the action step they were given, with how it went', async () => {
    const steps = (await get('jordan.lee@example.org', '/action-steps')).items;
    expect(steps).toEqual([
      expect.objectContaining({ progress: 'done', observer: expect.objectContaining({ name: 'Carlos Coach' }) }),
    ]);
  });
});
