import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { WalkReport } from '#core/contracts/walks';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Table } from '../../components/Table';
import { groupLabel } from '../../features/walks/labels';
import { PatternBars } from '../../features/walks/PatternBars';
import { useWalkReport } from '../../features/walks/useWalks';
import { formatDay } from '../../lib/dates';
import '../../features/walks/walks.css';

/**
 * What was seen across the school: rooms visited, the share of rooms where the focus look-for was
 * seen, students showing it, groups of five rooms or more, and the notes in text order. Nothing
 * in it names a teacher or points at a room.
 */
export function WalkReportPage() {
  const { t, i18n } = useTranslation('walks');
  const { id = '' } = useParams();
  const report = useWalkReport(id);
  const walk = report.data?.walk;

  return (
    <>
      <PageHeader
        title={t('report.title')}
        back={<Link to="/walks">{t('backToList')}</Link>}
        description={
          walk ? `${walk.schoolName} · ${formatDay(walk.date, i18n.language, { dateStyle: 'long' })}` : undefined
        }
      />
      <QueryState query={report} isEmpty={false} empty={null}>
        {report.data && <ReportBody report={report.data} />}
      </QueryState>
    </>
  );
}

function ReportBody({ report }: { report: WalkReport }) {
  const { t } = useTranslation('walks');
  const { walk } = report;
  return (
    <div className="stack" data-testid="walk-report">
      <Card>
        <p className="muted small">{t('capture.focus')}</p>
        <p className="walk-figure">{walk.focus.lookForText}</p>
        <p className="muted small">
          {walk.focus.practiceTitle}{' '}
          {walk.status === 'open' ? <Badge tone="info">{t('status.open')}</Badge> : <Badge>{t('status.closed')}</Badge>}
        </p>
        {walk.purpose && <p>{walk.purpose}</p>}
        <p className="muted small">{t('report.nonEvaluative')}</p>
        {walk.canCapture && <Link to={`/walks/${walk.id}`}>{t('report.backToCapture')}</Link>}
      </Card>

      <Card title={t('report.patternTitle')}>
        <p data-testid="rooms-visited">{t('summary.rooms', { count: report.roomsVisited })}</p>
        {report.suppressed || !report.pattern ? (
          <Alert tone="info" title={t('report.suppressedTitle')}>
            {t('report.suppressed', { min: report.minimumGroup })}
          </Alert>
        ) : (
          <>
            <p className="walk-figure" data-testid="seen-at-least-partly">
              {t('report.seenAtLeastPartly', {
                percent: report.pattern.seenAtLeastPartly.percent,
                count: report.pattern.seenAtLeastPartly.rooms,
                total: report.roomsVisited,
              })}
            </p>
            <PatternBars pattern={report.pattern} testId="pattern" />
            {report.students ? (
              <p data-testid="students">
                {t('report.students', {
                  percent: report.students.percent,
                  showing: report.students.showing,
                  observed: report.students.observed,
                  count: report.students.rooms,
                })}
              </p>
            ) : (
              <p className="muted">{t('report.studentsHidden', { min: report.minimumGroup })}</p>
            )}
          </>
        )}
      </Card>

      {!report.suppressed && (
        <>
          <Breakdown report={report} dimension="gradeBand" />
          <Breakdown report={report} dimension="subject" />
          <Card title={t('report.notesTitle')}>
            <p className="muted small">{t('report.notesHint')}</p>
            {report.notes.length === 0 ? (
              <p className="muted">{t('report.noNotes')}</p>
            ) : (
              <ul className="walk-notes" data-testid="notes">
                {report.notes.map((note, i) => (
                  // Notes may repeat; their order is their text, so the index is a stable key here.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={`${i}-${note}`}>{note}</li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </div>
  );
}

function Breakdown({ report, dimension }: { report: WalkReport; dimension: 'gradeBand' | 'subject' }) {
  const { t } = useTranslation('walks');
  const breakdown = dimension === 'gradeBand' ? report.byGradeBand : report.bySubject;
  if (!breakdown) return null;
  const title = dimension === 'gradeBand' ? t('report.byGradeBand') : t('report.bySubject');
  return (
    <Card title={title}>
      {breakdown.withheld ? (
        <p className="muted">{t('report.withheld', { min: report.minimumGroup })}</p>
      ) : breakdown.groups.length === 0 ? (
        <p className="muted">{t('report.noGroups', { min: report.minimumGroup })}</p>
      ) : (
        <>
          <Table
            caption={title}
            rowKey={(g) => g.key}
            rows={breakdown.groups}
            columns={[
              { key: 'group', header: t('report.group'), render: (g) => groupLabel(dimension, g.key, t) },
              { key: 'rooms', header: t('report.rooms'), render: (g) => g.rooms },
              { key: 'seen', header: t('evidence.seen'), render: (g) => `${g.pattern.seen.percent} %` },
              { key: 'partly', header: t('evidence.partly'), render: (g) => `${g.pattern.partly.percent} %` },
              { key: 'notSeen', header: t('evidence.notSeen'), render: (g) => `${g.pattern.notSeen.percent} %` },
            ]}
          />
          {breakdown.roomsNotShown > 0 && (
            <p className="muted small">
              {t('report.notShown', { count: breakdown.roomsNotShown, min: report.minimumGroup })}
            </p>
          )}
        </>
      )}
    </Card>
  );
}
