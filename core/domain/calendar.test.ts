import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  isCalendarDate,
  isoWeekday,
  isoWeekLabel,
  mondayOf,
  nextSchoolDay,
  planningMonday,
  schoolDaysOf,
  utcDay,
} from './calendar';

describe('calendar on plain dates', () => {
  it('finds the Monday of any day, Sunday included, across months and years', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(schoolDaysOf('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('labels ISO weeks by their Thursday’s year, at year boundaries too', () => {
    expect(isoWeekLabel('2026-11-23')).toBe('2026-W48');
    expect(isoWeekLabel('2026-11-29')).toBe('2026-W48');
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53');
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2026-12-28')).toBe('2026-W53');
    expect(isoWeekLabel('2027-01-04')).toBe('2027-W01');
  });

  it('the next school day skips the weekend; at the weekend the planning week is the coming one', () => {
    expect(nextSchoolDay('2026-11-27')).toBe('2026-11-30');
    expect(nextSchoolDay('2026-11-28')).toBe('2026-11-30');
    expect(planningMonday('2026-11-25')).toBe('2026-11-23');
    expect(planningMonday('2026-11-22')).toBe('2026-11-23');
    expect(planningMonday('2026-11-28')).toBe('2026-11-30');
  });

  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('tomorrow')).toBe(false);
  });

  it('adding days and weekdays agree for any date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          expect(addDays(addDays(date, n), -n)).toBe(date);
          expect(isoWeekday(mondayOf(date))).toBe(1);
          expect(isoWeekday(nextSchoolDay(date))).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});

describe('utcDay', () => {
  it('is the UTC calendar day of a moment, whatever the hour', () => {
    expect(utcDay(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01');
    expect(utcDay(new Date('2026-02-28T23:59:59.999Z'))).toBe('2026-02-28');
    expect(utcDay(new Date('2026-03-01T01:30:00+02:00'))).toBe('2026-02-28');
  });
});
