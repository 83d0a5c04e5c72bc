import type { Db } from '../../db/client';
import { every, type JobHandler, jobsRepo, type Schedule } from '../../platform/jobs';
import type { Refresh } from './impact.refresh';

export const IMPACT_JOBS = { refresh: 'impact.refresh' } as const;
/** Dashboards are as fresh as this; each run reads only what changed since the last. */
export const IMPACT_REFRESH_MS = 15 * 60_000;

/**
 * The rollup refresh: every 15 minutes for every tenant with an active initiative, and on demand
 * for one tenant (payload `organizationId`) when an initiative is created or an admin asks.
 */
export function impactJobs(refresh: Refresh): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  return {
    handlers: {
      [IMPACT_JOBS.refresh]: async (payload, { now }) => {
        const organizationId = typeof payload.organizationId === 'string' ? payload.organizationId : null;
        if (organizationId) await refresh.refreshOrganization(organizationId, now);
        else await refresh.refreshAll(now);
      },
    },
    schedules: [every(IMPACT_JOBS.refresh, IMPACT_REFRESH_MS)],
  };
}

/** Asks for a refresh of one tenant soon (the worker picks it up within seconds). */
export async function enqueueRefresh(db: Db, organizationId: string, now: Date) {
  await jobsRepo.enqueue(db, {
    kind: IMPACT_JOBS.refresh,
    dedupeKey: `${IMPACT_JOBS.refresh}:${organizationId}:${now.toISOString()}`,
    runAt: now,
    payload: { organizationId },
  });
}
