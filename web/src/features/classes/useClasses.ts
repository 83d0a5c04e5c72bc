import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClassDto } from '#core/contracts/classes';
import { api } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';

export type ClassScope = 'mine' | 'organization';

const CLASSES_KEY = ['classes'] as const;

export function useClasses(scope: ClassScope, enabled = true) {
  return useCursorList<ClassDto>([...CLASSES_KEY, scope], '/api/v1/classes', { scope }, { limit: 100, enabled });
}

export interface CreateClassInput {
  name: string;
  subject: string;
  gradeLevel: string;
  periodMinutes: number;
  schoolId?: string | null;
  ownerId?: string;
}

export function useCreateClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClassInput) => api<ClassDto>('/api/v1/classes', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CLASSES_KEY }),
  });
}
