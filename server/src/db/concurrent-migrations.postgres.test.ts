import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-db';
import { openDatabase } from './client';

// Runs only in the PostgreSQL project: the advisory lock is what lets several instances start at once.
describe('migrations on PostgreSQL', () => {
  it('several instances migrating one empty database at once all succeed, applying each migration once', async () => {
    const database = await createTestDatabase(); // already migrated once
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${database.name}`;
    await database.db.execute(
      sql`drop schema public cascade; create schema public; drop schema if exists drizzle cascade`,
    );
    const instances = await Promise.all(
      [1, 2, 3, 4].map(() => openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 })),
    );
    await Promise.all(instances.map((instance) => instance.migrate()));
    const applied = (await database.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    )) as unknown as { rows: { n: number }[] };
    const journal = await import('./migrations/meta/_journal.json', { with: { type: 'json' } });
    expect(applied.rows[0]!.n).toBe(journal.default.entries.length);
    await Promise.all(instances.map((instance) => instance.close()));
    await database.drop();
  });
});
