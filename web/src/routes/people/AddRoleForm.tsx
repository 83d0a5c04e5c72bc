import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import {
  checkRoleDraft,
  type RoleDraft,
  RoleSchoolFields,
  toAssignment,
} from '../../features/organizations/RoleSchoolFields';
import { useSchools } from '../../features/organizations/useSchools';
import { useUserActions } from '../../features/organizations/useUsers';
import { useFormErrors } from '../../lib/useFormErrors';

export function AddRoleForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { addRole } = useUserActions(userId);
  const schools = useSchools();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<RoleDraft>({ role: '', schoolId: '' });
  const { errorFor, validate } = useFormErrors(addRole.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => checkRoleDraft(errors, '', draft))) return;
    addRole.mutate(toAssignment(draft), { onSuccess: () => setDraft({ role: '', schoolId: '' }) });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="add-role-title">
      <h3 id="add-role-title">{t('people:roles.addTitle')}</h3>
      {addRole.error ? <ErrorAlert error={addRole.error} /> : null}
      <div className="form-grid">
        <RoleSchoolFields
          value={draft}
          onChange={setDraft}
          schools={schools.items}
          roleError={errorFor('role')}
          schoolError={errorFor('schoolId')}
        />
      </div>
      <FormActions busy={addRole.isPending} submitLabel={t('people:roles.add')} />
    </form>
  );
}
