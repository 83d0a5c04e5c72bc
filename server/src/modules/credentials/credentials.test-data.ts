import type { LightMyRequestResponse } from 'fastify';

/** A micro-credential as the tests author it (two requirements, two criteria). */
export const CHECKS = {
  title: { en: 'Checks for understanding', es: 'Comprobación de la comprensión' },
  description: {
    en: 'Plans and uses checks that change the lesson.',
    es: 'Planifica y usa comprobaciones que cambian la clase.',
  },
  competency: { en: 'Checking for understanding', es: 'Comprobar la comprensión' },
  keyMethod: {
    en: 'Hinge questions with all-student responses.',
    es: 'Preguntas bisagra con respuesta de todo el grupo.',
  },
  requirements: [
    {
      id: 'plan',
      kind: 'plan',
      prompt: { en: 'A plan with a hinge question', es: 'Un plan con una pregunta bisagra' },
      count: 1,
    },
    {
      id: 'result',
      kind: 'text',
      prompt: { en: 'What the responses showed', es: 'Lo que mostraron las respuestas' },
      count: 1,
    },
  ],
  rubric: [
    {
      id: 'design',
      name: { en: 'Question design', es: 'Diseño de la pregunta' },
      levels: [{ en: 'Beginning' }, { en: 'Developing' }, { en: 'Proficient' }],
      passLevel: 2,
    },
    {
      id: 'response',
      name: { en: 'Responding to evidence', es: 'Respuesta a la evidencia' },
      levels: [{ en: 'Beginning' }, { en: 'Developing' }, { en: 'Proficient' }],
      passLevel: 1,
    },
  ],
};

type Send = (cookie: string, method: 'POST' | 'PUT', url: string, payload?: object) => Promise<LightMyRequestResponse>;

/**
 * A teacher's attempt at a CHECKS-shaped micro-credential, from start to a passing review: a plan
 * and a note as evidence, submitted, scored 2 and 2 by the coach. Each step's response is returned,
 * so every test asserts on the steps it cares about.
 */
export async function passingAttempt(
  send: Send,
  cookies: { teacher: string; coach: string },
  microCredentialId: string,
  planId: string,
) {
  const started = (await send(cookies.teacher, 'POST', `/credentials/${microCredentialId}/submissions`)).json() as {
    id: string;
  };
  const saved = await send(cookies.teacher, 'PUT', `/credentials/submissions/${started.id}/draft`, {
    evidence: [
      { requirementId: 'plan', type: 'plan', artefactId: planId },
      { requirementId: 'result', type: 'text', text: 'Most chose B.' },
    ],
    reflections: { plan: 'It split the class.', result: 'I retaught.' },
  });
  const submitted = await send(cookies.teacher, 'POST', `/credentials/submissions/${started.id}/submit`);
  const reviewed = await send(cookies.coach, 'POST', `/credentials/submissions/${started.id}/review`, {
    scores: [
      { criterionId: 'design', level: 2 },
      { criterionId: 'response', level: 2 },
    ],
    feedback: 'Well done.',
  });
  return { submissionId: started.id, saved, submitted, reviewed };
}
