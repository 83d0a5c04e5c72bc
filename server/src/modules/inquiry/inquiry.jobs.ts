import { addDays, utcDay } from '#core/domain/calendar';
import { STALE_AFTER_DAYS } from '#core/inquiry/index';
import type { Db } from '../../db/client';
import { dailyAt, type JobHandler, type Schedule } from '../../platform/jobs';
import type { Notify } from '../notifications';
import { inquiryRepo as repo } from './inquiry.repo';

export const INQUIRY_JOBS = { staleNudge: 'inquiry.stale-nudge' } as const;
/** Early morning in the Americas' night: the nudge is waiting when the school day starts. */
export const INQUIRY_NUDGE_HOUR_UTC = 9;
const BATCH = 500;

/**
 * The daily nudge (research/pedagogy.md §8.1: "small, fast tests"): the owner of an inquiry open
 * more than three weeks is told once. The column and the dedupe key both keep it to once, even when
 * the sweep runs twice or on two instances.
 */
export function createStaleNudge(db: Db, notify: Notify) {
  return async function nudge(now: Date): Promise<string[]> {
    // Opened on or before this day minus one: open more than 21 whole days.
    const before = new Date(`${addDays(utcDay(now), -STALE_AFTER_DAYS)}T00:00:00Z`);
    const mailIds: string[] = [];
    for (;;) {
      const stale = await repo.staleToNudge(db, before, BATCH);
      for (const inquiry of stale) {
        const mailId = await db.transaction(async (tx) => {
          const days = Math.floor((now.getTime() - inquiry.createdAt.getTime()) / 86_400_000);
          const { mailId } = await notify(tx, {
            organizationId: inquiry.organizationId,
            userId: inquiry.ownerId,
            kind: 'inquiry.stale',
            params: { question: inquiry.question.slice(0, 140), days },
            link: `/inquiry/${inquiry.id}`,
            dedupeKey: `inquiry.stale:${inquiry.id}`,
          });
          await repo.markNudged(tx, inquiry.organizationId, inquiry.id, now);
          return mailId;
        });
        if (mailId) mailIds.push(mailId);
      }
      if (stale.length < BATCH) return mailIds;
    }
  };
}

export function inquiryJobs(
  db: Db,
  notifications: { notify: Notify; deliver: (ids: string[], at: Date) => Promise<unknown> },
): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  const nudge = createStaleNudge(db, notifications.notify);
  return {
    handlers: {
      [INQUIRY_JOBS.staleNudge]: async (_payload, { now }) => {
        await notifications.deliver(await nudge(now), now);
      },
    },
    schedules: [dailyAt(INQUIRY_JOBS.staleNudge, INQUIRY_NUDGE_HOUR_UTC)],
  };
}
