import { describe, expect, it } from 'vitest';
import { CHART, chartGeometry, niceMax } from './chartGeometry';

describe('chartGeometry', () => {
  const input = {
    unit: 'percent' as const,
    baseline: 40,
    target: 80,
    start: '2026-01-01',
    targetDate: '2026-01-11',
    checks: [
      { id: 'b', date: '2026-01-06', value: 60 },
      { id: 'a', date: '2026-01-01', value: 40 },
    ],
  };

  it('places checks by date and value, oldest first, between the start and the target date', () => {
    const g = chartGeometry(input);
    expect(g.points.map((p) => p.id)).toEqual(['a', 'b']);
    expect(g.points[0]!.x).toBe(CHART.left);
    expect(g.points[1]!.x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
    expect(g.targetX).toBe(CHART.width - CHART.right);
    expect(g.baselineY).toBeGreaterThan(g.targetY);
    expect(g.path.startsWith(`M${CHART.left}.0,`)).toBe(true);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
  });

  it('stretches the axis to a check after the target date, and scales counts to round numbers', () => {
    const g = chartGeometry({
      ...input,
      unit: 'count',
      baseline: 12,
      target: 4,
      checks: [{ id: 'late', date: '2026-01-21', value: 7 }],
    });
    expect(g.lastDay).toBe('2026-01-21');
    expect(g.points[0]!.x).toBe(CHART.width - CHART.right);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(132)).toBe(200);
  });
});
