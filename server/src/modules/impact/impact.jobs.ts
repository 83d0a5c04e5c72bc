import { isoWeekLabel, utcDay } from '#core/domain/calendar';
import type { Db } from '../../db/client';
import { every, type JobHandler, jobsRepo, mondaysAt, type Schedule } from '../../platform/jobs';
import type { Refresh } from './impact.refresh';

export const IMPACT_JOBS = { refresh: 'impact.refresh', reconcile: 'impact.reconcile' } as const;
/** The weekly whole re-read runs when districts sleep: Monday 03:00 UTC (Sunday night in the Americas). */
export const IMPACT_RECONCILE_HOUR_UTC = 3;
/** Dashboards are as fresh as this; each run reads only what changed since the last. */
export const IMPACT_REFRESH_MS = 15 * 60_000;

/**
 * The rollup refresh: every 15 minutes for every district with people, and on demand for one
 * tenant (payload `organizationId`) when an initiative is created or an admin asks. Once a week
 * every district is read whole again, which drops the facts of deleted or moved records.
 */
export function impactJobs(db: Db, refresh: Refresh): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  return {
    handlers: {
      [IMPACT_JOBS.refresh]: async (payload, { now }) => {
        const organizationId = typeof payload.organizationId === 'string' ? payload.organizationId : null;
        if (organizationId) await refresh.refreshOrganization(organizationId, now);
        else await refresh.refreshAll(now);
      },
      // The weekly slot fans out into one job per district, each claimed, retried and leased on its
      // own, so other jobs (mail, reminders) run between districts instead of after all of them.
      [IMPACT_JOBS.reconcile]: async (payload, { now }) => {
        const organizationId = typeof payload.organizationId === 'string' ? payload.organizationId : null;
        if (organizationId) await refresh.reconcileOrganization(organizationId, now);
        else
          for (const district of await refresh.districts())
            await jobsRepo.enqueue(db, {
              kind: IMPACT_JOBS.reconcile,
              dedupeKey: `${IMPACT_JOBS.reconcile}:${district}:${isoWeekLabel(utcDay(now))}`,
              runAt: now,
              payload: { organizationId: district },
            });
      },
    },
    schedules: [
      every(IMPACT_JOBS.refresh, IMPACT_REFRESH_MS),
      mondaysAt(IMPACT_JOBS.reconcile, IMPACT_RECONCILE_HOUR_UTC),
    ],
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
