/*
 * The geometry of the progress chart, apart from React so it can be tested: plain days on the x
 * axis (so uneven gaps between checks look uneven), the measure on the y axis with the baseline
 * and the target as reference lines.
 */

export type ChartInput = {
  unit: 'percent' | 'count';
  baseline: number;
  target: number;
  /** YYYY-MM-DD: the cycle's first day and its target date frame the x axis. */
  start: string;
  targetDate: string;
  checks: readonly { id: string; date: string; value: number }[];
};

/** Small on purpose: at 360 px wide the labels still read at about 10 px. */
export const CHART = { width: 420, height: 220, left: 44, right: 12, top: 12, bottom: 30 } as const;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Round steps (1, 2, 5 × 10ⁿ) so the y axis reads 0, 25, 50… or 0, 20, 40…, never 0, 37, 74. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function chartGeometry(input: ChartInput) {
  const days = [input.start, input.targetDate, ...input.checks.map((c) => c.date)].map(dayNumber);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.max(1, last - first);
  const values = [input.baseline, input.target, ...input.checks.map((c) => c.value)];
  const top = input.unit === 'percent' ? 100 : niceMax(Math.max(...values) * 1.1);
  const innerWidth = CHART.width - CHART.left - CHART.right;
  const innerHeight = CHART.height - CHART.top - CHART.bottom;
  const x = (day: string) => CHART.left + ((dayNumber(day) - first) / span) * innerWidth;
  const y = (value: number) => CHART.top + (1 - Math.min(value, top) / top) * innerHeight;
  const sorted = [...input.checks].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const points = sorted.map((check) => ({ ...check, x: x(check.date), y: y(check.value) }));
  return {
    points,
    path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
    baselineY: y(input.baseline),
    targetY: y(input.target),
    targetX: x(input.targetDate),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ value: share * top, y: y(share * top) })),
    firstDay: new Date(first * 86_400_000).toISOString().slice(0, 10),
    lastDay: new Date(last * 86_400_000).toISOString().slice(0, 10),
    left: CHART.left,
    right: CHART.width - CHART.right,
    bottom: CHART.height - CHART.bottom,
    top: CHART.top,
  };
}
