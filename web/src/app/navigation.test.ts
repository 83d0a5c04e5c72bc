import { describe, expect, it } from 'vitest';
import { navFor } from './navigation';

const keys = (roles: Parameters<typeof navFor>[0]) => navFor(roles).map((item) => item.key);

describe('navFor', () => {
  it('gives each role its own menu', () => {
    expect(keys(['teacher'])).toEqual(['home', 'myClasses']);
    expect(keys(['coach'])).toEqual(['home', 'myClasses', 'people']);
    expect(keys(['school_leader'])).toEqual(['home', 'people', 'teams']);
    expect(keys(['facilitator'])).toEqual(['home']);
    expect(keys(['district_admin'])).toEqual(['home', 'schools', 'people', 'teams', 'classes', 'audit', 'outbox']);
  });

  it('merges several roles without duplicates, in a stable order', () => {
    expect(keys(['school_leader', 'teacher'])).toEqual(['home', 'myClasses', 'people', 'teams']);
  });

  it('always offers Home, even with no roles', () => {
    expect(keys([])).toEqual(['home']);
  });
});
