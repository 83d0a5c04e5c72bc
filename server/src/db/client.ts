import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { syncBuiltInFramework } from '../modules/frameworks';
import { syncBuiltInCards } from '../modules/library';
import * as schema from './schema';

export type Schema = typeof schema;
/** Both drivers speak the same PostgreSQL; code above this file never knows which one it has. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What a repository method accepts: the database, or a transaction it is part of. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Runs migrations, then brings the built-in reference data that ships with the code (the starter
   * library, the Conecta Teaching Framework) up to date; on PostgreSQL both under an advisory lock so
   * several instances may start at once.
   */
  migrate: () => Promise<void>;
  ping: () => Promise<void>;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null /* null: in memory */ };

export const MIGRATIONS_FOLDER = join(import.meta.dirname, 'migrations');
const MIGRATION_LOCK_KEY = 727_001; // any constant unique to Conecta's migrations
/** PostgreSQL extensions the migrations use, which PGlite loads only when asked (0003: library search). */
export const PGLITE_EXTENSIONS = { unaccent };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'postgres' ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const options = { extensions: PGLITE_EXTENSIONS };
  const client = dataDir ? new PGlite(join(dataDir, 'pglite'), options) : new PGlite(options);
  await client.waitReady;
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      await syncBuiltInCards(db);
      await syncBuiltInFramework(db);
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgresLocked(url),
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}

async function migratePostgresLocked(url: string): Promise<void> {
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  // One dedicated connection: an advisory lock belongs to the session that took it.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const db = drizzlePg({ client, schema, casing: 'snake_case' });
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      await syncBuiltInCards(db as unknown as Db);
      await syncBuiltInFramework(db as unknown as Db);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
