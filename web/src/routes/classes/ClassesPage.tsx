import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { Select } from '../../components/Select';
import { ClassForm } from '../../features/classes/ClassForm';
import { ClassList } from '../../features/classes/ClassList';
import { useSchools } from '../../features/organizations/useSchools';
import { useUsers } from '../../features/organizations/useUsers';

/** Admins see every class in the organization and can open one on a teacher's behalf. */
export function ClassesPage() {
  const { t } = useTranslation();
  const [ownerId, setOwnerId] = useState('');
  const [schoolId, setSchoolId] = useState('');
  const [ownerError, setOwnerError] = useState<string | undefined>();
  const teachers = useUsers({ role: 'teacher', status: 'active' }, { limit: 200 });
  const schools = useSchools();

  return (
    <>
      <PageHeader title={t('classes:organization.title')} description={t('classes:organization.description')} />
      <div className="stack">
        <section aria-labelledby="org-classes-list">
          <h2 id="org-classes-list">{t('classes:organization.listTitle')}</h2>
          <ClassList scope="organization" />
        </section>
        <Card title={t('classes:organization.createTitle')}>
          <ClassForm
            extra={() => {
              if (!ownerId) {
                setOwnerError(t('common:validation.required'));
                return null;
              }
              setOwnerError(undefined);
              return { ownerId, ...(schoolId ? { schoolId } : {}) };
            }}
            onCreated={() => setOwnerId('')}
          >
            <Select
              label={t('classes:fields.owner')}
              required
              placeholder={teachers.query.isPending ? t('common:loading') : t('common:choose')}
              options={teachers.items.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
              value={ownerId}
              onChange={(event) => setOwnerId(event.target.value)}
              error={ownerError}
            />
            <Select
              label={t('classes:fields.school')}
              hint={t('classes:fields.schoolHint')}
              placeholder={t('classes:fields.ownersSchool')}
              options={schools.items.map((school) => ({ value: school.id, label: school.name }))}
              value={schoolId}
              onChange={(event) => setSchoolId(event.target.value)}
            />
          </ClassForm>
        </Card>
      </div>
    </>
  );
}
