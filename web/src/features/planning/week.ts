import { formatDay } from '../../lib/dates';

export { addDays, isCalendarDate, mondayOf, planningMonday, schoolDaysOf } from '#core/domain/calendar';
export { localToday } from '../../lib/dates';

/** "Tue, Nov 24" / "mar, 24 nov". */
export const shortDay = (date: string, language: string) =>
  formatDay(date, language, { weekday: 'short', day: 'numeric', month: 'short' });

export const longDay = (date: string, language: string) => formatDay(date, language, { dateStyle: 'full' });
