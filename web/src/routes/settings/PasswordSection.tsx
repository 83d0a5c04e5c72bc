import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { NewPasswordFields } from '../../features/identity/NewPasswordFields';
import { useChangePassword } from '../../features/identity/useAccount';
import { useFormErrors } from '../../lib/useFormErrors';
import { password as checkPassword, required } from '../../lib/validate';

export function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errorFor, validate } = useFormErrors(change.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      required(errors, 'currentPassword', current);
      checkPassword(errors, 'newPassword', next);
      if (next !== repeat) errors.repeat = 'common:validation.passwordsDiffer';
    });
    if (!valid) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
      },
    );
  }

  return (
    <Card title={t('settings:password.title')}>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        {change.isSuccess && <Alert tone="success">{t('settings:password.changed')}</Alert>}
        {change.error ? <ErrorAlert error={change.error} /> : null}
        <TextField
          label={t('settings:password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={errorFor('currentPassword')}
        />
        <NewPasswordFields
          password={next}
          repeat={repeat}
          onPassword={setNext}
          onRepeat={setRepeat}
          passwordError={errorFor('newPassword')}
          repeatError={errorFor('repeat')}
        />
        <FormActions busy={change.isPending} submitLabel={t('settings:password.submit')} />
      </form>
    </Card>
  );
}
