import { useTranslation } from 'react-i18next';
import type { FrameworkSummary } from '#core/contracts/frameworks';
import { Card } from '../../components/Card';
import { QueryState } from '../../components/QueryState';
import { useSchoolFramework, useSetSchoolFramework } from '../../features/frameworks/useFrameworks';
import { useSchools } from '../../features/organizations/useSchools';

/** Which framework each school uses (district admins): its practices are what teachers there choose from. */
export function SchoolFrameworks({ frameworks }: { frameworks: readonly FrameworkSummary[] }) {
  const { t } = useTranslation('frameworks');
  const { items, query } = useSchools();
  return (
    <Card title={t('schools.title')}>
      <p className="muted">{t('schools.hint')}</p>
      <QueryState query={query} isEmpty={items.length === 0} empty={<p>{t('schools.none')}</p>}>
        <ul className="plain-list">
          {items.map((school) => (
            <SchoolRow key={school.id} schoolId={school.id} name={school.name} frameworks={frameworks} />
          ))}
        </ul>
      </QueryState>
    </Card>
  );
}

function SchoolRow({
  schoolId,
  name,
  frameworks,
}: {
  schoolId: string;
  name: string;
  frameworks: readonly FrameworkSummary[];
}) {
  const { t } = useTranslation('frameworks');
  const current = useSchoolFramework(schoolId);
  const set = useSetSchoolFramework();
  const id = `school-framework-${schoolId}`;
  return (
    <li className="school-framework">
      <label htmlFor={id}>{name}</label>
      <select
        id={id}
        className="input select"
        value={current.data?.frameworkId ?? ''}
        disabled={!current.data || set.isPending}
        onChange={(e) => set.mutate({ schoolId, frameworkId: e.target.value })}
      >
        {frameworks.map((framework) => (
          <option key={framework.id} value={framework.id}>
            {framework.title}
          </option>
        ))}
      </select>
      {set.isSuccess && (
        <span role="status" className="muted small">
          {t('schools.saved')}
        </span>
      )}
      {set.isError && (
        <span role="alert" className="field-error">
          {t('schools.failed')}
        </span>
      )}
    </li>
  );
}
