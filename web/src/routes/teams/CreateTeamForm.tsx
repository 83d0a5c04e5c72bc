import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import type { TeamDto } from '../../features/organizations/types';
import { useSchools } from '../../features/organizations/useSchools';
import { useCreateTeam } from '../../features/organizations/useTeams';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';

export function CreateTeamForm() {
  const { t } = useTranslation();
  const create = useCreateTeam();
  const schools = useSchools();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [schoolId, setSchoolId] = useState('');
  const [created, setCreated] = useState<TeamDto | null>(null);
  const { errorFor, validate } = useFormErrors(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    if (!validate(formRef.current, (errors) => required(errors, 'name', name))) return;
    create.mutate(
      { name: name.trim(), schoolId: schoolId || null },
      {
        onSuccess: (team) => {
          setName('');
          setSchoolId('');
          setCreated(team);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      {created && (
        <Alert tone="success">
          {t('teams:create.done', { name: created.name })}{' '}
          <Link to={`/teams/${created.id}`}>{t('teams:create.addMembers')}</Link>
        </Alert>
      )}
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <div className="form-grid">
        <TextField
          label={t('teams:fields.name')}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errorFor('name')}
        />
        <Select
          label={t('teams:fields.school')}
          hint={t('teams:fields.schoolHint')}
          placeholder={t('teams:crossSchool')}
          options={schools.items.map((school) => ({ value: school.id, label: school.name }))}
          value={schoolId}
          onChange={(event) => setSchoolId(event.target.value)}
          error={errorFor('schoolId')}
        />
      </div>
      <FormActions busy={create.isPending} submitLabel={t('teams:create.submit')} />
    </form>
  );
}
