import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type Db, openDatabase, PGLITE_EXTENSIONS } from '../src/db/client';
import * as schema from '../src/db/schema';

export type TestDatabase = Database & { name: string; drop: () => Promise<void> };

/** Which engine this test project runs on: set per Vitest project (see vitest.config.ts). */
export const testEngine = (process.env.CONECTA_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/** A fresh, migrated, empty database for one test file; never shared, always dropped. */
export async function createTestDatabase(): Promise<TestDatabase> {
  return testEngine === 'postgres' ? createPostgresDatabase() : createPgliteDatabase();
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const template = readFileSync(inject('pgliteTemplate'));
  const client = new PGlite({ loadDataDir: new Blob([template]), extensions: PGLITE_EXTENSIONS });
  await client.waitReady;
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    name: 'pglite',
    migrate: async () => {},
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
    drop: () => client.close(),
  };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl)
    throw new Error('The postgres test project needs TEST_DATABASE_URL (a server where it may CREATE DATABASE).');
  const name = `conecta_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    name,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
