import {
  LABEL_NUMBERS,
  MONTHS,
  NUMBER_WORDS,
  STUDENT_WORDS,
  TEACHER_OPENINGS,
  TIME_ANCHORS,
  TIME_UNITS,
} from './lexicon';

/*
 * A coaching cycle's goal is about students and measurable, with a time frame (PEDAGOGY.md §4:
 * "80 % of students cite evidence in their written answers by March"). This checker looks for
 * those three ingredients and answers hints — never a block: a coach may keep a goal the
 * checker cannot read, and the words are the teacher's and coach's to choose.
 */

export const GOAL_HINTS = ['students', 'teacherCentred', 'measure', 'timeFrame'] as const;
export type GoalHintId = (typeof GOAL_HINTS)[number];

export type GoalCheck = {
  /** Nothing written yet: no hints, nothing to praise. */
  blank: boolean;
  namesStudents: boolean;
  /** Starts with what the teacher will do and names no students. */
  teacherCentred: boolean;
  hasMeasure: boolean;
  hasTimeFrame: boolean;
  /** What to suggest, most important first; empty when the goal has all three ingredients. */
  hints: GoalHintId[];
};

const any = (words: readonly string[]) => words.join('|');
const STUDENTS = new RegExp(`\\b(?:${any(STUDENT_WORDS)})\\b`);
const TEACHER_OPENING = new RegExp(`^(?:${any(TEACHER_OPENINGS)})\\b`);
const MONTH = `(?:${any(MONTHS)})`;
const UNIT = `(?:${any(TIME_UNITS)})`;
const ANCHOR = `(?:${any(TIME_ANCHORS)})`;
const DATE = '\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)\\b';

const TIME_FRAME = [
  new RegExp(DATE),
  new RegExp(`\\b${MONTH}\\b`),
  // "may" is a month only where a date would be: "by May", "in May", "May 15", "15 May".
  new RegExp(`\\b(?:${ANCHOR}|\\d{1,2}) may\\b|\\bmay \\d{1,2}\\b`),
  // An anchor, then a span within a few words: "by the end of the unit", "en las próximas 6 semanas".
  new RegExp(`\\b${ANCHOR}\\b(?: [a-z0-9]+){0,4}? ${UNIT}\\b`),
];

/** Numbers that belong to the time frame or name a grade or unit: they are not the goal's measure. */
const NOT_A_MEASURE = [
  new RegExp(DATE, 'g'),
  new RegExp(`\\b(?:${MONTH}|may) \\d{1,2}\\b|\\b\\d{1,2} (?:de )?(?:${MONTH}|may)\\b`, 'g'),
  new RegExp(`\\b\\d+ ${UNIT}\\b`, 'g'),
  /\b(?:19|20)\d\d\b/g,
  ...LABEL_NUMBERS.map((pattern) => new RegExp(`\\b${pattern}`, 'g')),
];
const MEASURE = [/\d/, /%/, new RegExp(`\\b(?:${any(NUMBER_WORDS)})\\b`)];

/** Lower case, accents off (NFKD also turns "7.º" into "7.o"), punctuation to single spaces; keeps % and date separators. */
export function normalizeGoal(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9%'/.\- ]+/g, ' ')
    .replace(/(?<!\d)[.\-/]|[.\-/](?![a-z0-9])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function checkGoal(text: string): GoalCheck {
  const goal = normalizeGoal(text);
  if (goal === '') {
    return {
      blank: true,
      namesStudents: false,
      teacherCentred: false,
      hasMeasure: false,
      hasTimeFrame: false,
      hints: [],
    };
  }
  const namesStudents = STUDENTS.test(goal);
  const teacherCentred = !namesStudents && TEACHER_OPENING.test(goal);
  const hasTimeFrame = TIME_FRAME.some((pattern) => pattern.test(goal));
  const counted = NOT_A_MEASURE.reduce((rest, pattern) => rest.replace(pattern, ' '), goal);
  const hasMeasure = MEASURE.some((pattern) => pattern.test(counted));

  const hints: GoalHintId[] = [];
  if (teacherCentred) hints.push('teacherCentred');
  else if (!namesStudents) hints.push('students');
  if (!hasMeasure) hints.push('measure');
  if (!hasTimeFrame) hints.push('timeFrame');
  return { blank: false, namesStudents, teacherCentred, hasMeasure, hasTimeFrame, hints };
}
