/**
 * Calendar arithmetic on plain dates ("YYYY-MM-DD"), the way lesson dates are stored. It runs in
 * UTC on purpose: a lesson date has no time of day, so no time zone or daylight-saving change may
 * shift it. School days are Monday to Friday (no holidays yet).
 */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const format = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A real calendar day written as YYYY-MM-DD (not "2026-02-30"). */
export function isCalendarDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && format(toUtc(value)) === value;
}

export const addDays = (date: string, days: number) => format(toUtc(date) + days * DAY_MS);

/** The UTC calendar day of a moment: the server's "today" (districts' time zones come later). */
export const utcDay = (moment: Date) => format(moment.getTime());

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the ISO week containing `date`. */
export const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));

/** The ISO 8601 week label of any day, e.g. "2026-W48" (the week belongs to the year of its Thursday). */
export function isoWeekLabel(date: string): string {
  const monday = mondayOf(date);
  const year = Number(addDays(monday, 3).slice(0, 4));
  const firstMonday = mondayOf(`${year}-01-04`);
  const week = Math.round((toUtc(monday) - toUtc(firstMonday)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday to Friday of the week starting at `monday`. */
export const schoolDaysOf = (monday: string) => [0, 1, 2, 3, 4].map((n) => addDays(monday, n));

/** The first school day after `date` (Friday → Monday). */
export function nextSchoolDay(date: string): string {
  let next = addDays(date, 1);
  while (isoWeekday(next) > 5) next = addDays(next, 1);
  return next;
}

/** The week a teacher is planning on `today`: this one on school days, the coming one at the weekend. */
export const planningMonday = (today: string) => (isoWeekday(today) > 5 ? nextSchoolDay(today) : mondayOf(today));
