import type { LessonPlanDraft } from '#core/contracts/lesson-plans';
import type { ReflectionInput } from '#core/contracts/reflections';
import { demoCoursesEn } from './demo-plans-en';
import { demoCoursesEs } from './demo-plans-es';

/**
 * What a demo lesson says. The loader adds what depends on the calendar and the class: class,
 * date, locale, period minutes and status.
 */
export type DemoLesson = Omit<LessonPlanDraft, 'classId' | 'date' | 'locale' | 'periodMinutes' | 'visibility'> & {
  /** Shared beyond the teacher — only for the course's first section; the other sections' copies stay private. */
  visibility?: 'coach' | 'team';
  /** The plan was saved once before reaching this text: these fields replace the final ones in version 1. */
  firstDraft?: Partial<Omit<DemoLesson, 'firstDraft' | 'visibility'>>;
};

/** A lesson of the week before the seeding date, with what the teacher wrote after teaching it. */
export type DemoPastLesson = {
  /** 1 = Monday … 5 = Friday of the previous week. */
  weekday: 1 | 2 | 3 | 4 | 5;
  lesson: DemoLesson;
  /** Which sections (indexes into `classes`) it was taught to, and the reflection written afterwards. */
  taughtTo: { section: number; reflection?: ReflectionInput }[];
};

/**
 * One course a demo teacher teaches to one or more sections (classes of the demo district, by
 * name). Every section gets the same lesson each day, as teachers do; `week` holds Monday to
 * Friday of the seeding week and then the next Monday.
 */
export type DemoCourse = {
  teacher: string;
  classes: string[];
  previousWeek: DemoPastLesson[];
  week: [DemoLesson, DemoLesson, DemoLesson, DemoLesson, DemoLesson, DemoLesson];
};

export const demoCourses: DemoCourse[] = [...demoCoursesEn, ...demoCoursesEs];
