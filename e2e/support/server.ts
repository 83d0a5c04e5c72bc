import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { type Database, openDatabase } from '../../server/src/db/client';
import { seedDemoIfEmpty } from '../../server/src/db/seed/demo';
import { WEB_DIST } from '../../server/src/platform/http/static.plugin';
import { testConfig } from '../../server/test/test-app';

export type RunningServer = { url: string; app: FastifyInstance; database: Database; close: () => Promise<void> };

/** The real server with the built web app and the demo district, on an in-memory PGlite and a free loopback port. */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test does).');
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  await seedDemoIfEmpty(database.db);
  const app = await buildApp({ config: testConfig({ publicUrl: 'http://127.0.0.1' }), database, mailTransport: null });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
