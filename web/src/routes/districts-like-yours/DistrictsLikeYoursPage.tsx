import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { schoolYearOf } from '#core/peers/school-year';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hasRole } from '../../features/identity/roles';
import { useMe } from '../../features/identity/useMe';
import { ComparisonTable } from '../../features/peer-districts/ComparisonTable';
import { ProfileForm } from '../../features/peer-districts/ProfileForm';
import { usePeerComparison, usePeerProfile } from '../../features/peer-districts/usePeerDistricts';
import '../../features/peer-districts/peer-districts.css';

/** This school year and the three before it: comparisons are kept per school year. */
function recentYears(today: string): string[] {
  const start = Number(schoolYearOf(today).slice(0, 4));
  return [0, 1, 2, 3].map((back) => {
    const y = start - back;
    return `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  });
}

/** Districts like yours: the admin's context and opt-in, and the comparison for admins and school leaders. */
export function DistrictsLikeYoursPage() {
  const { t } = useTranslation('peer-districts');
  useDocumentTitle(t('title'));
  const admin = hasRole(useMe().data, 'district_admin');
  const years = recentYears(new Date().toISOString().slice(0, 10));
  const [schoolYear, setSchoolYear] = useState(years[0]!);
  const profile = usePeerProfile(admin);
  const comparison = usePeerComparison(schoolYear);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="stack peer-districts">
        {admin && (
          <QueryState query={profile} isEmpty={false} empty={null}>
            {profile.data && <ProfileForm profile={profile.data} />}
          </QueryState>
        )}
        <Card title={t('comparison.title')} testId="peer-comparison">
          <div className="peer-year">
            <Select
              label={t('comparison.schoolYear')}
              options={years.map((year) => ({ value: year, label: year }))}
              value={schoolYear}
              onChange={(e) => setSchoolYear(e.target.value)}
            />
          </div>
          <QueryState query={comparison} isEmpty={false} empty={null}>
            {comparison.data && <ComparisonTable comparison={comparison.data} />}
          </QueryState>
        </Card>
      </div>
    </>
  );
}
