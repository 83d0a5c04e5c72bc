import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_LIMITS } from '#core/contracts/observations';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import { useOrganization } from '../district-settings/useOrganization';
import { schoolIdsOf } from '../identity/roles';
import { useMe } from '../identity/useMe';
import { defaultFollowUp, toInstant } from './schedule';
import type { Observation } from './types';
import { useObservationFramework } from './useObservationFramework';
import { useScheduleObservation } from './useObservations';
import { useVisitable } from './useVisitable';

/** Kinds a coach or leader may schedule; evaluative only for school leaders where the district turned it on. */
const KINDS = ['coaching', 'peer', 'walkthrough', 'evaluative'] as const;
const FIELDS = ['teacherId', 'kind', 'scheduledAt', 'durationMinutes', 'focusPracticeIds', 'followUpDue', 'note'];

/** A coach or school leader schedules a visit to a teacher of their school. */
export function ScheduleForm({ onScheduled }: { onScheduled: (observation: Observation) => void }) {
  const { t } = useTranslation('observations');
  const me = useMe().data;
  const teachers = useVisitable(me);
  const schedule = useScheduleObservation();
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(schedule.error);

  const [teacherId, setTeacherId] = useState('');
  const [chosenKind, setKind] = useState<(typeof KINDS)[number]>('coaching');
  // A teacher makes peer visits only (the server refuses anything else from them).
  const kind = teachers.peerOnly ? 'peer' : chosenKind;
  const [when, setWhen] = useState('');
  const [duration, setDuration] = useState('20');
  const [focus, setFocus] = useState<string[]>([]);
  const [followUp, setFollowUp] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [tooMany, setTooMany] = useState(false);

  const mySchools = schoolIdsOf(
    me,
    ...(teachers.peerOnly ? (['teacher'] as const) : (['coach', 'school_leader'] as const)),
  );
  const evaluativeOn = useOrganization().data?.evaluativeObservations === true;
  const kinds = teachers.peerOnly
    ? (['peer'] as const)
    : KINDS.filter((value) => value !== 'evaluative' || (evaluativeOn && schoolIdsOf(me, 'school_leader').length > 0));
  const teacher = teachers.items.find((u) => u.id === teacherId);
  // The practices offered are those of the teacher's school (one the observer works in, when both).
  const teacherSchools = teacher?.schoolIds ?? [];
  const schoolId = teacherSchools.find((id) => mySchools.includes(id)) ?? teacherSchools[0] ?? mySchools[0] ?? null;
  const framework = useObservationFramework(schoolId, { enabled: !!me });
  const followUpDue = followUp ?? defaultFollowUp(when);

  const teacherOptions = useMemo(
    () =>
      teachers.items
        .filter((u) => u.id !== me?.id)
        .map((u) => ({ value: u.id, label: u.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [teachers.items, me?.id],
  );

  const toggleFocus = (id: string) => {
    setTooMany(false);
    setFocus((current) => {
      if (current.includes(id)) return current.filter((x) => x !== id);
      if (current.length >= OBSERVATION_LIMITS.focusPractices) {
        setTooMany(true);
        return current;
      }
      return [...current, id];
    });
  };

  return (
    <form
      id="schedule-observation"
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const ok = validate(e.currentTarget, (errors) => {
          if (!teacherId) errors.teacherId = 'common:validation.required';
          if (!toInstant(when)) errors.scheduledAt = 'common:validation.required';
          const minutes = Number(duration);
          if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240)
            errors.durationMinutes = 'observations:schedule.durationRange';
          if (!followUpDue) errors.followUpDue = 'common:validation.required';
          else if (followUpDue < when.slice(0, 10)) errors.followUpDue = 'observations:schedule.followUpBefore';
        });
        if (!ok) return;
        schedule.mutate(
          {
            teacherId,
            kind,
            scheduledAt: toInstant(when) as string,
            durationMinutes: Number(duration),
            focusPracticeIds: focus,
            followUpDue,
            note: note.trim() || undefined,
          },
          { onSuccess: onScheduled },
        );
      }}
    >
      {teachers.query.isPending ? (
        <Spinner />
      ) : (
        <Select
          id="schedule-teacher"
          label={teachers.peerOnly ? t('schedule.colleague') : t('schedule.teacher')}
          hint={teachers.peerOnly ? t('schedule.colleagueHint') : undefined}
          placeholder={t('schedule.chooseTeacher')}
          required
          options={teacherOptions}
          value={teacherId}
          error={errorFor('teacherId')}
          onChange={(e) => {
            setTeacherId(e.target.value);
            setFocus([]);
          }}
        />
      )}
      {teachers.query.isError && <ErrorAlert error={teachers.query.error} />}

      <fieldset className="choice-group">
        <legend className="field-label">{t('schedule.kind')}</legend>
        {kinds.map((value) => (
          <label key={value} className="choice choice-block">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            <span>
              <strong>{t(`kind.${value}`)}</strong>
              <span className="field-hint">{t(`kindHint.${value}`)}</span>
            </span>
          </label>
        ))}
        {errorFor('kind') && <p className="field-error">{errorFor('kind')}</p>}
      </fieldset>

      <div className="form-grid">
        <TextField
          id="schedule-when"
          type="datetime-local"
          label={t('schedule.when')}
          required
          value={when}
          error={errorFor('scheduledAt')}
          onChange={(e) => setWhen(e.target.value)}
        />
        <TextField
          id="schedule-duration"
          type="number"
          inputMode="numeric"
          min={5}
          max={240}
          label={t('schedule.duration')}
          required
          value={duration}
          error={errorFor('durationMinutes')}
          onChange={(e) => setDuration(e.target.value)}
        />
      </div>

      <fieldset className="fieldset" data-testid="focus-practices">
        <legend>{t('schedule.focus')}</legend>
        <p role="status" className={tooMany ? 'field-error' : 'field-hint'}>
          {tooMany
            ? t('schedule.focusTooMany', { max: OBSERVATION_LIMITS.focusPractices })
            : t('schedule.focusHint', { count: focus.length, max: OBSERVATION_LIMITS.focusPractices })}
        </p>
        {!teacherId ? (
          <p className="muted">{t('schedule.focusAfterTeacher')}</p>
        ) : framework.isPending ? (
          <Spinner />
        ) : framework.isError ? (
          <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />
        ) : (
          framework.data.domains.map((domain) => (
            <details key={domain.id} open={domain.practices.some((p) => focus.includes(p.id))}>
              <summary>{domain.title}</summary>
              {domain.practices.map((practice) => (
                <label key={practice.id} className="choice choice-block">
                  <input
                    type="checkbox"
                    checked={focus.includes(practice.id)}
                    onChange={() => toggleFocus(practice.id)}
                    data-practice-code={practice.code}
                  />
                  <span>
                    <strong>
                      {practice.code} {practice.title}
                    </strong>
                    {practice.description && <span className="field-hint">{practice.description}</span>}
                  </span>
                </label>
              ))}
            </details>
          ))
        )}
        {errorFor('focusPracticeIds') && <p className="field-error">{errorFor('focusPracticeIds')}</p>}
      </fieldset>

      <TextField
        id="schedule-follow-up"
        type="date"
        label={t('schedule.followUpDue')}
        hint={t('schedule.followUpHint', { days: OBSERVATION_LIMITS.followUpDays })}
        required
        value={followUpDue}
        error={errorFor('followUpDue')}
        onChange={(e) => setFollowUp(e.target.value)}
      />
      <TextArea
        id="schedule-note"
        label={t('schedule.note')}
        hint={t('schedule.noteHint')}
        rows={3}
        maxLength={OBSERVATION_LIMITS.shortText}
        value={note}
        error={errorFor('note')}
        onChange={(e) => setNote(e.target.value)}
      />
      {unmatchedServerErrors(FIELDS).map((message) => (
        <Alert key={message} tone="error">
          {message}
        </Alert>
      ))}
      {schedule.isError && <ErrorAlert error={schedule.error} />}
      <FormActions busy={schedule.isPending} submitLabel={t('schedule.submit')} />
    </form>
  );
}
