import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ArtefactType, Meeting } from '#core/contracts/meetings';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { AttendancePanel } from '../../features/meetings/AttendancePanel';
import { textIn } from '../../features/meetings/format';
import { MeetingStudentWork } from '../../features/meetings/MeetingStudentWork';
import { NotesPanel } from '../../features/meetings/NotesPanel';
import { ActionItemsPanel, DecisionsPanel } from '../../features/meetings/OutcomesPanel';
import { StepPanel } from '../../features/meetings/StepPanel';
import { useMeeting } from '../../features/meetings/useMeetings';
import { formatDateTime } from '../../lib/format';
import '../../features/meetings/meetings.css';

/** A meeting: the runner for the team (facilitator controls for who runs it), the overview for leaders. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  return (
    <QueryState query={meeting} isEmpty={false} empty={null}>
      {meeting.data && <MeetingView meeting={meeting.data} />}
    </QueryState>
  );
}

function artefactPath(type: ArtefactType, id: string) {
  if (type === 'plan') return `/planner/plans/${id}`;
  if (type === 'unit') return `/units/${id}`;
  return `/student-work/${id}`;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('meetings');
  const [step, setStep] = useState(meeting.currentStepIndex);
  // Notes follow the facilitator's step; anyone may look back at another step.
  useEffect(() => setStep(meeting.currentStepIndex), [meeting.currentStepIndex]);
  const member = meeting.access === 'member';
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`${meeting.teamName} · ${formatDateTime(meeting.scheduledAt, i18n.language)} · ${textIn(meeting.protocol.name, i18n.language)} · ${t('runner.facilitator', { name: meeting.facilitatorName })}`}
        back={<Link to={`/teams/${meeting.teamId}`}>{t('runner.backToTeam', { team: meeting.teamName })}</Link>}
      />
      <div className="meeting-layout">
        <div className="stack">
          <Card title={t('runner.protocol')}>
            <StepPanel meeting={meeting} />
          </Card>
          {member ? (
            <Card title={t('notes.title')}>
              <Select
                label={t('notes.step')}
                value={String(step)}
                onChange={(e) => setStep(Number(e.target.value))}
                options={meeting.protocol.steps.map((s, i) => ({
                  value: String(i),
                  label: `${i + 1}. ${textIn(s.title, i18n.language)}`,
                }))}
              />
              <NotesPanel key={step} meetingId={meeting.id} step={step} live={meeting.state !== 'ended'} />
            </Card>
          ) : (
            <Alert tone="info">{t('runner.overview')}</Alert>
          )}
          {member && meeting.artefacts?.some((a) => a.type === 'student-work') && (
            <Card title={t('studentWork.title')}>
              <MeetingStudentWork meeting={meeting} />
            </Card>
          )}
        </div>
        <div className="stack">
          {member && (
            <>
              <Card title={t('decisions.title')}>
                <DecisionsPanel meeting={meeting} step={step} />
              </Card>
              <Card title={t('actionItems.title')}>
                <ActionItemsPanel meeting={meeting} />
              </Card>
              {meeting.artefacts && meeting.artefacts.length > 0 && (
                <Card title={t('runner.artefacts')}>
                  <ul>
                    {meeting.artefacts.map((a) => (
                      <li key={`${a.type}:${a.id}`}>
                        <Link to={artefactPath(a.type, a.id)}>{a.title}</Link>{' '}
                        <span className="muted">({t(`artefact.${a.type}`)})</span>
                      </li>
                    ))}
                  </ul>
                </Card>
              )}
            </>
          )}
          <Card title={t('attendance.title')}>
            <AttendancePanel key={meeting.attendees.map((a) => a.attendance).join()} meeting={meeting} />
          </Card>
        </div>
      </div>
    </>
  );
}
