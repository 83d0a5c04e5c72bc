import type { Db } from '../../db/client';
import { type JobHandler, mondaysAt, type Schedule } from '../../platform/jobs';
import type { NotificationsService } from '../notifications';
import { createWeeklyDigest, DIGEST_HOUR_UTC } from './weekly-digest';

export const COMMUNITY_JOBS = { weeklyDigest: 'communities.weekly-digest' } as const;

/** The communities module's background work: the weekly digest of followed threads (Monday morning, UTC). */
export function communityJobs(
  db: Db,
  notifications: Pick<NotificationsService, 'queue' | 'deliver'>,
  publicUrl: string,
): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  const send = createWeeklyDigest(db, notifications.queue, publicUrl);
  return {
    handlers: {
      [COMMUNITY_JOBS.weeklyDigest]: async (_payload, { now }) => {
        await notifications.deliver(await send(now), now);
      },
    },
    schedules: [mondaysAt(COMMUNITY_JOBS.weeklyDigest, DIGEST_HOUR_UTC)],
  };
}
