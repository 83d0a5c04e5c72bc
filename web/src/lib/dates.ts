/** Today on the reader's own calendar (their device's time zone), as a plain "YYYY-MM-DD" day. */
export function localToday(now: Date = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/**
 * A plain day ("YYYY-MM-DD", as lesson dates are stored) in the reader's language. Formatted in
 * UTC on purpose: the day has no time, so no time zone may move it to the day before.
 */
export function formatDay(date: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A plain day with its year, short: "22 Nov 2026" / "22 nov 2026". */
export const calendarDay = (day: string, language: string) =>
  formatDay(day, language, { day: 'numeric', month: 'short', year: 'numeric' });
