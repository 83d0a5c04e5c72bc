import { METRICS, type MetricDefinition } from '#core/impact/index';
import type { Db } from '../../db/client';
import { rollupRepo } from './rollup.repo';

export type DistrictMetric = { metric: string; value: number | null; people: number };
export type DistrictIndicators = (
  organizationId: string,
  span: { from: string; to: string },
  metrics: readonly string[],
) => Promise<DistrictMetric[]>;

/** How many weeks a span of days holds (both ends included; fractional, never under one). */
export function weeksIn(span: { from: string; to: string }): number {
  const days = (Date.parse(`${span.to}T00:00:00Z`) - Date.parse(`${span.from}T00:00:00Z`)) / 86_400_000 + 1;
  return Number.isFinite(days) ? Math.max(1, days / 7) : 1;
}

/**
 * District-wide values of impact metrics over a span of weeks (injected; the self-assessment sets
 * them beside its domains). Read from the rollup, whatever initiative or practice a fact is about,
 * with the metric's own combine rule and role filter; `people` counts the distinct people a value
 * rests on, so callers can suppress small groups. Initiative-only facts (pulse answers) are left out.
 * A "per person a week" metric (`perPersonWeek`) is spread over every week of the span, not only the
 * weeks someone was active: Σ value / (people it rests on × weeks in the span), holidays included.
 * One week of meetings in a year is therefore a small weekly figure, never a week's total.
 * The rollup holds what the last refresh read: values lag the work by one refresh.
 */
export const districtIndicatorsFrom =
  (db: Db): DistrictIndicators =>
  async (organizationId, span, metrics) => {
    const wanted = (METRICS as readonly MetricDefinition[]).filter((m) => metrics.includes(m.id));
    if (wanted.length === 0) return [];
    const rows = await rollupRepo.districtTotals(db, organizationId, span, wanted);
    const byMetric = new Map(rows.map((row) => [row.metric, row]));
    return wanted.map((m) => {
      const row = byMetric.get(m.id);
      if (!row) return { metric: m.id, value: null, people: 0 };
      const over = m.combine === 'perPersonWeek' ? row.people * weeksIn(span) : row.n;
      return { metric: m.id, value: over > 0 ? row.total / over : null, people: row.people };
    });
  };
