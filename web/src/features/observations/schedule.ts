import { OBSERVATION_LIMITS } from '#core/contracts/observations';

/** "YYYY-MM-DD" plus some days, on the plain calendar (UTC arithmetic, so no daylight-saving shift). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The follow-up date offered for a visit typed as `datetime-local` ("2026-03-12T10:30"): 14 days later. */
export function defaultFollowUp(localDateTime: string): string {
  const day = localDateTime.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? addDays(day, OBSERVATION_LIMITS.followUpDays) : '';
}

/** A `datetime-local` value as an instant with its offset (the device's time zone), or null when incomplete. */
export function toInstant(localDateTime: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(localDateTime)) return null;
  const date = new Date(localDateTime);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a `datetime-local` value in the device's time zone (to edit a scheduled visit). */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 16);
}

/** The device's calendar day of an instant. */
export function localDay(iso: string): string {
  return toLocalInput(iso).slice(0, 10);
}

/** Groups items by the local day of an instant, days in order, keeping each day's order. */
export function groupByDay<T>(items: readonly T[], at: (item: T) => string): { day: string; items: T[] }[] {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const day = localDay(at(item));
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, list]) => ({ day, items: list }));
}
