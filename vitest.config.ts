import { defineConfig } from 'vitest/config';

const integration = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: `integration:${engine}`,
    include: ['server/**/*.test.ts'],
    // *.pglite.test.ts and *.postgres.test.ts are about one engine and run only on it.
    exclude: ['server/src/**/*.unit.test.ts', `server/**/*.${engine === 'pglite' ? 'postgres' : 'pglite'}.test.ts`],
    globalSetup: ['server/test/global-setup.ts'],
    env: { CONECTA_TEST_ENGINE: engine },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

/**
 * Unit tests (pure code), then the integration suite on PGlite, and the same suite again on a
 * real PostgreSQL when TEST_DATABASE_URL names one (.ci/run sets it when a server answers).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'web/src/**/*.test.{ts,tsx}',
            'server/src/**/*.unit.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      integration('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ],
  },
});
