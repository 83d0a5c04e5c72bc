import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf } from '#core/cycles/index';
import { Table } from '../../components/Table';
import { calendarDay } from '../../lib/dates';
import { CHART, chartGeometry } from './chartGeometry';
import { formatValue } from './format';

type Props = {
  unit: 'percent' | 'count';
  baseline: number;
  target: number;
  start: string;
  targetDate: string;
  checks: readonly { id: string; date: string; value: number; note: string | null }[];
};

/**
 * The progress checks as a small line chart — an SVG written here rather than a chart library,
 * since one line, two reference lines and a handful of points do not need one (and it keeps the
 * bundle small). The picture is described in words for screen readers, and the same numbers
 * are one click away as a table.
 */
export function ProgressChart({ unit, baseline, target, start, targetDate, checks }: Props) {
  const { t, i18n } = useTranslation('cycles');
  const titleId = useId();
  const descId = useId();
  const g = chartGeometry({ unit, baseline, target, start, targetDate, checks });
  const value = (v: number) => formatValue(v, unit, i18n.language);
  const day = (d: string) => calendarDay(d, i18n.language);
  const progress = progressOf(baseline, target, checks);
  const summary =
    progress.latest === null
      ? t('chart.summaryEmpty', { baseline: value(baseline), target: value(target), date: day(targetDate) })
      : t('chart.summary', {
          count: checks.length,
          baseline: value(baseline),
          latest: value(progress.latest),
          target: value(target),
          date: day(targetDate),
        });

  return (
    <figure className="cycle-chart" data-testid="progress-chart">
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="cycle-chart-svg"
      >
        <title id={titleId}>{t('chart.title')}</title>
        <desc id={descId}>{summary}</desc>
        {g.yTicks.map((tick) => (
          <g key={tick.value} className="cycle-chart-grid">
            <line x1={g.left} x2={g.right} y1={tick.y} y2={tick.y} />
            <text x={g.left - 6} y={tick.y + 4} textAnchor="end">
              {value(tick.value)}
            </text>
          </g>
        ))}
        <line className="cycle-chart-axis" x1={g.left} x2={g.right} y1={g.bottom} y2={g.bottom} />
        <text className="cycle-chart-day" x={g.left} y={g.bottom + 20} textAnchor="start">
          {day(g.firstDay)}
        </text>
        <text className="cycle-chart-day" x={g.right} y={g.bottom + 20} textAnchor="end">
          {day(g.lastDay)}
        </text>
        <line className="cycle-chart-baseline" x1={g.left} x2={g.right} y1={g.baselineY} y2={g.baselineY} />
        <line className="cycle-chart-target" x1={g.left} x2={g.right} y1={g.targetY} y2={g.targetY} />
        <line className="cycle-chart-deadline" x1={g.targetX} x2={g.targetX} y1={g.top} y2={g.bottom} />
        {g.points.length > 1 && <path className="cycle-chart-line" d={g.path} />}
        {g.points.map((point) => (
          <circle
            key={point.id}
            className="cycle-chart-point"
            cx={point.x}
            cy={point.y}
            r={4}
            data-testid="chart-point"
          />
        ))}
      </svg>
      <figcaption className="cycle-chart-legend">
        <span className="cycle-legend cycle-legend-line">{t('chart.checks')}</span>
        <span className="cycle-legend cycle-legend-baseline">{t('chart.baseline', { value: value(baseline) })}</span>
        <span className="cycle-legend cycle-legend-target">
          {t('chart.target', { value: value(target), date: day(targetDate) })}
        </span>
      </figcaption>
      <p className="muted small">{summary}</p>
      {checks.length > 0 && (
        <details className="cycle-chart-data">
          <summary>{t('chart.showTable')}</summary>
          <Table
            caption={t('chart.tableCaption')}
            columns={[
              { key: 'date', header: t('checks.date'), render: (c) => day(c.date) },
              { key: 'value', header: t('checks.value'), render: (c) => value(c.value) },
              { key: 'note', header: t('checks.note'), render: (c) => c.note ?? '' },
            ]}
            rows={checks}
            rowKey={(c) => c.id}
          />
        </details>
      )}
    </figure>
  );
}
