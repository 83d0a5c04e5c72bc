import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';
import type { SchoolDto } from './types';

const SCHOOLS_KEY = ['schools'] as const;

export function useSchools(enabled = true) {
  return useCursorList<SchoolDto>(SCHOOLS_KEY, '/api/v1/schools', {}, { limit: 200, enabled });
}

/** id → name, for showing a school next to a record that only carries its id. */
export function useSchoolNames(enabled = true): Map<string, string> {
  const { items } = useSchools(enabled);
  return useMemo(() => new Map(items.map((school) => [school.id, school.name])), [items]);
}

export function useCreateSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api<SchoolDto>('/api/v1/schools', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SCHOOLS_KEY }),
  });
}

export function useRenameSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      api<SchoolDto>(`/api/v1/schools/${encodeURIComponent(id)}`, { method: 'PATCH', body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SCHOOLS_KEY }),
  });
}
