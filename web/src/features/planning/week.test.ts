import { describe, expect, it } from 'vitest';
import { localToday, shortDay } from './week';

describe('the planner’s calendar in the browser', () => {
  it('reads today on the local calendar', () => {
    expect(localToday(new Date('2026-11-22T12:00:00Z'))).toMatch(/^2026-11-2[123]$/);
  });

  it('writes days in the reader’s language', () => {
    expect(shortDay('2026-11-24', 'en')).toMatch(/Tue/);
    expect(shortDay('2026-11-24', 'es')).toMatch(/mar/);
  });
});
