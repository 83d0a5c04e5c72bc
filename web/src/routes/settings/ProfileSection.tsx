import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '#core/contracts/session';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { useUpdateMe } from '../../features/identity/useAccount';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(me.name);
  const { errorFor, validate } = useFormErrors(update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => required(errors, 'name', name))) return;
    update.mutate({ name: name.trim() });
  }

  return (
    <Card title={t('settings:profile.title')}>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        {update.isSuccess && <Alert tone="success">{t('settings:profile.saved')}</Alert>}
        {update.error ? <ErrorAlert error={update.error} /> : null}
        <TextField
          label={t('settings:profile.name')}
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errorFor('name')}
        />
        <p className="muted">{t('settings:profile.email', { email: me.email })}</p>
        <FormActions busy={update.isPending} submitLabel={t('common:actions.save')} />
      </form>
    </Card>
  );
}
