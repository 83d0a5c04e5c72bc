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
      'coaching',
      'walks',
      'initiatives',
      'assessments',
      'communities',
      'library',
      'people',
      'teams',
    ]);
    expect(keys(['facilitator'])).toEqual(['home', 'communities', 'library']);
    expect(keys(['district_admin'])).toEqual([
      'home',
      'credentials',
      'walks',
      'initiatives',
      'assessments',
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
      'units',
      'coaching',
      'walks',
      'initiatives',
      'assessments',
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
