import type { BreakdownRow, Cell, Dashboard, DashboardLevel, DashboardMetric } from '#core/contracts/impact';
import { addDays, mondayOf } from '#core/domain/calendar';
import type { Locale } from '#core/domain/roles';
import {
  GUSKEY_LEVELS,
  type ImpactSource,
  METRICS,
  type MetricDefinition,
  meetsTarget,
  metricsOfLevel,
  type RawCell,
  suppressBreakdown,
  suppressCell,
} from '#core/impact/index';
import type { Aggregates } from './dashboard-views.repo';
import type { InitiativeRow } from './impact.repo';
import type { AggregateRow, Dimension } from './rollup.repo';

/** Everything a dashboard is made of, already read from the rollup tables. */
export type DashboardInput = {
  initiative: InitiativeRow;
  grain: 'week' | 'month';
  from: string;
  to: string;
  locale: Locale;
  refreshedAt: Date | null;
  wiredSources: Set<ImpactSource>;
  aggregates: Aggregates;
  names: { schools: Map<string, string>; teams: Map<string, string> };
};

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A group's number for a metric, with the distinct people behind it. */
function rawCell(metric: MetricDefinition, row: AggregateRow | undefined): RawCell {
  if (!row || row.n === 0) return { value: 0, people: 0 };
  const denominator = metric.combine === 'perPersonWeek' ? row.person_weeks : row.n;
  return { value: denominator > 0 ? round(row.total / denominator) : 0, people: row.people };
}

/** Each week's Monday, or each month's first day, from `from` to `to`. */
export function periodsOf(grain: 'week' | 'month', from: string, to: string): string[] {
  const periods: string[] = [];
  if (grain === 'week') {
    for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) periods.push(monday);
    return periods;
  }
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (;;) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > to) return periods;
    periods.push(first);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

const byMetric = (rows: AggregateRow[]) => {
  const map = new Map<string, AggregateRow[]>();
  for (const row of rows) map.set(row.metric, [...(map.get(row.metric) ?? []), row]);
  return map;
};

function breakdown(
  metric: MetricDefinition,
  rows: AggregateRow[] | undefined,
  label: (key: string) => string,
): BreakdownRow[] {
  const present = (rows ?? []).filter((row) => row.key !== null);
  // Facts with no school, team or subject are in the total but in no row: hidden, and counted so.
  const unlisted = (rows ?? []).find((row) => row.key === null);
  const shown = suppressBreakdown(
    present.map((row) => ({ key: row.key as string, cell: rawCell(metric, row) })),
    unlisted ? rawCell(metric, unlisted) : null,
  );
  return shown.map((row) => ({ key: row.key, label: label(row.key), cell: row.cell }));
}

/**
 * The five levels, every number through suppression: a cell, a series point or a breakdown row
 * from fewer than 5 people leaves as `{ suppressed: true }`, and a lone hidden row in a breakdown
 * takes the next smallest with it.
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const of = (dim: Dimension) => input.aggregates.rows.filter((row) => row.dim === dim);
  const totals = new Map(of('none').map((row) => [row.metric, row]));
  const series = byMetric(of(input.grain));
  const schools = byMetric(of('school'));
  const teams = byMetric(of('team'));
  const subjects = byMetric(of('subject'));
  const peopleByLevel = of('level');
  const inScopeTeachers = input.aggregates.inScopeTeachers;
  const periods = periodsOf(input.grain, input.from, input.to);
  const targets = input.initiative.targets;

  const metricOf = (metric: MetricDefinition): DashboardMetric => {
    const total = totals.get(metric.id);
    const value = suppressCell(rawCell(metric, total));
    const target = targets.find((t) => t.metricId === metric.id) ?? null;
    const points = new Map((series.get(metric.id) ?? []).map((row) => [row.key, row]));
    const seriesCells = suppressBreakdown(
      periods.map((period) => ({ key: period, cell: rawCell(metric, points.get(period)) })),
    );
    return {
      id: metric.id as DashboardMetric['id'],
      label: metric.label[input.locale],
      unit: metric.unit,
      direction: metric.direction,
      benchmark: metric.benchmark ?? null,
      value,
      target: target
        ? {
            value: target.value,
            byDate: target.byDate,
            met: meetsTarget(metric, value.suppressed ? null : value.value, target.value),
          }
        : null,
      series: seriesCells.map((point) => ({ period: point.key, cell: point.cell })),
      breakdowns: {
        school: breakdown(metric, schools.get(metric.id), (key) => input.names.schools.get(key) ?? key),
        team: breakdown(metric, teams.get(metric.id), (key) => input.names.teams.get(key) ?? key),
        subject: breakdown(metric, subjects.get(metric.id), (key) => key),
      },
      hasData: input.wiredSources.has(metric.source) && (total?.n ?? 0) > 0,
    };
  };

  const levels: DashboardLevel[] = GUSKEY_LEVELS.map((level) => {
    const metrics = metricsOfLevel(level).map(metricOf);
    const sources = [...new Set(metricsOfLevel(level).map((m) => m.source))];
    const withData = peopleByLevel.find((row) => row.metric === `l${level}`)?.people ?? 0;
    const people: Cell =
      inScopeTeachers >= 5
        ? suppressCell({ value: round(Math.min(1, withData / inScopeTeachers)), people: withData })
        : { suppressed: true };
    return {
      level,
      evidenceNotProof: level === 5,
      completeness: {
        sources: sources.map((source) => ({
          source,
          hasData: metrics.some((m) => m.hasData && METRICS.find((d) => d.id === m.id)?.source === source),
        })),
        people,
        inScopePeople: inScopeTeachers,
      },
      metrics,
    };
  });

  return {
    initiativeId: input.initiative.id,
    grain: input.grain,
    from: input.from,
    to: input.to,
    refreshedAt: input.refreshedAt?.toISOString() ?? null,
    levels,
  };
}

/** One table of the dashboard as CSV rows (the same suppressed cells: nothing more leaves). */
export function exportRows(dashboard: Dashboard, table: string) {
  const metrics = dashboard.levels
    .flatMap((level) => level.metrics.map((metric) => ({ level: level.level, metric })))
    .filter(({ level, metric }) => table === `level-${level}` || table === metric.id);
  const line = (
    level: number,
    metric: DashboardMetric,
    dimension: string,
    key: string,
    label: string,
    cell: Cell,
  ): (string | number | null)[] => [
    level,
    metric.id,
    metric.label,
    dimension,
    key,
    label,
    cell.suppressed ? null : cell.value,
    cell.suppressed ? null : cell.people,
    cell.suppressed ? 'yes' : 'no',
    metric.target?.value ?? null,
  ];
  const rows: (string | number | null)[][] = [];
  for (const { level, metric } of metrics) {
    rows.push(line(level, metric, 'total', '', '', metric.value));
    for (const point of metric.series)
      rows.push(line(level, metric, dashboard.grain, point.period, point.period, point.cell));
    for (const dimension of ['school', 'team', 'subject'] as const)
      for (const row of metric.breakdowns[dimension])
        rows.push(line(level, metric, dimension, row.key, row.label, row.cell));
  }
  return rows;
}

export const EXPORT_HEADER = [
  'level',
  'metric',
  'metric_label',
  'dimension',
  'key',
  'label',
  'value',
  'people',
  'suppressed',
  'target',
];
