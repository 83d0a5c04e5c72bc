import type { Dashboard, DashboardMetric } from '#core/contracts/impact';
import type { ImpactReportInput, ImpactReportMetric } from '#core/contracts/impact-report';
import type { Locale } from '#core/domain/roles';

const LEVEL_TITLES = {
  en: ['Reactions', 'Learning', 'Organisational support', 'Use in practice', 'Student outcomes'],
  es: ['Reacciones', 'Aprendizaje', 'Apoyo de la organización', 'Uso en la práctica', 'Resultados de los estudiantes'],
} as const;
const EVIDENCE_NOTE = {
  en: 'Level 5 is evidence, not proof: many things besides this initiative change student results.',
  es: 'El nivel 5 es evidencia, no prueba: muchas cosas además de esta iniciativa cambian los resultados.',
} as const;
const UNITS: Record<string, string> = { share: '%', percent: '%', minutes: 'min', likert: '/5', score: '', count: '' };

const shownValue = (cell: DashboardMetric['value'], unit: string) =>
  cell.suppressed ? null : unit === 'share' ? Math.round(cell.value * 1000) / 10 : cell.value;

function metricOf(metric: DashboardMetric): ImpactReportMetric {
  const scale = (value: number | null) => (value === null ? null : metric.unit === 'share' ? value * 100 : value);
  return {
    label: metric.label,
    unit: UNITS[metric.unit] ?? metric.unit,
    value: shownValue(metric.value, metric.unit),
    suppressed: metric.value.suppressed,
    target: scale(metric.target?.value ?? null),
    series: metric.series.map((point) => ({
      period: point.period,
      value: shownValue(point.cell, metric.unit),
      suppressed: point.cell.suppressed,
    })),
    breakdown: metric.breakdowns.school.map((row) => ({
      label: row.label,
      value: shownValue(row.cell, metric.unit),
      suppressed: row.cell.suppressed,
    })),
  };
}

/**
 * The PDF report's input from a dashboard that was already suppressed (groups under five carry no
 * value to begin with): the measures that have data, by level, with the school breakdown as bars.
 */
export function reportInput(
  dashboard: Dashboard,
  about: { district: string; name: string; schoolYear: string; description: string; practices: string[] },
  locale: Locale,
  generatedAt: Date,
): ImpactReportInput {
  return {
    locale,
    district: about.district,
    initiative: {
      name: about.name,
      year: about.schoolYear,
      description: about.description,
      targetPractices: about.practices,
    },
    generatedAt: generatedAt.toISOString(),
    levels: dashboard.levels.map((level) => ({
      level: level.level,
      title: LEVEL_TITLES[locale][level.level - 1]!,
      // A completeness counted over fewer than five people is hidden like any other cell, never 0 %.
      completeness: level.completeness.people.suppressed ? null : level.completeness.people.value,
      ...(level.evidenceNotProof ? { note: EVIDENCE_NOTE[locale] } : {}),
      metrics: level.metrics.filter((metric) => metric.hasData).map(metricOf),
    })),
  };
}
