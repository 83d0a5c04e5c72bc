import { join } from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { seedDemoIfEmpty } from './db/seed/demo';

async function main() {
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
      : { kind: 'pglite', dataDir: join(config.dataDir) },
  );
  await database.migrate();
  const app = await buildApp({ config, database });
  const seeded = config.demo ? await seedDemoIfEmpty(database.db) : null;
  if (config.previousSessionSecret) {
    const { resealed, unopened } = await app.services.credentials.resealIssuerKeys();
    app.log.info({ resealed }, 'badge-signing keys sealed again under the new SESSION_SECRET');
    if (unopened.length > 0)
      app.log.warn(
        { districts: unopened },
        'badge-signing keys that neither SESSION_SECRET opens: these districts cannot award',
      );
  }
  // Reminders, digests and mail retries (adr/0006); every instance may run one.
  const worker = app.services.worker();

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await worker.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  worker.start();
  const url = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `  Conecta is running at ${url}`,
    `  Database: ${database.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (seeded) {
    lines.push(
      seeded.loaded
        ? '  Demo district loaded. Sign in with password "conecta-demo" as:'
        : '  Demo logins (password "conecta-demo"):',
    );
    for (const login of seeded.logins) lines.push(`    ${login.email.padEnd(24)} ${login.label}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(`Conecta could not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
