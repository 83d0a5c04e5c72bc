import { dailyAt, type JobHandler, type Schedule } from '../../platform/jobs';
import type { PeerDistrictsService } from './peer-districts.service';

export const PEER_DISTRICTS_JOBS = { refresh: 'peer-districts.refresh' } as const;

/**
 * Every opted-in district's indicator snapshot, refreshed once a day at 04:00 UTC (after the night's
 * rollups); one district (payload `organizationId`) on demand.
 */
export function peerDistrictsJobs(service: PeerDistrictsService): {
  handlers: Record<string, JobHandler>;
  schedules: Schedule[];
} {
  return {
    handlers: {
      [PEER_DISTRICTS_JOBS.refresh]: async (payload, { now }) => {
        const organizationId = typeof payload.organizationId === 'string' ? payload.organizationId : null;
        if (organizationId) await service.refreshOrganization(organizationId, now);
        else await service.refreshAll(now);
      },
    },
    schedules: [dailyAt(PEER_DISTRICTS_JOBS.refresh, 4)],
  };
}
