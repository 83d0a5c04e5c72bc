import { normalizeGoal } from '../cycles/goal-check';
import { STUDENT_WORDS } from '../cycles/lexicon';

/*
 * An inquiry question has a testable shape: a change the teacher makes and what students will do
 * ("If I …, will my students …?", "Si …, ¿mis estudiantes …?"). The helper looks for that shape
 * and answers hints — never a block: the question is the teacher's.
 */

export const QUESTION_HINTS = ['change', 'students', 'question'] as const;
export type QuestionHintId = (typeof QUESTION_HINTS)[number];

export type QuestionCheck = {
  blank: boolean;
  /** Opens with a change the teacher (or team) makes: "If I…", "If we…", "Si…", "Cuando…". */
  namesChange: boolean;
  namesStudents: boolean;
  /** Asked as a question. */
  asks: boolean;
  /** Most important first; empty when the question has the whole shape. */
  hints: QuestionHintId[];
};

const CHANGE_OPENING =
  /^(?:what (?:happens|would happen) )?(?:if|when|once) (?:i|we|my|our)\b|^(?:que pasa )?(?:si|cuando) (?:yo |nosotros |nosotras |mi |mis |nuestr[oa]s? )?[a-z]+/;
const STUDENTS = new RegExp(`\\b(?:${STUDENT_WORDS.join('|')})\\b`);

export function checkQuestion(text: string): QuestionCheck {
  const question = normalizeGoal(text).replace(/^[¿\s]+/, '');
  if (question === '') return { blank: true, namesChange: false, namesStudents: false, asks: false, hints: [] };
  const namesChange = CHANGE_OPENING.test(question);
  const namesStudents = STUDENTS.test(question);
  const asks = /\?\s*$/.test(text.trim()) || text.includes('¿');
  const hints: QuestionHintId[] = [];
  if (!namesChange) hints.push('change');
  if (!namesStudents) hints.push('students');
  if (!asks) hints.push('question');
  return { blank: false, namesChange, namesStudents, asks, hints };
}
