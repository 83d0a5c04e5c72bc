import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { NewPasswordFields } from '../../features/identity/NewPasswordFields';
import { useConfirmPasswordReset } from '../../features/identity/useAuth';
import { useFormErrors } from '../../lib/useFormErrors';
import { password as checkPassword } from '../../lib/validate';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errorFor, validate } = useFormErrors(confirm.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      checkPassword(errors, 'password', password);
      if (password !== repeat) errors.repeat = 'common:validation.passwordsDiffer';
    });
    if (valid) confirm.mutate({ token, password });
  }

  if (!token) {
    return (
      <>
        <PageHeader title={t('auth:reset.title')} />
        <Alert tone="error">{t('auth:reset.missingToken')}</Alert>
        <Link to="/forgot-password">{t('auth:reset.requestNew')}</Link>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('auth:reset.title')} description={t('auth:reset.description')} />
      {confirm.isSuccess ? (
        <Alert tone="success" title={t('auth:reset.doneTitle')}>
          <p className="link-row">
            <Link to="/sign-in">{t('auth:reset.signInNow')}</Link>
          </p>
        </Alert>
      ) : (
        <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
          {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
          <NewPasswordFields
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            passwordError={errorFor('password') ?? errorFor('token')}
            repeatError={errorFor('repeat')}
          />
          <div className="button-row">
            <Button type="submit" busy={confirm.isPending}>
              {t('auth:reset.submit')}
            </Button>
            <Link to="/forgot-password">{t('auth:reset.requestNew')}</Link>
          </div>
        </form>
      )}
    </>
  );
}
