import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { useRequestPasswordReset } from '../../features/identity/useAuth';
import { useFormErrors } from '../../lib/useFormErrors';
import { email as checkEmail } from '../../lib/validate';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const { errorFor, validate } = useFormErrors(request.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => checkEmail(errors, 'email', email))) return;
    request.mutate({ email: email.trim() });
  }

  return (
    <>
      <PageHeader title={t('auth:forgot.title')} description={t('auth:forgot.description')} />
      {request.isSuccess ? (
        // The same answer whether or not the address exists, so nobody can probe for accounts.
        <Alert tone="success" title={t('auth:forgot.sentTitle')}>
          <p>{t('auth:forgot.sent', { email: email.trim() })}</p>
        </Alert>
      ) : (
        <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
          {request.error ? <ErrorAlert error={request.error} /> : null}
          <TextField
            label={t('auth:fields.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errorFor('email')}
          />
          <FormActions busy={request.isPending} submitLabel={t('auth:forgot.submit')} />
        </form>
      )}
      <p className="link-row">
        <Link to="/sign-in">{t('auth:backToSignIn')}</Link>
      </p>
    </>
  );
}
