import { mondayOf, utcDay } from '../domain/calendar';

/**
 * One fact a source module's reader hands to impact: about one person in one ISO week, with what
 * it may be broken down by. Readers know nothing of initiatives; impact adds them up in buckets.
 */
export type SourceFact = {
  metric: string;
  personId: string;
  /** Monday of the ISO week (YYYY-MM-DD, UTC). */
  week: string;
  value: number;
  /**
   * How many observations `value` sums (default 1): a class result is `value` students
   * proficient out of `weight` tested, so means weigh a class of 30 thirty times a class of 1.
   */
  weight?: number;
  schoolId?: string | null;
  teamId?: string | null;
  subject?: string | null;
  practiceId?: string | null;
};

/**
 * What a reader returns for "changed since": every person-week touched since the watermark and,
 * for those person-weeks, ALL their facts (not only the changed ones), so impact can replace the
 * buckets whole instead of adding to them — a record edited twice is never counted twice.
 */
export type SourceBatch = { touched: { personId: string; week: string }[]; facts: SourceFact[] };

/** `(organizationId, since)`: since null means from the beginning. */
export type SourceReader = (organizationId: string, since: Date | null) => Promise<SourceBatch>;

export const weekOf = (moment: Date) => mondayOf(utcDay(moment));

/** The month a week belongs to (by its Monday), for the monthly grain. */
export const monthOf = (week: string) => `${week.slice(0, 7)}-01`;

/** Touched person-weeks, once each, from a list of (person, moment) pairs. */
export function touchedWeeks(rows: { personId: string; at: Date }[]): SourceBatch['touched'] {
  const seen = new Map<string, { personId: string; week: string }>();
  for (const row of rows) {
    const week = weekOf(row.at);
    seen.set(`${row.personId}|${week}`, { personId: row.personId, week });
  }
  return [...seen.values()];
}

/** Keeps the facts whose person-week is one of `touched` (a reader over-selects, then trims). */
export function withinTouched<T extends { personId: string; week: string }>(
  facts: T[],
  touched: SourceBatch['touched'],
): T[] {
  const keys = new Set(touched.map((t) => `${t.personId}|${t.week}`));
  return facts.filter((fact) => keys.has(`${fact.personId}|${fact.week}`));
}
