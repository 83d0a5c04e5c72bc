import { addDays, isCalendarDate, mondayOf, nextSchoolDay, planningMonday, schoolDaysOf } from '#core/domain/calendar';

export { addDays, isCalendarDate, mondayOf, nextSchoolDay, planningMonday, schoolDaysOf };

/** Today on the teacher's own calendar (their device's time zone). */
export function localToday(now: Date = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** A date as the reader's language writes it: "Tue, Nov 24" / "mar, 24 nov". */
export function shortDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(utc(date));
}

export function longDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(utc(date));
}
