import { describe, expect, it } from 'vitest';
import { dailyAt, mondaysAt } from './schedules';

describe('schedules', () => {
  it('a daily job has no slot before its hour, then one slot for the whole day', () => {
    const schedule = dailyAt('digest', 11);
    expect(schedule.slot(new Date('2026-11-23T10:59:00Z'))).toBeNull();
    const noon = schedule.slot(new Date('2026-11-23T12:00:00Z'));
    expect(noon).toEqual({ key: 'digest@2026-11-23', runAt: new Date('2026-11-23T11:00:00Z') });
    expect(schedule.slot(new Date('2026-11-23T23:59:00Z'))).toEqual(noon);
  });

  it('a weekly job starts Monday at its hour and keeps one slot, named by the ISO week, until Sunday', () => {
    const schedule = mondaysAt('digest', 7);
    expect(schedule.slot(new Date('2026-11-23T06:59:00Z'))).toBeNull();
    const monday = schedule.slot(new Date('2026-11-23T07:00:00Z'));
    expect(monday).toEqual({ key: 'digest@2026-W48', runAt: new Date('2026-11-23T07:00:00Z') });
    expect(schedule.slot(new Date('2026-11-29T23:59:00Z'))).toEqual(monday);
    expect(schedule.slot(new Date('2026-11-22T15:00:00Z'))?.key).toBe('digest@2026-W47');
    expect(schedule.slot(new Date('2021-01-03T12:00:00Z'))?.key).toBe('digest@2020-W53');
  });
});
