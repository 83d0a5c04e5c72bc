import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { TextField } from '../../components/TextField';
import { NewPasswordFields } from '../../features/identity/NewPasswordFields';
import { type Invitation, useAcceptInvitation, useInvitation } from '../../features/identity/useInvitation';
import { isApiError } from '../../lib/api';
import { useFormatDate } from '../../lib/format';
import { useFormErrors } from '../../lib/useFormErrors';
import { password as checkPassword, required } from '../../lib/validate';

export function AcceptInvitePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invitation = useInvitation(token);

  let body: ReactNode;
  if (!token) body = <Alert tone="error">{t('auth:invite.missingToken')}</Alert>;
  else if (invitation.isPending) body = <Spinner />;
  else if (isApiError(invitation.error, 404)) body = <Alert tone="error">{t('auth:invite.expired')}</Alert>;
  else if (invitation.isError) body = <ErrorAlert error={invitation.error} onRetry={() => void invitation.refetch()} />;
  else body = <AcceptForm token={token} invitation={invitation.data} />;

  return (
    <>
      <PageHeader title={t('auth:invite.title')} />
      {body}
    </>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatDate();
  const accept = useAcceptInvitation();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errorFor, validate } = useFormErrors(accept.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      required(errors, 'name', name);
      checkPassword(errors, 'password', password);
      if (password !== repeat) errors.repeat = 'common:validation.passwordsDiffer';
    });
    if (!valid) return;
    accept.mutate({ token, password, name: name.trim() }, { onSuccess: () => navigate('/', { replace: true }) });
  }

  return (
    <>
      <p>{t('auth:invite.intro', { organization: invitation.organizationName })}</p>
      <dl className="details-list">
        <dt>{t('auth:invite.organization')}</dt>
        <dd>{invitation.organizationName}</dd>
        <dt>{t('auth:fields.email')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('auth:invite.expires')}</dt>
        <dd>{format.dateTime(invitation.expiresAt)}</dd>
      </dl>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        {accept.error ? <ErrorAlert error={accept.error} /> : null}
        <TextField
          label={t('auth:fields.name')}
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errorFor('name')}
        />
        <NewPasswordFields
          passwordLabel={t('auth:fields.choosePassword')}
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          passwordError={errorFor('password')}
          repeatError={errorFor('repeat')}
        />
        <FormActions busy={accept.isPending} submitLabel={t('auth:invite.submit')} />
      </form>
      <p className="link-row">
        <Link to="/sign-in">{t('auth:invite.haveAccount')}</Link>
      </p>
    </>
  );
}
