import { useTranslation } from 'react-i18next';
import { ROLES, type Role, SCHOOL_SCOPED_ROLES } from '#core/domain/roles';
import { Select } from '../../components/Select';
import type { SchoolDto } from './types';

export interface RoleDraft {
  role: Role | '';
  schoolId: string;
}

interface RoleSchoolFieldsProps {
  value: RoleDraft;
  onChange: (value: RoleDraft) => void;
  schools: readonly SchoolDto[];
  roleError?: string;
  schoolError?: string;
  /** Distinguishes labels when several rows are on screen ("Role 2"). */
  index?: number;
}

/** A role and, for teachers, coaches and leaders, the school it applies to. */
export function RoleSchoolFields({ value, onChange, schools, roleError, schoolError, index }: RoleSchoolFieldsProps) {
  const { t } = useTranslation();
  const needsSchool = value.role !== '' && SCHOOL_SCOPED_ROLES.has(value.role);
  const suffix = index !== undefined && index > 0 ? ` ${index + 1}` : '';
  return (
    <>
      <Select
        label={`${t('people:fields.role')}${suffix}`}
        required
        placeholder={t('common:choose')}
        options={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
        value={value.role}
        onChange={(event) =>
          onChange({
            role: event.target.value as Role | '',
            schoolId: SCHOOL_SCOPED_ROLES.has(event.target.value as Role) ? value.schoolId : '',
          })
        }
        error={roleError}
      />
      <Select
        label={`${t('people:fields.school')}${suffix}`}
        hint={needsSchool ? t('people:fields.schoolRequiredHint') : t('people:fields.schoolNotNeededHint')}
        required={needsSchool}
        disabled={!needsSchool}
        placeholder={needsSchool ? t('common:choose') : t('people:fields.wholeOrganization')}
        options={needsSchool ? schools.map((school) => ({ value: school.id, label: school.name })) : []}
        value={needsSchool ? value.schoolId : ''}
        onChange={(event) => onChange({ ...value, schoolId: event.target.value })}
        error={schoolError}
      />
    </>
  );
}

export function checkRoleDraft(errors: Record<string, string>, prefix: string, draft: RoleDraft): void {
  if (!draft.role) errors[`${prefix}role`] = 'common:validation.required';
  else if (SCHOOL_SCOPED_ROLES.has(draft.role) && !draft.schoolId)
    errors[`${prefix}schoolId`] = 'people:fields.schoolRequired';
}

export function toAssignment(draft: RoleDraft): { role: Role; schoolId: string | null } {
  const role = draft.role as Role;
  return { role, schoolId: SCHOOL_SCOPED_ROLES.has(role) ? draft.schoolId || null : null };
}
