import { useQuery } from '@tanstack/react-query';
import type { SchoolObservationMetrics } from '#core/contracts/coaching';
import { api } from '../../lib/api';

export function useSchoolMetrics(schoolId: string, months: number) {
  return useQuery({
    queryKey: ['school-metrics', schoolId, months],
    queryFn: ({ signal }) =>
      api<SchoolObservationMetrics>(`/api/v1/schools/${schoolId}/observation-metrics?months=${months}`, { signal }),
  });
}
