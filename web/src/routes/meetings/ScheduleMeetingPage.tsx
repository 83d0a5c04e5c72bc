import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useMe } from '../../features/identity/useMe';
import { textIn } from '../../features/meetings/format';
import { useProtocols, useScheduleMeeting } from '../../features/meetings/useMeetings';
import { useTeam } from '../../features/organizations/useTeams';
import { usePlanList } from '../../features/planning/usePlans';
import { useStudentWork, useUnitList } from '../../features/units/useUnits';
import { localToday } from '../../lib/dates';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';

/**
 * Schedule a meeting of a team: protocol, time, who comes, what the team looks at (my lesson
 * plans, the team's units and its student work samples).
 */
export function ScheduleMeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('meetings');
  const team = useTeam(id);
  const protocols = useProtocols();
  return (
    <>
      <PageHeader
        title={t('schedule.title')}
        description={team.data?.name}
        back={<Link to={`/teams/${id}`}>{t('schedule.back')}</Link>}
      />
      <QueryState query={team} isEmpty={false} empty={null}>
        <QueryState query={protocols} isEmpty={false} empty={null}>
          {team.data && protocols.data && (
            <ScheduleForm
              teamId={id}
              members={team.data.members}
              protocols={protocols.data.items.map((p) => ({ id: p.id, name: p.name, minutes: p.minutes }))}
            />
          )}
        </QueryState>
      </QueryState>
    </>
  );
}

type Option = { id: string; name: { en?: string | undefined; es?: string | undefined }; minutes: number };

function ScheduleForm({
  teamId,
  members,
  protocols,
}: {
  teamId: string;
  members: { userId: string; name: string }[];
  protocols: Option[];
}) {
  const { t, i18n } = useTranslation('meetings');
  const navigate = useNavigate();
  const me = useMe().data;
  const schedule = useScheduleMeeting(teamId);
  const plans = usePlanList('mine');
  const units = useUnitList(teamId);
  const samples = useStudentWork({ teamId });
  const formRef = useRef<HTMLFormElement>(null);
  const [protocolId, setProtocolId] = useState('looking-at-student-work');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(localToday());
  const [time, setTime] = useState('15:30');
  const [duration, setDuration] = useState('');
  const [facilitatorId, setFacilitatorId] = useState(me?.id ?? members[0]?.userId ?? '');
  const [attendees, setAttendees] = useState<Set<string>>(() => new Set(members.map((m) => m.userId)));
  const [planIds, setPlanIds] = useState<Set<string>>(new Set());
  const [unitIds, setUnitIds] = useState<Set<string>>(new Set());
  const [sampleIds, setSampleIds] = useState<Set<string>>(new Set());
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(schedule.error);
  const chosen = protocols.find((p) => p.id === protocolId);

  const toggle = (set: Set<string>, value: string) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      required(errors, 'protocolId', protocolId);
      required(errors, 'scheduledAt', day && time ? 'x' : '');
    });
    if (!valid) return;
    schedule.mutate(
      {
        protocolId,
        title: title.trim() || undefined,
        scheduledAt: new Date(`${day}T${time}`).toISOString(),
        durationMinutes: duration ? Number(duration) : undefined,
        facilitatorId,
        attendeeIds: [...attendees],
        artefacts: [
          ...[...planIds].map((id) => ({ type: 'plan' as const, id })),
          ...[...unitIds].map((id) => ({ type: 'unit' as const, id })),
          ...[...sampleIds].map((id) => ({ type: 'student-work' as const, id })),
        ],
      },
      { onSuccess: (meeting) => navigate(`/meetings/${meeting.id}`) },
    );
  }

  const other = unmatchedServerErrors(['protocolId', 'scheduledAt', 'facilitatorId', 'title', 'durationMinutes']);
  return (
    <form ref={formRef} className="form stack" noValidate onSubmit={onSubmit} data-testid="schedule-meeting">
      {schedule.error ? <ErrorAlert error={schedule.error} /> : null}
      {other.length > 0 && (
        <ul className="field-error">
          {other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <Card title={t('schedule.what')}>
        <Select
          label={t('schedule.protocol')}
          required
          value={protocolId}
          onChange={(e) => setProtocolId(e.target.value)}
          options={protocols.map((p) => ({
            value: p.id,
            label: `${textIn(p.name, i18n.language)} (${t('minutesShort', { count: p.minutes })})`,
          }))}
          error={errorFor('protocolId')}
        />
        <TextField
          label={t('schedule.titleField')}
          hint={chosen ? t('schedule.titleHint', { name: textIn(chosen.name, i18n.language) }) : undefined}
          value={title}
          maxLength={500}
          onChange={(e) => setTitle(e.target.value)}
          error={errorFor('title')}
        />
        <div className="form-grid">
          <TextField
            label={t('schedule.day')}
            type="date"
            required
            value={day}
            onChange={(e) => setDay(e.target.value)}
            error={errorFor('scheduledAt')}
          />
          <TextField
            label={t('schedule.time')}
            type="time"
            required
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
          <TextField
            label={t('schedule.duration')}
            hint={chosen ? t('schedule.durationHint', { count: chosen.minutes }) : undefined}
            type="number"
            min={5}
            max={480}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            error={errorFor('durationMinutes')}
          />
        </div>
      </Card>
      <Card title={t('schedule.who')}>
        <Select
          label={t('schedule.facilitator')}
          value={facilitatorId}
          onChange={(e) => setFacilitatorId(e.target.value)}
          options={members.map((m) => ({ value: m.userId, label: m.name }))}
          error={errorFor('facilitatorId')}
        />
        <fieldset className="fieldset">
          <legend>{t('schedule.attendees')}</legend>
          {members.map((m) => (
            <label key={m.userId} className="checkbox">
              <input
                type="checkbox"
                checked={attendees.has(m.userId)}
                onChange={() => setAttendees((set) => toggle(set, m.userId))}
              />{' '}
              {m.name}
            </label>
          ))}
        </fieldset>
      </Card>
      <Card title={t('schedule.artefacts')}>
        <p className="muted">{t('schedule.artefactsHint')}</p>
        <QueryState
          query={plans.query}
          isEmpty={plans.items.length === 0}
          empty={<p className="muted">{t('schedule.noPlans')}</p>}
        >
          <fieldset className="fieldset">
            <legend>{t('schedule.plans')}</legend>
            {plans.items.slice(0, 20).map((plan) => (
              <label key={plan.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={planIds.has(plan.id)}
                  onChange={() => setPlanIds((set) => toggle(set, plan.id))}
                />{' '}
                {plan.title}
              </label>
            ))}
          </fieldset>
        </QueryState>
        <QueryState
          query={units.query}
          isEmpty={units.items.length === 0}
          empty={<p className="muted">{t('schedule.noUnits')}</p>}
        >
          <fieldset className="fieldset">
            <legend>{t('schedule.units')}</legend>
            {units.items.map((unit) => (
              <label key={unit.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={unitIds.has(unit.id)}
                  onChange={() => setUnitIds((set) => toggle(set, unit.id))}
                />{' '}
                {unit.title}
              </label>
            ))}
          </fieldset>
        </QueryState>
        <QueryState
          query={samples.query}
          isEmpty={samples.items.length === 0}
          empty={<p className="muted">{t('schedule.noStudentWork')}</p>}
        >
          <fieldset className="fieldset">
            <legend>{t('schedule.studentWork')}</legend>
            {samples.items.map((sample) => (
              <label key={sample.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={sampleIds.has(sample.id)}
                  onChange={() => setSampleIds((set) => toggle(set, sample.id))}
                />{' '}
                {sample.title}
              </label>
            ))}
          </fieldset>
        </QueryState>
      </Card>
      <FormActions busy={schedule.isPending} submitLabel={t('schedule.submit')} />
    </form>
  );
}
