import { sql } from 'drizzle-orm';
import { METRICS, type MetricDefinition } from '#core/impact/index';
import type { Db } from '../../db/client';

export type DistrictMetric = { metric: string; value: number | null; people: number };
export type DistrictIndicators = (
  organizationId: string,
  span: { from: string; to: string },
  metrics: readonly string[],
) => Promise<DistrictMetric[]>;

type Row = { metric: string; total: number; n: number; people: number };

/** How many weeks a span of days holds (both ends included; fractional, never under one). */
export function weeksIn(span: { from: string; to: string }): number {
  const days = (Date.parse(`${span.to}T00:00:00Z`) - Date.parse(`${span.from}T00:00:00Z`)) / 86_400_000 + 1;
  return Number.isFinite(days) ? Math.max(1, days / 7) : 1;
}
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

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
    const roleRules = wanted
      .filter((m) => m.countsRoles)
      .map(
        (m) =>
          sql`(f.metric <> ${m.id} or exists (select 1 from impact_people p where p.organization_id = f.organization_id
            and p.person_id = f.person_id and p.role in (${sql.join(
              (m.countsRoles ?? []).map((r) => sql`${r}`),
              sql`, `,
            )})))`,
      );
    const rows = rowsOf<Row>(
      await db.execute(sql`
        select f.metric, sum(f.total)::float8 as total, sum(f.n)::int as n,
          count(distinct f.person_id)::int as people
        from impact_facts f
        where f.organization_id = ${organizationId}
          and f.week between ${span.from}::date and ${span.to}::date
          and f.initiative_id is null
          and f.metric in (${sql.join(
            wanted.map((m) => sql`${m.id}`),
            sql`, `,
          )})
          ${roleRules.length > 0 ? sql`and ${sql.join(roleRules, sql` and `)}` : sql``}
        group by f.metric`),
    );
    const byMetric = new Map(rows.map((row) => [row.metric, row]));
    return wanted.map((m) => {
      const row = byMetric.get(m.id);
      if (!row) return { metric: m.id, value: null, people: 0 };
      const over = m.combine === 'perPersonWeek' ? row.people * weeksIn(span) : row.n;
      return { metric: m.id, value: over > 0 ? row.total / over : null, people: row.people };
    });
  };
