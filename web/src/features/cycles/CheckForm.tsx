import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '#core/contracts/cycles';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { localToday } from '../../lib/dates';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';
import { useClientId } from './useClientId';
import { useAddCheck } from './useCycles';
import { valueErrors } from './values';

/** A data point for the chart: the measure's value on a day (coach or teacher). */
export function CheckForm({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const add = useAddCheck(cycle.id);
  const formRef = useRef<HTMLFormElement>(null);
  const clientId = useClientId();
  const [date, setDate] = useState(localToday());
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const { errorFor, validate } = useFormErrors(add.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const valid = validate(formRef.current, (errors) => {
      required(errors, 'date', date);
      valueErrors(errors, cycle.unit, { value });
    });
    if (!valid) return;
    add.mutate(
      { clientId: clientId.id, date, value: Number(value), note: note.trim() || null },
      {
        onSuccess: () => {
          clientId.next();
          setValue('');
          setNote('');
          setSaved(true);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form stack" noValidate onSubmit={onSubmit} data-testid="check-form">
      {saved && <Alert tone="success">{t('checks.saved')}</Alert>}
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <div className="form-grid">
        <TextField
          label={t('checks.date')}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errorFor('date')}
        />
        <TextField
          label={`${t('checks.value')} (${cycle.unit === 'percent' ? t('fields.inPercent') : t('fields.inCount')})`}
          type="number"
          inputMode="decimal"
          min={0}
          max={cycle.unit === 'percent' ? 100 : undefined}
          step="any"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={errorFor('value')}
        />
      </div>
      <TextField
        label={t('checks.note')}
        hint={t('checks.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errorFor('note')}
      />
      <FormActions busy={add.isPending} submitLabel={t('checks.add')} />
    </form>
  );
}
