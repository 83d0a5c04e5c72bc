import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Cycle, PRACTICE_SESSION_KINDS, type PracticeSessionKind } from '#core/contracts/cycles';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { localToday } from '../../lib/dates';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';
import { useClientId } from './useClientId';
import { useAddSession } from './useCycles';

/** The coach logs a practice session: modelling, co-planning, rehearsal… */
export function SessionForm({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const add = useAddSession(cycle.id);
  const formRef = useRef<HTMLFormElement>(null);
  const clientId = useClientId();
  const [date, setDate] = useState(localToday());
  const [kind, setKind] = useState<PracticeSessionKind>('modelling');
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState(false);
  const { errorFor, validate } = useFormErrors(add.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (!validate(formRef.current, (errors) => required(errors, 'date', date))) return;
    add.mutate(
      { clientId: clientId.id, date, kind, notes: notes.trim() || null },
      {
        onSuccess: () => {
          clientId.next();
          setNotes('');
          setSaved(true);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form stack" noValidate onSubmit={onSubmit} data-testid="session-form">
      {saved && <Alert tone="success">{t('sessions.saved')}</Alert>}
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <div className="form-grid">
        <TextField
          label={t('sessions.date')}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errorFor('date')}
        />
        <Select
          label={t('sessions.kind')}
          options={PRACTICE_SESSION_KINDS.map((k) => ({ value: k, label: t(`sessionKinds.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.target.value as PracticeSessionKind)}
          error={errorFor('kind')}
        />
      </div>
      <TextArea
        label={t('sessions.notes')}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={errorFor('notes')}
      />
      <FormActions busy={add.isPending} submitLabel={t('sessions.add')} />
    </form>
  );
}
