import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { useCreateSchool } from '../../features/organizations/useSchools';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';

export function CreateSchoolForm() {
  const { t } = useTranslation();
  const create = useCreateSchool();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const { errorFor, validate } = useFormErrors(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    if (!validate(formRef.current, (errors) => required(errors, 'name', name))) return;
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (school) => {
          setName('');
          setCreated(school.name);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      {created && <Alert tone="success">{t('schools:create.done', { name: created })}</Alert>}
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <TextField
        label={t('schools:fields.name')}
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errorFor('name')}
      />
      <FormActions busy={create.isPending} submitLabel={t('schools:create.submit')} />
    </form>
  );
}
