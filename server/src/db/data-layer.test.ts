import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization } from '../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';
import { seedDemoIfEmpty } from './seed/demo';

const count = async (database: { db: TestDatabase['db'] }, table: string) => {
  const result = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
};

describe('demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('loads the district the issue describes, once, even when two instances start together', async () => {
    const [first, second] = await Promise.all([seedDemoIfEmpty(database.db), seedDemoIfEmpty(database.db)]);
    expect([first.loaded, second.loaded].sort()).toEqual([false, true]);
    // The district, and the 7 synthetic peer districts of demo-peer-districts.ts (no people).
    expect(await count(database, 'organizations')).toBe(8);
    expect(await count(database, 'schools')).toBe(2);
    expect(await count(database, 'teams')).toBe(3);
    const roles = (await database.db.execute(
      sql`select role, count(*)::int as n from memberships group by role order by role`,
    )) as unknown as {
      rows: { role: string; n: number }[];
    };
    expect(Object.fromEntries(roles.rows.map((r) => [r.role, r.n]))).toEqual({
      coach: 2,
      district_admin: 1,
      facilitator: 1,
      school_leader: 2,
      teacher: 12,
    });
    const perTeacher = (await database.db.execute(
      sql`select count(*)::int as n from classes group by owner_id`,
    )) as unknown as { rows: { n: number }[] };
    expect(perTeacher.rows).toHaveLength(12);
    expect(perTeacher.rows.every((r) => r.n >= 2 && r.n <= 3)).toBe(true);
    const spanish = (await database.db.execute(
      sql`select count(*)::int as n from users where locale = 'es'`,
    )) as unknown as { rows: { n: number }[] };
    expect(spanish.rows[0]!.n).toBeGreaterThan(0);
    expect(first.logins.map((l) => l.email).sort()).toEqual(
      [
        'admin@example.org',
        'coach@example.org',
        'leader@example.org',
        'maestra@example.org',
        'teacher@example.org',
      ].sort(),
    );
  });

  it('is never loaded into a database that already holds an organization', async () => {
    const other = await createTestDatabase();
    await buildOrganization(other.db, { name: 'A real district' });
    expect((await seedDemoIfEmpty(other.db)).loaded).toBe(false);
    expect(await count(other, 'users')).toBe(0);
    await other.drop();
  });
});
