import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safeRedirect';

describe('safeRedirect', () => {
  it('keeps paths inside the app', () => {
    expect(safeRedirect('/people?role=teacher')).toBe('/people?role=teacher');
  });

  it('refuses other origins, protocol-relative links and loops back to sign-in', () => {
    expect(safeRedirect('https://evil.test')).toBe('/');
    expect(safeRedirect('//evil.test')).toBe('/');
    expect(safeRedirect('/\\evil.test')).toBe('/');
    expect(safeRedirect('/sign-in?next=/x')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
  });
});
