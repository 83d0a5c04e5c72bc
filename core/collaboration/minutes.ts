import { addDays, isoWeekLabel, mondayOf, utcDay } from '../domain/calendar';

/**
 * Collaboration minutes (PEDAGOGY.md §5): how many minutes a team actually met each ISO week and
 * its longest consecutive block, against the benchmark of 90 consecutive minutes a week. Held
 * meetings only (actual start and end); overlapping or back-to-back meetings count as one block
 * and their shared minutes once.
 */
export const COLLABORATION_BENCHMARK_MINUTES = 90;

export type HeldMeeting = { start: Date; end: Date };
export type WeekMinutes = {
  /** Monday of the ISO week, YYYY-MM-DD (UTC). */
  weekStart: string;
  /** ISO week label, e.g. 2026-W47. */
  week: string;
  minutes: number;
  longestBlock: number;
  meetsBenchmark: boolean;
};

const MINUTE = 60_000;

/** Merges intervals that overlap or touch; the blocks come back in time order. */
export function mergeBlocks(meetings: readonly HeldMeeting[]): { start: number; end: number }[] {
  const sorted = meetings
    .map((m) => ({ start: m.start.getTime(), end: m.end.getTime() }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks: { start: number; end: number }[] = [];
  for (const m of sorted) {
    const last = blocks.at(-1);
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else blocks.push({ ...m });
  }
  return blocks;
}

/**
 * Minutes per ISO week from `from` to `to` (YYYY-MM-DD, inclusive; every week listed, empty ones
 * at zero). A block belongs to the week it starts in.
 */
export function collaborationMinutes(meetings: readonly HeldMeeting[], from: string, to: string): WeekMinutes[] {
  const weeks = new Map<string, { minutes: number; longestBlock: number }>();
  for (let monday = mondayOf(from); monday <= mondayOf(to); monday = addDays(monday, 7))
    weeks.set(monday, { minutes: 0, longestBlock: 0 });
  for (const block of mergeBlocks(meetings)) {
    const week = weeks.get(mondayOf(utcDay(new Date(block.start))));
    if (!week) continue;
    const minutes = Math.round((block.end - block.start) / MINUTE);
    week.minutes += minutes;
    week.longestBlock = Math.max(week.longestBlock, minutes);
  }
  return [...weeks].map(([weekStart, w]) => ({
    weekStart,
    week: isoWeekLabel(weekStart),
    minutes: w.minutes,
    longestBlock: w.longestBlock,
    meetsBenchmark: w.longestBlock >= COLLABORATION_BENCHMARK_MINUTES,
  }));
}
