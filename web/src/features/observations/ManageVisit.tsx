import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import { toInstant, toLocalInput } from './schedule';
import type { Observation } from './types';
import { useUpdateObservation } from './useObservations';

/** The observer moves the visit or its follow-up date, or cancels a visit whose feedback is not shared yet. */
export function ManageVisit({ observation }: { observation: Observation }) {
  const { t } = useTranslation('observations');
  const update = useUpdateObservation(observation.id);
  const cancel = useUpdateObservation(observation.id);
  const [when, setWhen] = useState(toLocalInput(observation.scheduledAt));
  const [duration, setDuration] = useState(String(observation.durationMinutes));
  const [followUpDue, setFollowUpDue] = useState(observation.followUpDue);
  const [confirming, setConfirming] = useState(false);
  const { errorFor, validate } = useFormErrors(update.error);
  const canReschedule = observation.status === 'scheduled' || observation.status === 'observed';
  const canCancel = canReschedule;

  return (
    <div className="stack">
      <form
        id="manage-visit"
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const ok = validate(e.currentTarget, (errors) => {
            if (canReschedule && !toInstant(when)) errors.scheduledAt = 'common:validation.required';
            const minutes = Number(duration);
            if (canReschedule && (!Number.isInteger(minutes) || minutes < 5 || minutes > 240))
              errors.durationMinutes = 'observations:schedule.durationRange';
            if (!followUpDue) errors.followUpDue = 'common:validation.required';
          });
          if (!ok) return;
          update.mutate(
            canReschedule
              ? { scheduledAt: toInstant(when) ?? undefined, durationMinutes: Number(duration), followUpDue }
              : { followUpDue },
          );
        }}
      >
        {canReschedule && (
          <div className="form-grid">
            <TextField
              id="manage-when"
              type="datetime-local"
              label={t('schedule.when')}
              required
              value={when}
              error={errorFor('scheduledAt')}
              onChange={(e) => setWhen(e.target.value)}
            />
            <TextField
              id="manage-duration"
              type="number"
              inputMode="numeric"
              min={5}
              max={240}
              label={t('schedule.duration')}
              value={duration}
              error={errorFor('durationMinutes')}
              onChange={(e) => setDuration(e.target.value)}
            />
          </div>
        )}
        <TextField
          id="manage-follow-up"
          type="date"
          label={t('schedule.followUpDue')}
          required
          value={followUpDue}
          error={errorFor('followUpDue')}
          onChange={(e) => setFollowUpDue(e.target.value)}
        />
        {update.isError && <ErrorAlert error={update.error} />}
        {update.isSuccess && <Alert tone="success">{t('manage.saved')}</Alert>}
        <FormActions busy={update.isPending} submitLabel={t('manage.save')}>
          {canCancel && (
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {t('manage.cancelVisit')}
            </Button>
          )}
        </FormActions>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('manage.cancelTitle')}
        confirmLabel={t('manage.cancelConfirm')}
        danger
        busy={cancel.isPending}
        error={cancel.error}
        onClose={() => setConfirming(false)}
        onConfirm={() => cancel.mutate({ status: 'cancelled' }, { onSuccess: () => setConfirming(false) })}
      >
        <p>{t('manage.cancelBody', { name: observation.teacher.name })}</p>
      </ConfirmDialog>
    </div>
  );
}
