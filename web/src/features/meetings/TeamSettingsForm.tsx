import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_TYPES, type TeamType } from '#core/contracts/organizations';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import type { TeamDto as Team } from '../organizations/types';
import { useUpdateTeam } from './useMeetings';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A team's type and usual meeting time (its managers and its lead). */
export function TeamSettingsForm({ team }: { team: Team }) {
  const { t } = useTranslation('meetings');
  const update = useUpdateTeam(team.id);
  const [type, setType] = useState<TeamType>(team.type);
  const [weekday, setWeekday] = useState(team.cadence ? String(team.cadence.weekday) : '');
  const [startTime, setStartTime] = useState(team.cadence?.startTime ?? '15:30');
  const [minutes, setMinutes] = useState(String(team.cadence?.minutes ?? 90));
  const { errorFor } = useFormErrors(update.error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    update.mutate({
      type,
      cadence: weekday ? { weekday: Number(weekday), startTime, minutes: Number(minutes) } : null,
    });
  }

  return (
    <form className="form stack" noValidate onSubmit={onSubmit} data-testid="team-settings">
      {update.isSuccess && <Alert tone="success">{t('team.saved')}</Alert>}
      {update.error ? <ErrorAlert error={update.error} /> : null}
      <Select
        label={t('team.type')}
        value={type}
        onChange={(e) => setType(e.target.value as TeamType)}
        options={TEAM_TYPES.map((value) => ({ value, label: t(`teamType.${value}`) }))}
        error={errorFor('type')}
      />
      <div className="form-grid">
        <Select
          label={t('team.weekday')}
          value={weekday}
          onChange={(e) => setWeekday(e.target.value)}
          placeholder={t('team.noCadence')}
          options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekday.${d}`) }))}
          error={errorFor('cadence.weekday')}
        />
        <TextField
          label={t('team.startTime')}
          type="time"
          value={startTime}
          disabled={!weekday}
          onChange={(e) => setStartTime(e.target.value)}
          error={errorFor('cadence.startTime')}
        />
        <TextField
          label={t('team.minutes')}
          type="number"
          min={5}
          max={480}
          value={minutes}
          disabled={!weekday}
          onChange={(e) => setMinutes(e.target.value)}
          error={errorFor('cadence.minutes')}
        />
      </div>
      <FormActions busy={update.isPending} submitLabel={t('team.saveSettings')} />
    </form>
  );
}
