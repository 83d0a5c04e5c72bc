import { describe, expect, it } from 'vitest';
import { addDays, demoWeek, localToday } from './demo-week';

const WEEK_OF_MARCH_9 = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];

describe('demo calendar', () => {
  it('plans Monday to Friday of the week of a weekday, whose next school day is in the same week', () => {
    for (const today of ['2026-03-09', '2026-03-11', '2026-03-12']) {
      const week = demoWeek(today);
      expect(week.schoolDays).toEqual(WEEK_OF_MARCH_9);
      expect(week.planDays).toEqual(WEEK_OF_MARCH_9);
      expect(week.nextSchoolDay).toBe(addDays(today, 1));
    }
  });

  it('adds the next Monday on a Friday, so tomorrow’s lesson always exists', () => {
    const week = demoWeek('2026-03-13');
    expect(week.schoolDays).toEqual(WEEK_OF_MARCH_9);
    expect(week.nextSchoolDay).toBe('2026-03-16');
    expect(week.planDays).toEqual([...WEEK_OF_MARCH_9, '2026-03-16']);
  });

  it('at the weekend plans the coming week, as a teacher would, with the week just ended behind it', () => {
    for (const today of ['2026-03-14', '2026-03-15']) {
      const week = demoWeek(today);
      expect(week.schoolDays[0]).toBe('2026-03-16');
      expect(week.nextSchoolDay).toBe('2026-03-16');
      expect(week.planDays).toHaveLength(5);
      expect(week.previousWeek(5)).toBe('2026-03-13');
    }
  });

  it('finds the previous week’s days, across months and years', () => {
    expect(demoWeek('2026-03-11').previousWeek(4)).toBe('2026-03-05');
    expect(demoWeek('2026-03-11').previousWeek(5)).toBe('2026-03-06');
    expect(demoWeek('2027-01-01').schoolDays[0]).toBe('2026-12-28');
    expect(demoWeek('2027-01-01').previousWeek(1)).toBe('2026-12-21');
    expect(demoWeek('2027-01-01').planDays.at(-1)).toBe('2027-01-04');
  });

  it('reads today from the local calendar and refuses what is not a date', () => {
    expect(localToday(new Date(2026, 2, 11, 23, 30))).toBe('2026-03-11');
    expect(() => demoWeek('2026-02-30')).toThrow(/calendar date/);
    expect(() => demoWeek('11/03/2026')).toThrow(/calendar date/);
  });
});
