import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, startServer } from './server';

export type JourneyEnvironment = { server: RunningServer; browser: Browser };

/** One real server (demo district, in-memory PGlite) and one Chromium for the journeys of a file. */
export function setupJourneys(): JourneyEnvironment {
  const environment = {} as JourneyEnvironment;
  beforeAll(async () => {
    environment.server = await startServer();
    environment.browser = await launchBrowser();
  });
  afterAll(async () => {
    await environment.browser?.close();
    await environment.server?.close();
  });
  return environment;
}
