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
