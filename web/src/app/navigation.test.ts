import { describe, expect, it } from 'vitest';
import { navFor } from './navigation';

const keys = (roles: Parameters<typeof navFor>[0]) => navFor(roles).map((item) => item.key);

describe('navFor', () => {
  it('gives each role its own menu', () => {
    expect(keys(['teacher'])).toEqual([
      'home',
      'planner',
      'myClasses',
      'growthFocus',
      'feedback',
      'inquiry',
      'credentials',
      'pathways',
      'units',
      'communities',
      'library',
      'teams',
    ]);
    expect(keys(['coach'])).toEqual([
      'home',
      'planner',
      'myClasses',
      'credentials',
      'pathways',
      'units',
      'coaching',
      'walks',
      'communities',
      'library',
      'people',
      'teams',
    ]);
    expect(keys(['school_leader'])).toEqual([
      'home',
      'credentials',
      'pathways',
      'coaching',
      'walks',
      'initiatives',
      'assessments',
      'selfAssessment',
      'communities',
      'library',
      'people',
      'teams',
    ]);
    expect(keys(['facilitator'])).toEqual(['home', 'communities', 'library']);
    expect(keys(['district_admin'])).toEqual([
      'home',
      'credentials',
      'pathways',
      'walks',
      'initiatives',
      'assessments',
      'selfAssessment',
      'communities',
      'library',
      'frameworks',
      'schools',
      'people',
      'teams',
      'classes',
      'audit',
      'outbox',
    ]);
  });

  it('merges several roles without duplicates, in a stable order', () => {
    expect(keys(['school_leader', 'teacher'])).toEqual([
      'home',
      'planner',
      'myClasses',
      'growthFocus',
      'feedback',
      'inquiry',
      'credentials',
      'pathways',
      'units',
      'coaching',
      'walks',
      'initiatives',
      'assessments',
      'selfAssessment',
      'communities',
      'library',
      'people',
      'teams',
    ]);
  });

  it('always offers Home, communities and the library, even with no roles', () => {
    expect(keys([])).toEqual(['home', 'communities', 'library']);
  });
});
