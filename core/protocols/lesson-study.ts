import type { BuiltInProtocol } from './schema';

/** Plan → teach and observe → debrief on evidence of student thinking (research/pedagogy.md §5.2). */
export const lessonStudy: BuiltInProtocol = {
  id: 'lesson-study',
  name: { en: 'Lesson study', es: 'Estudio de clases' },
  purpose: {
    en: 'Plan a research lesson as a team, watch students while one colleague teaches it, and discuss what their thinking showed.',
    es: 'Planear en equipo una clase de investigación, observar a los estudiantes mientras un colega la enseña y analizar lo que mostró su pensamiento.',
  },
  steps: [
    {
      id: 'plan',
      title: { en: 'Plan the research lesson', es: 'Planear la clase de investigación' },
      minutes: 30,
      speaker: 'all',
      prompts: [
        {
          en: 'Which research theme and goal does this lesson serve?',
          es: '¿A qué tema y meta de investigación responde esta clase?',
        },
        {
          en: 'For each task, write the student responses we expect.',
          es: 'Para cada tarea, escriban las respuestas de estudiantes que esperamos.',
        },
        {
          en: 'What evidence will observers collect, and which students will each one follow?',
          es: '¿Qué evidencia recogerán los observadores y a qué estudiantes seguirá cada uno?',
        },
      ],
    },
    {
      id: 'teach-observe',
      title: { en: 'Teach and observe', es: 'Enseñar y observar' },
      minutes: 45,
      speaker: 'presenter',
      prompts: [
        {
          en: 'One colleague teaches; the others watch students, not the teacher.',
          es: 'Un colega enseña; los demás observan a los estudiantes, no al docente.',
        },
        {
          en: 'Write down what students say and do, word for word where you can.',
          es: 'Anoten lo que dicen y hacen los estudiantes, textualmente cuando puedan.',
        },
      ],
    },
    {
      id: 'debrief-teacher',
      title: { en: 'Teacher’s reflection', es: 'Reflexión de quien enseñó' },
      minutes: 5,
      speaker: 'presenter',
      prompts: [
        {
          en: 'What did you notice about the students’ thinking?',
          es: '¿Qué notaste en el pensamiento de los estudiantes?',
        },
      ],
    },
    {
      id: 'debrief-evidence',
      title: { en: 'Evidence from observers', es: 'Evidencia de los observadores' },
      minutes: 20,
      speaker: 'participants',
      prompts: [
        {
          en: 'Share evidence first: what did your students say, write or do?',
          es: 'Compartan primero evidencia: ¿qué dijeron, escribieron o hicieron sus estudiantes?',
        },
        {
          en: 'Then explain it: what does the evidence suggest about the lesson design?',
          es: 'Luego explíquenla: ¿qué sugiere la evidencia sobre el diseño de la clase?',
        },
      ],
    },
    {
      id: 'conclusions',
      title: { en: 'Conclusions and revisions', es: 'Conclusiones y ajustes' },
      minutes: 10,
      speaker: 'all',
      prompts: [
        {
          en: 'What have we learned about our research theme?',
          es: '¿Qué aprendimos sobre nuestro tema de investigación?',
        },
        {
          en: 'What would we revise before teaching the lesson again?',
          es: '¿Qué ajustaríamos antes de volver a enseñar la clase?',
        },
      ],
    },
  ],
};

/** The four questions of a professional learning community, over a common assessment (research/pedagogy.md §5.1). */
export const dataMeeting: BuiltInProtocol = {
  id: 'data-meeting',
  name: { en: 'Data meeting (four questions)', es: 'Reunión de datos (cuatro preguntas)' },
  purpose: {
    en: 'Look at the results of a common assessment and decide how to respond for every student.',
    es: 'Revisar los resultados de una evaluación común y decidir cómo responder a cada estudiante.',
  },
  steps: [
    {
      id: 'learn',
      title: { en: 'What should students learn?', es: '¿Qué deben aprender los estudiantes?' },
      minutes: 5,
      speaker: 'facilitator',
      prompts: [
        {
          en: 'Which essential standard did this assessment measure?',
          es: '¿Qué estándar esencial midió esta evaluación?',
        },
      ],
    },
    {
      id: 'know',
      title: { en: 'How will we know?', es: '¿Cómo sabremos que lo aprendieron?' },
      minutes: 10,
      speaker: 'participants',
      prompts: [
        {
          en: 'Describe the results: who met the standard and who did not? Facts only.',
          es: 'Describan los resultados: ¿quién alcanzó el estándar y quién no? Solo hechos.',
        },
        { en: 'Which items or criteria tell us the most?', es: '¿Qué ítems o criterios nos dicen más?' },
      ],
    },
    {
      id: 'respond',
      title: { en: 'How will we respond when they have not?', es: '¿Cómo responderemos si no lo aprendieron?' },
      minutes: 15,
      speaker: 'all',
      prompts: [
        {
          en: 'Which students need another way in, and what will we do with them this week?',
          es: '¿Qué estudiantes necesitan otra forma de acceder y qué haremos con ellos esta semana?',
        },
      ],
    },
    {
      id: 'extend',
      title: { en: 'How will we extend when they have?', es: '¿Cómo ampliaremos si ya lo aprendieron?' },
      minutes: 10,
      speaker: 'all',
      prompts: [
        {
          en: 'What will students who already show mastery do to go further?',
          es: '¿Qué harán para ir más allá los estudiantes que ya muestran dominio?',
        },
      ],
    },
    {
      id: 'goal',
      title: { en: 'Goal and next check', es: 'Meta y próxima comprobación' },
      minutes: 5,
      speaker: 'facilitator',
      prompts: [
        {
          en: 'Set a measurable goal and the date of the next common check.',
          es: 'Fijen una meta medible y la fecha de la próxima comprobación común.',
        },
      ],
    },
  ],
};
