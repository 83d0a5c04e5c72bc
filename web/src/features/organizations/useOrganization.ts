import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { OrganizationDto } from './types';

export function useOrganization(enabled = true) {
  return useQuery({
    queryKey: ['organization'],
    queryFn: () => api<OrganizationDto>('/api/v1/organization'),
    staleTime: 5 * 60_000,
    enabled,
  });
}
