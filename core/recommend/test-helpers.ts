import type { Candidate, RecommendContext, TeacherSignals } from './types';

export const TODAY = '2026-11-20';

export function signals(overrides: Partial<TeacherSignals> = {}): TeacherSignals {
  return {
    locale: 'en',
    subjects: ['math'],
    gradeBands: ['6-8'],
    growthFocus: [],
    planInsights: [],
    reflectionThemes: [],
    openActionSteps: [],
    reactions: [],
    tried: [],
    seen: [],
    ...overrides,
  };
}

export function ctx(overrides: Partial<RecommendContext> = {}): RecommendContext {
  return { today: TODAY, surface: 'home', limit: 5, ...overrides };
}

export function card(id: string, practiceTags: string[], overrides: Partial<Candidate> = {}): Candidate {
  return {
    kind: 'card',
    id,
    practiceTags,
    cardIds: [id],
    subjects: ['all'],
    gradeBands: ['K-2', '3-5', '6-8', '9-12'],
    locales: ['en', 'es'],
    ...overrides,
  };
}
