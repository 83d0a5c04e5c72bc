import { DIGEST_HOUR_UTC } from '#core/contracts/notifications';
import type { Db } from '../../db/client';
import { dailyAt, every, type JobHandler, type Schedule } from '../../platform/jobs';
import { createFollowUpReminders, type FollowUpsDue } from './follow-up-reminders';
import type { NotificationsService } from './notifications.service';

export const NOTIFICATION_JOBS = {
  followUpReminders: 'notifications.follow-up-reminders',
  dailyDigest: 'notifications.daily-digest',
  outbox: 'notifications.outbox',
} as const;

export const NOTIFICATION_SCHEDULE = {
  followUpReminderMs: 15 * 60_000,
  outboxMs: 60_000,
  digestHourUtc: DIGEST_HOUR_UTC,
} as const;

/**
 * The notifications module's background work, for the job runner (adr/0006): the follow-up
 * reminder sweep every 15 minutes (the current slot also runs at start), the daily digest at
 * 11:00 UTC, and the outbox retry pass every minute. Mail a pass queues is sent at the end of it.
 */
export function notificationJobs(
  db: Db,
  notifications: NotificationsService,
  followUpsDue: FollowUpsDue,
): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  const remind = createFollowUpReminders(db, notifications.notify, followUpsDue);
  return {
    handlers: {
      [NOTIFICATION_JOBS.followUpReminders]: async (_payload, { now }) => {
        await notifications.deliver(await remind(now), now);
      },
      [NOTIFICATION_JOBS.dailyDigest]: async (_payload, { now }) => {
        await notifications.deliver(await notifications.sendDigests(now), now);
      },
      [NOTIFICATION_JOBS.outbox]: async (_payload, { now }) => {
        await notifications.deliverPending(now);
      },
    },
    schedules: [
      every(NOTIFICATION_JOBS.followUpReminders, NOTIFICATION_SCHEDULE.followUpReminderMs),
      dailyAt(NOTIFICATION_JOBS.dailyDigest, NOTIFICATION_SCHEDULE.digestHourUtc),
      every(NOTIFICATION_JOBS.outbox, NOTIFICATION_SCHEDULE.outboxMs),
    ],
  };
}
