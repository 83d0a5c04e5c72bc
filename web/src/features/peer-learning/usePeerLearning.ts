import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PeerOfferBody,
  PeerOfferResponse,
  PeerRequest,
  PeerRequestBody,
  PeerRequestList,
} from '#core/contracts/peer-learning';
import { api } from '../../lib/api';
import { RECOMMENDATIONS_KEY } from '../recommendations/useRecommendations';

const OFFER_KEY = ['peer-offer'] as const;
export const PEER_REQUESTS_KEY = ['peer-requests'] as const;

/** The caller's own offer to be learned from (`offer: null` until published). */
export function usePeerOffer() {
  return useQuery({
    queryKey: OFFER_KEY,
    queryFn: ({ signal }) => api<PeerOfferResponse>('/api/v1/me/peer-offer', { signal }),
  });
}

export function useSavePeerOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PeerOfferBody) => api<PeerOfferResponse>('/api/v1/me/peer-offer', { method: 'PUT', body }),
    onSuccess: (data) => queryClient.setQueryData(OFFER_KEY, data),
  });
}

export function useDeletePeerOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>('/api/v1/me/peer-offer', { method: 'DELETE' }),
    onSuccess: () => queryClient.setQueryData<PeerOfferResponse>(OFFER_KEY, { offer: null }),
  });
}

/** The caller's requests: incoming and outgoing. */
export function usePeerRequests() {
  return useQuery({
    queryKey: PEER_REQUESTS_KEY,
    queryFn: ({ signal }) => api<PeerRequestList>('/api/v1/peer-requests', { signal }),
  });
}

/** Ask a colleague. */
export function useAskPeer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PeerRequestBody) => api<PeerRequest>('/api/v1/peer-requests', { method: 'POST', body }),
    // Recommendations are left as they are: the colleague's item shows "request sent" in place of the
    // form, and leaves the suggestions the next time they load (Home's only list of colleagues).
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: PEER_REQUESTS_KEY });
    },
  });
}

export function useAnswerPeerRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'accept' | 'decline' | 'withdraw' }) =>
      api<PeerRequest>(`/api/v1/peer-requests/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    // Settled, not only succeeded: a 409 (already answered elsewhere) must not leave stale buttons.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: PEER_REQUESTS_KEY });
      void queryClient.invalidateQueries({ queryKey: RECOMMENDATIONS_KEY });
    },
  });
}
