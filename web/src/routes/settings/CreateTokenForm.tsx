import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { type CreatedAccessTokenDto, useCreateAccessToken } from '../../features/identity/useAccount';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';

export function CreateTokenForm() {
  const { t } = useTranslation();
  const create = useCreateAccessToken();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  // Kept only in memory: the server stores a hash, so this is the one time the secret exists here.
  const [created, setCreated] = useState<CreatedAccessTokenDto | null>(null);
  const { errorFor, validate } = useFormErrors(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => required(errors, 'name', name))) return;
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (token) => {
          setName('');
          setCreated(token);
        },
      },
    );
  }

  return (
    <>
      {created && (
        <Alert tone="success" title={t('settings:tokens.createdTitle', { name: created.name })}>
          <p>{t('settings:tokens.createdOnce')}</p>
          <code className="secret" data-testid="new-token">
            {created.token}
          </code>
          <div className="button-row">
            <CopyButton value={created.token} label={t('settings:tokens.copy')} />
            <Button variant="ghost" onClick={() => setCreated(null)}>
              {t('settings:tokens.done')}
            </Button>
          </div>
        </Alert>
      )}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <TextField
          label={t('settings:tokens.name')}
          hint={t('settings:tokens.nameHint')}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errorFor('name')}
        />
        <FormActions busy={create.isPending} submitLabel={t('settings:tokens.create')} />
      </form>
    </>
  );
}
