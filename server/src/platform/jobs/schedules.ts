import { isoWeekLabel, mondayOf, utcDay } from '#core/domain/calendar';

/** A periodic job: for a moment in time, the one slot (and its job) that should exist, or none yet. */
export type Schedule = {
  kind: string;
  slot: (now: Date) => { key: string; runAt: Date } | null;
};

const DAY_MS = 86_400_000;

/** One job per interval, keyed by the interval's start: every instance agrees on the key. */
export function every(kind: string, intervalMs: number): Schedule {
  return {
    kind,
    slot: (now) => {
      const start = new Date(Math.floor(now.getTime() / intervalMs) * intervalMs);
      return { key: `${kind}@${start.toISOString()}`, runAt: start };
    },
  };
}

/**
 * One job a day at `hourUtc`. Before that hour there is no slot yet; a server that was down at
 * that hour still runs the day's job when it starts later that day.
 */
export function dailyAt(kind: string, hourUtc: number): Schedule {
  return {
    kind,
    slot: (now) => {
      const day = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
      const runAt = new Date(day.getTime() + hourUtc * 3_600_000);
      if (now < runAt) return null;
      return { key: `${kind}@${day.toISOString().slice(0, 10)}`, runAt };
    },
  };
}

/**
 * One job a week, on Monday at `hourUtc`, keyed by the ISO week; a server down then still runs the
 * week's job when it starts later that week.
 */
export function mondaysAt(kind: string, hourUtc: number): Schedule {
  return {
    kind,
    slot: (now) => {
      const today = utcDay(now);
      const runAt = new Date(Date.parse(`${mondayOf(today)}T00:00:00Z`) + hourUtc * 3_600_000);
      if (now < runAt) return null;
      return { key: `${kind}@${isoWeekLabel(today)}`, runAt };
    },
  };
}
