import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PeerComparison, PeerProfile, PeerProfileBody } from '#core/contracts/peer-districts';
import { api, withQuery } from '../../lib/api';

const PROFILE_KEY = ['peer-districts', 'profile'] as const;

export function usePeerProfile(enabled: boolean) {
  return useQuery({
    queryKey: PROFILE_KEY,
    queryFn: ({ signal }) => api<PeerProfile>('/api/v1/peer-districts/profile', { signal }),
    enabled,
  });
}

export function useSavePeerProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PeerProfileBody) => api<PeerProfile>('/api/v1/peer-districts/profile', { method: 'PUT', body }),
    onSuccess: (profile) => {
      queryClient.setQueryData(PROFILE_KEY, profile);
      // Opting in or out, or a new context, changes the comparison.
      void queryClient.invalidateQueries({ queryKey: ['peer-districts', 'comparison'] });
    },
  });
}

export function usePeerComparison(schoolYear: string | undefined) {
  return useQuery({
    queryKey: ['peer-districts', 'comparison', schoolYear ?? 'current'],
    queryFn: ({ signal }) =>
      api<PeerComparison>(withQuery('/api/v1/peer-districts/comparison', { schoolYear }), { signal }),
  });
}
