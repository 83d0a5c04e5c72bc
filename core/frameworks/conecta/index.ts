import { FrameworkDocument } from '../../contracts/frameworks';
import { planning } from './d1-planning';
import { community } from './d2-community';
import { instruction } from './d3-instruction';
import { assessment } from './d4-assessment';
import { everyLearner } from './d5-every-learner';

/**
 * Bump when the built-in framework's content changes (the server rewrites its copy when the
 * version differs). Codes never change meaning: a practice that goes away keeps its code retired,
 * and a new one gets a new code, because ids (and observations, growth focuses…) hang on them.
 */
export const CONECTA_FRAMEWORK_VERSION = '1.0.0';

/*
 * Code scheme (stable): domain `D<n>`, practice `D<n>.P<m>`, look-for `D<n>.P<m>.L<k>`, numbered
 * from 1 in reading order. A look-for's code contains its practice's, which contains its domain's.
 */

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The built-in Conecta Teaching Framework (original text, English and Spanish), validated at load. */
export const CONECTA_FRAMEWORK: FrameworkDocument = deepFreeze(
  FrameworkDocument.parse({
    format: 'conecta-framework',
    version: 1,
    code: 'conecta',
    title: { en: 'Conecta Teaching Framework', es: 'Marco de Enseñanza Conecta' },
    description: {
      en: 'An open framework of everyday teaching practices, written for growth: each practice has look-fors an observer can see or hear, four levels that describe the next step, and strategy cards to try.',
      es: 'Un marco abierto de prácticas de enseñanza cotidianas, escrito para crecer: cada práctica tiene evidencias que quien observa puede ver u oír, cuatro niveles que describen el siguiente paso y tarjetas de estrategias para probar.',
    },
    source: { name: 'Conecta', license: 'AGPL-3.0-or-later (part of Conecta)' },
    domains: [planning, community, instruction, assessment, everyLearner],
  }),
);

/**
 * The practice that carries each topic the plan insights check (PEDAGOGY.md §1), plus the rest of
 * the framework: so other modules can name a practice without repeating its code.
 */
export const CONECTA_PRACTICE_CODES = {
  objectives: 'D1.P1',
  successCriteria: 'D1.P2',
  misconceptions: 'D1.P3',
  pacing: 'D1.P4',
  reflection: 'D1.P5',
  relationships: 'D2.P1',
  routines: 'D2.P2',
  participation: 'D2.P3',
  explanations: 'D3.P1',
  questioning: 'D3.P2',
  studentTalk: 'D3.P3',
  practiceAndRetrieval: 'D3.P4',
  checksForUnderstanding: 'D4.P1',
  hingeQuestions: 'D4.P2',
  feedback: 'D4.P3',
  closure: 'D4.P4',
  languageSupports: 'D5.P1',
  accommodations: 'D5.P2',
  extension: 'D5.P3',
} as const;
export type ConectaPracticeTopic = keyof typeof CONECTA_PRACTICE_CODES;
