import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_GROUP_SIZE, type SchoolObservationMetrics } from '#core/contracts/coaching';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { useSchoolMetrics } from './useSchoolMetrics';

const PERIODS = [1, 3, 12] as const;

/**
 * Counts and timeliness of a school's classroom visits for its leader: no names and no coaching
 * content, and nothing at all for groups under five (PEDAGOGY.md §6).
 */
export function SchoolMetricsCard({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  const { t } = useTranslation();
  const [months, setMonths] = useState<number>(3);
  const query = useSchoolMetrics(schoolId, months);

  return (
    <Card title={t('home:metrics.title', { school: schoolName })} testId={`school-metrics-${schoolId}`}>
      <p className="muted">{t('home:metrics.what')}</p>
      <Select
        label={t('home:metrics.period')}
        value={String(months)}
        onChange={(event) => setMonths(Number(event.target.value))}
        options={PERIODS.map((p) => ({ value: String(p), label: t('home:metrics.months', { count: p }) }))}
      />
      {query.isPending ? <Spinner /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <MetricsList metrics={query.data} /> : null}
    </Card>
  );
}

function MetricsList({ metrics: m }: { metrics: SchoolObservationMetrics }) {
  const { t, i18n } = useTranslation();
  if (m.suppressed)
    return <p data-testid="metrics-suppressed">{t('home:metrics.suppressed', { min: MIN_GROUP_SIZE })}</p>;
  const number = (value: number | null, digits = 1) =>
    value === null
      ? t('home:metrics.none')
      : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits }).format(value);
  return (
    <dl className="details-list" data-testid="metrics">
      <dt>{t('home:metrics.visitsPerTeacher')}</dt>
      <dd>{number(m.visitsPerTeacherPerMonth)}</dd>
      <dt>{t('home:metrics.teachersVisited')}</dt>
      <dd>{number(m.teachersVisited, 0)}</dd>
      <dt>{t('home:metrics.medianDays')}</dt>
      <dd>{number(m.medianDaysToFeedback)}</dd>
      <dt>{t('home:metrics.onTime')}</dt>
      <dd>
        {m.followUpsOnTimePercent === null
          ? t('home:metrics.none')
          : t('home:metrics.percentOf', { percent: m.followUpsOnTimePercent, count: m.followUpsDue ?? 0 })}
      </dd>
      <dt>{t('home:metrics.delay')}</dt>
      <dd>{number(m.meanFollowUpDelayDays)}</dd>
      <dt>{t('home:metrics.overdue')}</dt>
      <dd>{number(m.overdueFollowUps, 0)}</dd>
    </dl>
  );
}
