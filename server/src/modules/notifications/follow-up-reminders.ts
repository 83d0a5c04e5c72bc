import { addDays, utcDay } from '#core/domain/calendar';
import type { Db } from '../../db/client';
import type { Notify } from './notify';

/** An open visit (not followed up, not cancelled) with its follow-up date, as the observations module reports it. */
export type FollowUpDue = {
  organizationId: string;
  observationId: string;
  observerId: string;
  teacherName: string;
  /** YYYY-MM-DD */
  followUpDue: string;
};
/** Every tenant's open visits whose follow-up date falls between two days (inclusive). */
export type FollowUpsDue = (from: string, until: string) => Promise<FollowUpDue[]>;

export const FOLLOW_UP_REMINDERS = {
  /** The observer is reminded when the follow-up is due within this many days. */
  windowDays: 2,
  /**
   * Overdue notices go out only this long after the due date: a server that was off for weeks does
   * not wake up to a flood, and the sweep does not re-read every old visit every time.
   */
  overdueLookbackDays: 7,
} as const;

/**
 * The reminder sweep (PEDAGOGY.md §4: every observation gets a follow-up). One reminder per
 * (visit, due date) — moving the date earns a fresh one — and one overdue notice once the date has
 * passed. The dedupe keys make a sweep that runs twice, or on two instances, tell nobody twice.
 */
export function createFollowUpReminders(db: Db, notify: Notify, followUpsDue: FollowUpsDue) {
  return async function remind(now: Date): Promise<string[]> {
    const today = utcDay(now);
    const due = await followUpsDue(
      addDays(today, -FOLLOW_UP_REMINDERS.overdueLookbackDays),
      addDays(today, FOLLOW_UP_REMINDERS.windowDays),
    );
    const mailIds: string[] = [];
    for (const visit of due) {
      const kind = visit.followUpDue < today ? 'observation.follow-up-overdue' : 'observation.follow-up-due';
      const { mailId } = await db.transaction((tx) =>
        notify(tx, {
          organizationId: visit.organizationId,
          userId: visit.observerId,
          kind,
          params: { teacherName: visit.teacherName, followUpDue: visit.followUpDue },
          link: `/observations/${visit.observationId}`,
          dedupeKey: `${kind}:${visit.observationId}:${visit.followUpDue}`,
        }),
      );
      if (mailId) mailIds.push(mailId);
    }
    return mailIds;
  };
}
