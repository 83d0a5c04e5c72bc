import { useQuery } from '@tanstack/react-query';
import type { Me } from '#core/contracts/session';
import { api, isApiError } from '../../lib/api';

export const ME_KEY = ['me'] as const;

/**
 * Who is signed in, remembered on the device so that the app (and plan drafts kept in
 * IndexedDB) still opens when the network is gone; the server stays the authority whenever
 * it can be reached.
 */
const REMEMBERED = 'conecta.me';

export function rememberMe(me: Me | null): void {
  try {
    if (me) localStorage.setItem(REMEMBERED, JSON.stringify(me));
    else localStorage.removeItem(REMEMBERED);
  } catch {
    // Private mode or storage full: offline start is then not available, nothing else changes.
  }
}

function remembered(): Me | null {
  try {
    const value = localStorage.getItem(REMEMBERED);
    return value ? (JSON.parse(value) as Me) : null;
  } catch {
    return null;
  }
}

/** null means "signed out" — a normal state, not an error. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('/api/v1/me');
    rememberMe(me);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      rememberMe(null);
      return null;
    }
    const offline = isApiError(error, 0) ? remembered() : null;
    if (offline) return offline;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
