import type { EvidenceRequirement, RubricCriterion } from '#core/contracts/credentials';
import { microCredentials } from '../../modules/credentials/credentials.table';
import type { Tx } from '../client';

const levels = [
  { en: 'Beginning', es: 'Inicial' },
  { en: 'Developing', es: 'En desarrollo' },
  { en: 'Proficient', es: 'Competente' },
  { en: 'Exemplary', es: 'Ejemplar' },
];

const checks = {
  title: { en: 'Checks for understanding', es: 'Comprobación de la comprensión' },
  description: {
    en: 'Plans a check for understanding, uses every student’s response and changes the lesson because of it.',
    es: 'Planifica una comprobación de la comprensión, usa la respuesta de cada estudiante y cambia la clase a partir de ella.',
  },
  competency: {
    en: 'Checking for understanding during the lesson',
    es: 'Comprobar la comprensión durante la clase',
  },
  keyMethod: {
    en: 'A hinge question with all-student responses (mini whiteboards or cards), read at a glance, with a plan for each answer.',
    es: 'Una pregunta bisagra con respuesta de todo el grupo (pizarritas o tarjetas), leída de un vistazo, con un plan para cada respuesta.',
  },
  requirements: [
    {
      id: 'plan',
      kind: 'plan',
      prompt: {
        en: 'A lesson plan with the hinge question and what you will do for each answer',
        es: 'Una planificación con la pregunta bisagra y lo que harás ante cada respuesta',
      },
      count: 1,
    },
    {
      id: 'reflection',
      kind: 'reflection',
      prompt: { en: 'Your reflection after teaching that lesson', es: 'Tu reflexión después de dar esa clase' },
      count: 1,
    },
    {
      id: 'responses',
      kind: 'text',
      prompt: {
        en: 'What the responses showed and what you changed',
        es: 'Lo que mostraron las respuestas y lo que cambiaste',
      },
      count: 1,
    },
  ] satisfies EvidenceRequirement[],
  rubric: [
    {
      id: 'design',
      name: { en: 'Question design: wrong answers diagnose', es: 'Diseño: las respuestas erróneas diagnostican' },
      levels,
      passLevel: 2,
    },
    { id: 'all-students', name: { en: 'Every student responds', es: 'Responde todo el grupo' }, levels, passLevel: 2 },
    {
      id: 'adjusts',
      name: { en: 'The lesson changes because of the evidence', es: 'La clase cambia a partir de la evidencia' },
      levels,
      passLevel: 2,
    },
  ] satisfies RubricCriterion[],
};

const feedback = {
  title: { en: 'Feedback that moves learning forward', es: 'Retroalimentación que hace avanzar el aprendizaje' },
  description: {
    en: 'Gives students feedback they act on in class, and checks that they did.',
    es: 'Da a sus estudiantes retroalimentación con la que actúan en clase, y comprueba que lo hicieron.',
  },
  competency: { en: 'Actionable feedback', es: 'Retroalimentación accionable' },
  keyMethod: {
    en: 'Feedback as a next step, with time in the lesson to act on it.',
    es: 'Retroalimentación como siguiente paso, con tiempo en la clase para actuar.',
  },
  requirements: [
    {
      id: 'work',
      kind: 'student-work',
      prompt: {
        en: 'Student work before and after the feedback',
        es: 'Trabajo de estudiantes antes y después de la retroalimentación',
      },
      count: 1,
    },
    {
      id: 'visit',
      kind: 'observation',
      prompt: {
        en: 'A coaching visit where feedback time was seen',
        es: 'Una visita de acompañamiento en la que se vio el tiempo de retroalimentación',
      },
      count: 1,
    },
  ] satisfies EvidenceRequirement[],
  rubric: [
    {
      id: 'actionable',
      name: { en: 'Feedback is a next step', es: 'La retroalimentación es un siguiente paso' },
      levels,
      passLevel: 2,
    },
    { id: 'acted-on', name: { en: 'Students act on it', es: 'Los estudiantes actúan' }, levels, passLevel: 2 },
  ] satisfies RubricCriterion[],
};

/** Two district micro-credentials in English and Spanish, authored by the demo coach. */
export async function seedDemoCredentials(tx: Tx, organizationId: string, userId: (email: string) => string) {
  const createdBy = userId('coach@example.org');
  await tx.insert(microCredentials).values([
    { organizationId, createdBy, ...checks },
    { organizationId, createdBy, ...feedback },
  ]);
}
