import type { Locale } from '../domain/roles';

/*
 * What the PDF impact report of one initiative is drawn from (issue 6, "a superintendent could
 * hand it to a board"). The caller has already suppressed groups under five people: a suppressed
 * value is never printed and never shapes an axis, whatever number it carries.
 */

export type ImpactReportPoint = { period: string; value: number | null; suppressed: boolean };
export type ImpactReportBar = { label: string; value: number | null; suppressed: boolean };

export type ImpactReportMetric = {
  label: string;
  /** '%', 'minutes', 'plans'…: printed after each value ('%' joined to it). */
  unit: string;
  /** The latest value. */
  value: number | null;
  suppressed: boolean;
  target: number | null;
  /** Over time, oldest first: drawn as a line chart when it has two points or more. */
  series: ImpactReportPoint[];
  /** By school, team or subject: drawn as a bar chart. */
  breakdown: ImpactReportBar[];
};

export type ImpactReportLevel = {
  level: 1 | 2 | 3 | 4 | 5;
  title: string;
  /** Share of the expected data that exists, 0..1; null when it counts fewer than five people (not shown). */
  completeness: number | null;
  note?: string;
  metrics: ImpactReportMetric[];
};

export type ImpactReportInput = {
  locale: Locale;
  district: string;
  initiative: { name: string; year: string; description: string; targetPractices: string[] };
  /** ISO 8601 date-time. */
  generatedAt: string;
  levels: ImpactReportLevel[];
};
