import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#core/contracts/meetings';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAttendance } from './useMeetings';

/** Who came: the facilitator (or lead) ticks; everyone else reads. */
export function AttendancePanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const save = useAttendance(meeting.id);
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(meeting.attendees.map((a) => [a.userId, a.attendance !== 'absent'])),
  );
  if (!meeting.canRun)
    return (
      <ul className="plain-list" data-testid="attendance">
        {meeting.attendees.map((a) => (
          <li key={a.userId}>
            {a.name} — {t(`attendance.${a.attendance}`)}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="stack" data-testid="attendance">
      <fieldset className="fieldset">
        <legend>{t('attendance.legend')}</legend>
        {meeting.attendees.map((a) => (
          <label key={a.userId} className="checkbox">
            <input
              type="checkbox"
              checked={present[a.userId] ?? true}
              onChange={(e) => setPresent((p) => ({ ...p, [a.userId]: e.target.checked }))}
            />{' '}
            {a.name} <span className="muted">({t(`attendance.${a.attendance}`)})</span>
          </label>
        ))}
      </fieldset>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <div className="button-row">
        <Button
          variant="secondary"
          busy={save.isPending}
          onClick={() =>
            save.mutate(meeting.attendees.map((a) => ({ userId: a.userId, present: present[a.userId] ?? true })))
          }
        >
          {t('attendance.save')}
        </Button>
      </div>
    </div>
  );
}
