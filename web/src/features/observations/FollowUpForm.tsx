import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STEP_PROGRESS, OBSERVATION_LIMITS } from '#core/contracts/observations';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import type { Observation } from './types';
import { useFollowUp } from './useObservations';

type Progress = (typeof ACTION_STEP_PROGRESS)[number];

/** How the action step went at the follow-up: done, progressing or not yet, and a note. */
export function FollowUpForm({ observation }: { observation: Observation }) {
  const { t } = useTranslation('observations');
  const [progress, setProgress] = useState<Progress | ''>(observation.followUp?.actionStepProgress ?? '');
  const [note, setNote] = useState(observation.followUp?.note ?? '');
  const [missing, setMissing] = useState(false);
  const save = useFollowUp(observation.id);

  return (
    <form
      id="follow-up-form"
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!progress) {
          setMissing(true);
          return;
        }
        save.mutate({ actionStepProgress: progress, note: note.trim() || undefined });
      }}
    >
      <fieldset className="choice-group" aria-describedby={missing ? 'follow-up-progress-error' : undefined}>
        <legend>{t('followUp.progress')}</legend>
        {ACTION_STEP_PROGRESS.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="actionStepProgress"
              value={value}
              checked={progress === value}
              onChange={() => {
                setMissing(false);
                setProgress(value);
              }}
            />
            {t(`progress.${value}`)}
          </label>
        ))}
        {missing && (
          <p id="follow-up-progress-error" className="field-error">
            {t('followUp.chooseProgress')}
          </p>
        )}
      </fieldset>
      <TextArea
        id="follow-up-note"
        label={t('followUp.note')}
        rows={3}
        maxLength={OBSERVATION_LIMITS.text}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      {save.isSuccess && <Alert tone="success">{t('followUp.saved')}</Alert>}
      <FormActions busy={save.isPending} submitLabel={t('followUp.save')} />
    </form>
  );
}
