import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '#core/contracts/cycles';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import { useUpdateCycle } from './useCycles';

/** The teacher's own words on the cycle: any time, also after the close. */
export function TeacherReflectionForm({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const update = useUpdateCycle(cycle.id);
  const [text, setText] = useState(cycle.teacherReflection ?? '');
  const [saved, setSaved] = useState(false);
  const { errorFor } = useFormErrors(update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    update.mutate({ teacherReflection: text.trim() || null }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form className="form stack" noValidate onSubmit={onSubmit} data-testid="reflection-form">
      {saved && <Alert tone="success">{t('reflection.saved')}</Alert>}
      {update.error ? <ErrorAlert error={update.error} /> : null}
      <TextArea
        label={t('reflection.label')}
        hint={cycle.closedAt ? t('reflection.hintClosed') : t('reflection.hintOpen')}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errorFor('teacherReflection')}
      />
      <FormActions busy={update.isPending} submitLabel={t('reflection.save')} />
    </form>
  );
}
