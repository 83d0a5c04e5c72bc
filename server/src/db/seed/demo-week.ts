/**
 * The demo's calendar, computed from the seeding date so that a fresh demo always shows the
 * current week. Dates are plain `YYYY-MM-DD` calendar days (like `lesson_plans.date`); the
 * arithmetic runs in UTC so daylight-saving changes never shift a day. School days are Monday to
 * Friday (the demo knows no holidays).
 */

import { addDays, isCalendarDate, nextSchoolDay, planningMonday, schoolDaysOf } from '#core/domain/calendar';

export { addDays };

/** Today on the server's own calendar (its local time zone), as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type DemoWeek = {
  today: string;
  /** Monday … Friday of the week being planned: the one containing `today`, or the coming one at the weekend. */
  schoolDays: [string, string, string, string, string];
  /** The first school day after `today`: "tomorrow's lesson". */
  nextSchoolDay: string;
  /** The school days to plan: `schoolDays`, plus `nextSchoolDay` when it falls in the following week. */
  planDays: string[];
  /** The date of a weekday (1 = Monday … 5 = Friday) of the previous week. */
  previousWeek: (weekday: 1 | 2 | 3 | 4 | 5) => string;
};

export function demoWeek(today: string): DemoWeek {
  if (!isCalendarDate(today)) throw new Error(`Not a calendar date: ${today}`);
  const monday = planningMonday(today);
  const schoolDays = schoolDaysOf(monday) as DemoWeek['schoolDays'];
  const next = nextSchoolDay(today);
  const planDays = next > schoolDays[4] ? [...schoolDays, next] : [...schoolDays];
  return {
    today,
    schoolDays,
    nextSchoolDay: next,
    planDays,
    previousWeek: (weekday) => addDays(monday, weekday - 1 - 7),
  };
}
