import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app';
import type { Config } from '../src/config';
import type { Db } from '../src/db/client';
import { createTestDatabase, type TestDatabase } from './test-db';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: null,
    dataDir: '/nonexistent',
    demo: false,
    sessionSecret: 'test-secret-test-secret-test-secret-0123456789',
    smtpUrl: null,
    mailFrom: 'Conecta <no-reply@conecta.test>',
    publicUrl: 'http://localhost:3000',
    trustProxy: false,
    logLevel: 'silent',
    databasePoolSize: 5,
    // Uploads from tests land in the system's temporary folder, one per test process.
    storage: { driver: 'local', dir: join(tmpdir(), `conecta-test-uploads-${process.pid}`) },
    ...overrides,
  };
}

export type TestContext = { app: FastifyInstance; db: Db; database: TestDatabase };

/** One real app on one fresh database per test file, built before and torn down after its tests. */
export function setupTestApp(overrides: Partial<Config> = {}): TestContext {
  const context = {} as TestContext;
  beforeAll(async () => {
    context.database = await createTestDatabase();
    context.db = context.database.db;
    context.app = await buildApp({ config: testConfig(overrides), database: context.database, mailTransport: null });
    await context.app.ready();
  }, 60_000);
  afterAll(async () => {
    await context.app?.close();
    await context.database?.drop();
  });
  return context;
}

/** JSON body of a response, typed loosely for assertions. */
export const json = <T = Record<string, any>>(response: LightMyRequestResponse) => response.json() as T;
