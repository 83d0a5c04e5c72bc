import { useQuery } from '@tanstack/react-query';
import type { Framework, FrameworkSummary } from '#core/contracts/frameworks';
import { api } from '../../lib/api';
import type { Page } from '../../lib/useCursorList';
import { withDeviceCopy } from './deviceCopy';

async function fetchFramework(schoolId: string | null, signal?: AbortSignal): Promise<Framework> {
  let frameworkId: string | undefined;
  if (schoolId) {
    frameworkId = (await api<{ frameworkId: string }>(`/api/v1/schools/${schoolId}/framework`, { signal })).frameworkId;
  } else {
    const all = await api<Page<FrameworkSummary>>('/api/v1/frameworks', { signal });
    frameworkId = all.items.find((f) => f.builtIn)?.id ?? all.items[0]?.id;
  }
  if (!frameworkId) throw new Error('No framework');
  return api<Framework>(`/api/v1/frameworks/${frameworkId}`, { signal });
}

/**
 * The practice framework of a school (the built-in one when no school is known), whose practices
 * and look-fors visits are focused on and notes are tagged with. Kept on the device with `userId`.
 */
export function useObservationFramework(schoolId: string | null, options: { userId?: string; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['observations', 'framework', schoolId],
    queryFn: ({ signal }) => {
      const fetch = () => fetchFramework(schoolId, signal);
      return options.userId ? withDeviceCopy(options.userId, `framework:${schoolId ?? 'default'}`, fetch) : fetch();
    },
    enabled: options.enabled ?? true,
    staleTime: 10 * 60_000,
  });
}
