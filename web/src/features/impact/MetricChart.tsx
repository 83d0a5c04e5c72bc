import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardMetric } from '#core/contracts/impact';
import { formatValue } from './format';

const W = 320;
const H = 120;
const PAD = 24;

/**
 * One measure over time as a small line chart: shown points joined, suppressed ones left as gaps,
 * the target (and a benchmark) as dashed lines. The figure describes itself in words; the table
 * beside it carries the same numbers for anyone who cannot see the chart.
 */
export function MetricChart({ metric }: { metric: DashboardMetric }) {
  const { t } = useTranslation('impact');
  const titleId = useId();
  const points = metric.series.map((p, i) => ({ i, period: p.period, v: p.cell.suppressed ? null : p.cell.value }));
  const shown = points.filter((p): p is { i: number; period: string; v: number } => p.v !== null);
  const lines = [metric.target?.value, metric.benchmark].filter((v): v is number => typeof v === 'number');
  const max = Math.max(1, ...shown.map((p) => p.v), ...lines) * 1.1;
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(1, points.length - 1);
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  const segments: string[] = [];
  let current = '';
  for (const p of points) {
    if (p.v === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? 'L' : 'M'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`;
  }
  if (current) segments.push(current);

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="impact-chart"
      role="img"
      aria-labelledby={titleId}
      data-testid={`chart-${metric.id}`}
    >
      <title id={titleId}>
        {t('chart.summary', {
          label: metric.label,
          shown: shown.length,
          total: points.length,
          target: metric.target ? formatValue(metric.target.value, metric.unit) : t('chart.noTarget'),
        })}
      </title>
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="impact-axis" />
      <line x1={PAD} x2={PAD} y1={PAD} y2={H - PAD} className="impact-axis" />
      {metric.target && (
        <line
          x1={PAD}
          x2={W - PAD}
          y1={y(metric.target.value)}
          y2={y(metric.target.value)}
          className="impact-target-line"
        />
      )}
      {metric.benchmark !== null && (
        <line x1={PAD} x2={W - PAD} y1={y(metric.benchmark)} y2={y(metric.benchmark)} className="impact-benchmark" />
      )}
      {segments.map((d) => (
        <path key={d} d={d} className="impact-line" />
      ))}
      {shown.map((p) => (
        <circle key={p.period} cx={x(p.i)} cy={y(p.v)} r={2.5} className="impact-dot" />
      ))}
    </svg>
  );
}
