import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Organization, OrganizationSettingsBody } from '#core/contracts/organizations';
import { api } from '../../lib/api';

type Org = z.infer<typeof Organization>;
const ORGANIZATION_KEY = ['organization'] as const;

export function useOrganization() {
  return useQuery({
    queryKey: ORGANIZATION_KEY,
    queryFn: ({ signal }) => api<Org>('/api/v1/organization', { signal }),
  });
}

export function useUpdateOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof OrganizationSettingsBody>) =>
      api<Org>('/api/v1/organization', { method: 'PATCH', body }),
    onSuccess: (org) => queryClient.setQueryData(ORGANIZATION_KEY, org),
  });
}
