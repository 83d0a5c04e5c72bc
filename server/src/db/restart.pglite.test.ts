import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganization } from '../../test/factories';
import { openDatabase } from './client';

// Runs only in the PGlite project: it is about the embedded database's data directory.
describe('embedded database on disk', () => {
  it('keeps every change across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conecta-restart-'));
    try {
      const first = await openDatabase({ kind: 'pglite', dataDir: dir });
      await first.migrate();
      await buildOrganization(first.db, { name: 'Persistent District' });
      await first.close();

      const second = await openDatabase({ kind: 'pglite', dataDir: dir });
      await second.migrate();
      const rows = (await second.db.execute(sql`select name from organizations`)) as unknown as {
        rows: { name: string }[];
      };
      expect(rows.rows.map((r) => r.name)).toEqual(['Persistent District']);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
