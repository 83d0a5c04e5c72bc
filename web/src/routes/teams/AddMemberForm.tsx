import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_MEMBER_ROLES, type TeamMemberRole } from '#core/domain/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { useTeamMembers } from '../../features/organizations/useTeams';
import { useUsers } from '../../features/organizations/useUsers';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';

export function AddMemberForm({ teamId, existing }: { teamId: string; existing: readonly string[] }) {
  const { t } = useTranslation();
  const { add } = useTeamMembers(teamId);
  const people = useUsers({ status: 'active' }, { limit: 200 });
  const formRef = useRef<HTMLFormElement>(null);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<TeamMemberRole>('member');
  const { errorFor, validate } = useFormErrors(add.error);
  const candidates = people.items.filter((user) => !existing.includes(user.id));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => required(errors, 'userId', userId))) return;
    add.mutate({ userId, role }, { onSuccess: () => setUserId('') });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      {add.error ? <ErrorAlert error={add.error} /> : null}
      {people.query.isError ? <ErrorAlert error={people.query.error} /> : null}
      <div className="form-grid">
        <Select
          label={t('teams:addMember.person')}
          required
          placeholder={people.query.isPending ? t('common:loading') : t('common:choose')}
          options={candidates.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          error={errorFor('userId')}
        />
        <Select
          label={t('teams:addMember.role')}
          options={TEAM_MEMBER_ROLES.map((value) => ({ value, label: t(`teams:memberRole.${value}`) }))}
          value={role}
          onChange={(event) => setRole(event.target.value as TeamMemberRole)}
          error={errorFor('role')}
        />
      </div>
      <FormActions busy={add.isPending} submitLabel={t('teams:addMember.submit')} />
    </form>
  );
}
