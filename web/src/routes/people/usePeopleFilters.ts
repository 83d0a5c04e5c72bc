import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Role, UserStatus } from '#core/domain/roles';
import type { UserFilters } from '../../features/organizations/useUsers';
import { useDebounced } from '../../lib/useDebounced';

/**
 * Filters live in the URL so a filtered list can be bookmarked and Back works.
 * The search box is debounced; the selects apply at once.
 */
export function usePeopleFilters() {
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const debouncedQ = useDebounced(q.trim());

  const set = (key: string, value: string) =>
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text drives the URL
  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedQ) set('q', debouncedQ);
  }, [debouncedQ]);

  const applied: UserFilters = {
    q: params.get('q') ?? undefined,
    role: (params.get('role') ?? '') as Role | '',
    status: (params.get('status') ?? '') as UserStatus | '',
    schoolId: params.get('schoolId') ?? undefined,
  };

  return { q, setQ, applied, set };
}

export type PeopleFiltersState = ReturnType<typeof usePeopleFilters>;
