import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { problemMessage } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { useSignIn } from '../../features/identity/useAuth';
import { useMe } from '../../features/identity/useMe';
import { isApiError } from '../../lib/api';
import { safeRedirect } from '../../lib/safeRedirect';
import { useFormErrors } from '../../lib/useFormErrors';
import { email as checkEmail, required } from '../../lib/validate';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeRedirect(params.get('next'));
  const me = useMe();
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errorFor, validate } = useFormErrors(signIn.error);

  if (me.data) return <Navigate to={next} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      checkEmail(errors, 'email', email);
      required(errors, 'password', password);
    });
    if (!valid) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  }

  function errorText(): string {
    if (isApiError(signIn.error, 401)) return t('auth:signIn.wrongCredentials');
    if (isApiError(signIn.error, 429)) return t('auth:signIn.tooMany');
    return problemMessage(signIn.error, t);
  }

  return (
    <>
      <PageHeader title={t('auth:signIn.title')} description={t('auth:signIn.description')} />
      {params.get('next') && !signIn.error && <Alert tone="info">{t('auth:signIn.needed')}</Alert>}
      {signIn.error ? <Alert tone="error">{errorText()}</Alert> : null}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('auth:fields.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errorFor('email')}
        />
        <TextField
          label={t('auth:fields.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errorFor('password')}
        />
        <div className="button-row">
          <Button type="submit" busy={signIn.isPending}>
            {t('auth:signIn.submit')}
          </Button>
          <Link to="/forgot-password">{t('auth:signIn.forgot')}</Link>
        </div>
      </form>
    </>
  );
}
