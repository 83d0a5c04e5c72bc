import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inquiry } from '#core/contracts/inquiry';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import { useUpdateInquiry } from './useInquiry';

/** The result, read against the prediction, and the reflection: what "reflect" and "share" ask for. */
export function ResultForm({ inquiry, open }: { inquiry: Inquiry; open: boolean }) {
  const { t } = useTranslation('inquiry');
  const update = useUpdateInquiry(inquiry.id);
  const [result, setResult] = useState(inquiry.result ?? '');
  const [reflection, setReflection] = useState(inquiry.reflection ?? '');
  const [saved, setSaved] = useState(false);
  const { errorFor } = useFormErrors(update.error);

  if (!open)
    return (
      <dl className="inquiry-facts">
        <dt>{t('result.result')}</dt>
        <dd>{inquiry.result ?? t('plan.none')}</dd>
        <dt>{t('result.reflection')}</dt>
        <dd>{inquiry.reflection ?? t('plan.none')}</dd>
      </dl>
    );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { result: result.trim() || null, reflection: reflection.trim() || null },
      { onSuccess: () => setSaved(true) },
    );
  }

  return (
    <form className="form stack" noValidate onSubmit={onSubmit} data-testid="result-form">
      {saved && <Alert tone="success">{t('result.saved')}</Alert>}
      {update.error ? <ErrorAlert error={update.error} /> : null}
      {inquiry.prediction && (
        <p className="field-hint">
          {t('result.yourPrediction')} <q>{inquiry.prediction}</q>
        </p>
      )}
      <TextArea
        label={t('result.result')}
        hint={t('result.resultHint')}
        rows={3}
        value={result}
        onChange={(e) => setResult(e.target.value)}
        error={errorFor('result')}
      />
      <TextArea
        label={t('result.reflection')}
        hint={t('result.reflectionHint')}
        rows={4}
        value={reflection}
        onChange={(e) => setReflection(e.target.value)}
        error={errorFor('reflection')}
      />
      <FormActions busy={update.isPending} submitLabel={t('result.save')} />
    </form>
  );
}
