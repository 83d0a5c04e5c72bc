/*
 * Where a cycle's data stands: the goal moves from the baseline towards the target, up or down
 * (fewer off-task minutes is a goal too), and progress checks are the points along the way.
 */

export type ProgressPoint = { date: string; value: number };

export type Progress = {
  direction: 'up' | 'down';
  /** The newest check's value (by date), or null before the first check. */
  latest: number | null;
  /** Share of the way from baseline to target, 0…1 clamped; null before the first check. */
  fraction: number | null;
  /** The newest check reached the target. */
  reached: boolean;
};

export function progressOf(baseline: number, target: number, checks: readonly ProgressPoint[]): Progress {
  const direction = target >= baseline ? 'up' : 'down';
  const newest = [...checks].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
  if (newest === undefined) return { direction, latest: null, fraction: null, reached: false };
  const span = target - baseline;
  const fraction = span === 0 ? 1 : Math.min(1, Math.max(0, (newest.value - baseline) / span));
  const reached = direction === 'up' ? newest.value >= target : newest.value <= target;
  return { direction, latest: newest.value, fraction, reached };
}
