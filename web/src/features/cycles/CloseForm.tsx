import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '#core/contracts/cycles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';
import { useCloseCycle } from './useCycles';

/** The coach closes the cycle with what happened to the goal; afterwards only the teacher's reflection may change. */
export function CloseForm({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const close = useCloseCycle(cycle.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState('');
  const { errorFor, validate } = useFormErrors(close.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => required(errors, 'outcome', outcome))) return;
    close.mutate({ outcome: outcome.trim() });
  }

  return (
    <form ref={formRef} className="form stack" noValidate onSubmit={onSubmit} data-testid="close-form">
      {close.error ? <ErrorAlert error={close.error} /> : null}
      <TextArea
        label={t('close.outcome')}
        hint={t('close.outcomeHint')}
        required
        rows={3}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        error={errorFor('outcome')}
      />
      <FormActions busy={close.isPending} submitLabel={t('close.submit')} />
    </form>
  );
}
