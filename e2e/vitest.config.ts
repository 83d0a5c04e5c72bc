import { defineConfig } from 'vitest/config';

/** Browser journeys: one real server and one real Chromium per file; files run one at a time on 2 cores. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
