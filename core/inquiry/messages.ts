import type { Locale } from '../domain/roles';
import type { QuestionHintId } from './question-check';
import type { StageRuleId } from './stages';

/*
 * Hints and rule messages in both languages. Hints ask rather than correct; the rules say what is
 * missing and why (research/pedagogy.md §8.1). Spanish speaks as "tú", as docs/glossary.md does.
 */
export const QUESTION_HINT_TEXT: Record<QuestionHintId, Record<Locale, string>> = {
  change: {
    en: 'What will you change? Try starting with “If I …” — the one thing you will try.',
    es: '¿Qué vas a cambiar? Intenta empezar con «Si …»: lo único que vas a probar.',
  },
  students: {
    en: 'What will your students do differently? Name them: “… will my students …?”.',
    es: '¿Qué harán distinto tus estudiantes? Nómbralos: «… ¿mis estudiantes …?».',
  },
  question: {
    en: 'Ask it as a question you can answer with evidence, ending in “?”.',
    es: 'Escríbelo como una pregunta que puedas responder con evidencia, entre «¿» y «?».',
  },
};

export const QUESTION_READY_TEXT: Record<Locale, string> = {
  en: 'A change, your students and a question: something you can test.',
  es: 'Un cambio, tus estudiantes y una pregunta: algo que puedes poner a prueba.',
};

export const STAGE_RULE_TEXT: Record<StageRuleId, Record<Locale, string>> = {
  prediction: {
    en: 'Write your prediction before you try: what do you expect your students to do?',
    es: 'Escribe tu predicción antes de probar: ¿qué esperas que hagan tus estudiantes?',
  },
  evidence: {
    en: 'Add at least one evidence source before you try: what will you collect, and what will you count?',
    es: 'Agrega al menos una fuente de evidencia antes de probar: ¿qué vas a recoger y qué vas a contar?',
  },
  result: {
    en: 'Record the result before you reflect: what happened, compared with your prediction?',
    es: 'Anota el resultado antes de reflexionar: ¿qué pasó, comparado con tu predicción?',
  },
  reflection: {
    en: 'Write your reflection before you share: what did you learn, and what will you do next?',
    es: 'Escribe tu reflexión antes de compartir: ¿qué aprendiste y qué harás después?',
  },
};

export const questionHintText = (id: QuestionHintId, locale: Locale) => QUESTION_HINT_TEXT[id][locale];
export const stageRuleText = (id: StageRuleId, locale: Locale) => STAGE_RULE_TEXT[id][locale];
