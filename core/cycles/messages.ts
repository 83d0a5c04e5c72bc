import type { Locale } from '../domain/roles';
import type { GoalHintId } from './goal-check';

/*
 * The hints in both languages. They ask rather than correct: the goal is the coach's and the
 * teacher's, and a hint the checker gets wrong must be easy to ignore. Spanish speaks as "tú" and
 * uses "estudiantes" (gender-neutral), as docs/glossary.md does.
 */
export const GOAL_HINT_TEXT: Record<GoalHintId, Record<Locale, string>> = {
  students: {
    en: 'Who is this goal about? Name the students and what they will do or show.',
    es: '¿De quiénes habla esta meta? Nombra a los estudiantes y lo que harán o mostrarán.',
  },
  teacherCentred: {
    en: 'This reads as what you will do. A cycle’s goal is what students will do — try starting with “Students will…”.',
    es: 'Esto describe lo que harás tú. La meta de un ciclo es lo que harán los estudiantes: intenta empezar con «Los estudiantes…».',
  },
  measure: {
    en: 'How will you know? Add a number or a percent, e.g. “80 % of students…”.',
    es: '¿Cómo lo sabrás? Agrega un número o un porcentaje, por ejemplo «el 80 % de los estudiantes…».',
  },
  timeFrame: {
    en: 'By when? Add a date, a month or a number of weeks, e.g. “by March”.',
    es: '¿Para cuándo? Agrega una fecha, un mes o un número de semanas, por ejemplo «para marzo».',
  },
};

/** Said when the goal has students, a measure and a time frame. */
export const GOAL_READY_TEXT: Record<Locale, string> = {
  en: 'Students, a measure and a time frame: a goal you can check together.',
  es: 'Estudiantes, una medida y un plazo: una meta que pueden comprobar juntos.',
};

export const goalHintText = (id: GoalHintId, locale: Locale) => GOAL_HINT_TEXT[id][locale];
