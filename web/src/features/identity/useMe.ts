import { useQuery } from '@tanstack/react-query';
import type { Me } from '#core/contracts/session';
import { api, isApiError } from '../../lib/api';

export const ME_KEY = ['me'] as const;

/** null means "signed out" — a normal state, not an error. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/v1/me');
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
