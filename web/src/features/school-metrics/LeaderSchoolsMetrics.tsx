import { useMe } from '../identity/useMe';
import { useSchools } from '../organizations/useSchools';
import { SchoolMetricsCard } from './SchoolMetricsCard';

/** One metrics card per school the person leads. */
export function LeaderSchoolsMetrics() {
  const { data: me } = useMe();
  const { items: schools } = useSchools();
  const led = new Set(me?.roles.filter((r) => r.role === 'school_leader' && r.schoolId).map((r) => r.schoolId));
  return (
    <>
      {schools
        .filter((school) => led.has(school.id))
        .map((school) => (
          <SchoolMetricsCard key={school.id} schoolId={school.id} schoolName={school.name} />
        ))}
    </>
  );
}
