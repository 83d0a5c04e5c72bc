import { useTranslation } from 'react-i18next';
import type { DashboardLevel, DashboardMetric } from '#core/contracts/impact';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { CellText } from './CellText';
import { formatValue } from './format';
import { MetricChart } from './MetricChart';

type Props = {
  level: DashboardLevel;
  csvHref: (table: string) => string;
  onDrill: (schoolId: string) => void;
};

/** One Guskey level: completeness, each measure with its chart and tables, CSV downloads. */
export function LevelSection({ level, csvHref, onDrill }: Props) {
  const { t } = useTranslation('impact');
  const completeness = level.completeness.people;
  const missing = level.completeness.sources.filter((s) => !s.hasData);
  return (
    <section
      className="card impact-level"
      aria-labelledby={`level-${level.level}`}
      data-testid={`level-${level.level}`}
    >
      <div className="card-header">
        <h2 id={`level-${level.level}`} className="card-title">
          {t(`levels.${level.level}`)}
        </h2>
        <div className="card-actions">
          {level.evidenceNotProof && <Badge tone="warning">{t('evidenceNotProof')}</Badge>}
          <Badge tone={completeness.suppressed ? 'neutral' : 'info'}>
            {completeness.suppressed
              ? t('completeness.few')
              : t('completeness.share', { percent: Math.round(completeness.value * 100) })}
          </Badge>
        </div>
      </div>
      {level.evidenceNotProof && <p className="field-hint">{t('evidenceNotProofHint')}</p>}
      {missing.length > 0 && (
        <p className="field-hint">
          {t('completeness.noDataFrom', { sources: missing.map((s) => t(`sources.${s.source}`)).join(', ') })}
        </p>
      )}
      <div className="impact-metrics">
        {level.metrics.map((metric) => (
          <MetricBlock key={metric.id} metric={metric} csvHref={csvHref} onDrill={onDrill} />
        ))}
      </div>
      <p>
        <a
          className="impact-csv"
          href={csvHref(`level-${level.level}`)}
          download
          data-testid={`csv-level-${level.level}`}
        >
          {t('csv.level', { level: level.level })}
        </a>
      </p>
    </section>
  );
}

function MetricBlock({ metric, csvHref, onDrill }: { metric: DashboardMetric } & Omit<Props, 'level'>) {
  const { t } = useTranslation('impact');
  return (
    <article className="impact-metric" data-testid={`metric-${metric.id}`}>
      <h3 className="impact-metric-title">{metric.label}</h3>
      {!metric.hasData ? (
        <p className="impact-suppressed">{t('noDataYet')}</p>
      ) : (
        <>
          <p className="impact-value">
            <CellText cell={metric.value} unit={metric.unit} />
          </p>
          {metric.target && (
            <p>
              {t('target', { value: formatValue(metric.target.value, metric.unit), date: metric.target.byDate })}{' '}
              {metric.target.met !== null && (
                <Badge tone={metric.target.met ? 'success' : 'neutral'}>
                  {metric.target.met ? t('met') : t('notYet')}
                </Badge>
              )}
            </p>
          )}
          <MetricChart metric={metric} />
          <details>
            <summary>{t('chart.table')}</summary>
            <table className="table impact-table">
              <caption className="visually-hidden">{metric.label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('period')}</th>
                  <th scope="col">{t('value')}</th>
                </tr>
              </thead>
              <tbody>
                {metric.series.map((point) => (
                  <tr key={point.period}>
                    <td>{point.period}</td>
                    <td>
                      <CellText cell={point.cell} unit={metric.unit} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {metric.breakdowns.school.length > 0 && (
            <table className="table impact-table" data-testid={`schools-${metric.id}`}>
              <caption>{t('bySchool')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('school')}</th>
                  <th scope="col">{t('value')}</th>
                </tr>
              </thead>
              <tbody>
                {metric.breakdowns.school.map((row) => (
                  <tr key={row.key}>
                    <td>
                      <Button variant="ghost" onClick={() => onDrill(row.key)}>
                        {row.label}
                      </Button>
                    </td>
                    <td>
                      <CellText cell={row.cell} unit={metric.unit} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {(['team', 'subject'] as const).map((dimension) =>
            metric.breakdowns[dimension].length > 0 ? (
              <details key={dimension}>
                <summary>{t(`by.${dimension}`)}</summary>
                <ul className="impact-list">
                  {metric.breakdowns[dimension].map((row) => (
                    <li key={row.key}>
                      {row.label}: <CellText cell={row.cell} unit={metric.unit} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null,
          )}
          <p>
            <a className="impact-csv" href={csvHref(metric.id)} download>
              {t('csv.metric')}
            </a>
          </p>
        </>
      )}
    </article>
  );
}
