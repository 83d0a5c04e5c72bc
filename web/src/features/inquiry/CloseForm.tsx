import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '#core/contracts/inquiry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';
import { useCloseInquiry } from './useInquiry';

/** Closes the inquiry with a summary: adopt, adapt or abandon, and why. */
export function CloseForm({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation('inquiry');
  const close = useCloseInquiry(inquiry.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [summary, setSummary] = useState('');
  const { errorFor, validate } = useFormErrors(close.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => required(errors, 'summary', summary))) return;
    close.mutate({ summary: summary.trim() });
  }

  return (
    <form ref={formRef} className="form stack" noValidate onSubmit={onSubmit} data-testid="inquiry-close-form">
      {close.error ? <ErrorAlert error={close.error} /> : null}
      <TextArea
        label={t('close.summary')}
        hint={t('close.summaryHint')}
        required
        rows={4}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={errorFor('summary')}
      />
      <FormActions busy={close.isPending} submitLabel={t('close.submit')} />
    </form>
  );
}
