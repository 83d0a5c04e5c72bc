import type { BuiltInProtocol } from './schema';

/** Describe → interpret → implications, in the spirit of the ATLAS structure (research/pedagogy.md §5.4). */
export const lookingAtStudentWork: BuiltInProtocol = {
  id: 'looking-at-student-work',
  name: { en: 'Looking at student work', es: 'Análisis del trabajo de los estudiantes' },
  purpose: {
    en: 'Read a set of student work slowly, separating what we see from what we think it means, and leave with next steps.',
    es: 'Leer con calma un conjunto de trabajos de estudiantes, separando lo que vemos de lo que creemos que significa, y salir con próximos pasos.',
  },
  steps: [
    {
      id: 'getting-started',
      title: { en: 'Getting started', es: 'Para empezar' },
      minutes: 5,
      speaker: 'presenter',
      prompts: [
        {
          en: 'Share the task and the samples briefly, without drawing conclusions.',
          es: 'Presenten brevemente la tarea y las muestras, sin sacar conclusiones.',
        },
        { en: 'Everyone reads the work silently.', es: 'Todos leen los trabajos en silencio.' },
      ],
    },
    {
      id: 'describe',
      title: { en: 'Describe', es: 'Describir' },
      minutes: 10,
      speaker: 'participants',
      prompts: [
        {
          en: 'What do you notice? Name only what is on the page and point to where it is.',
          es: '¿Qué observan? Mencionen solo lo que está en la hoja y señalen dónde.',
        },
        {
          en: 'Hold back words like “because”, “lazy” or “didn’t understand” for now.',
          es: 'Por ahora, eviten palabras como «porque», «flojo» o «no entendió».',
        },
      ],
    },
    {
      id: 'interpret',
      title: { en: 'Interpret', es: 'Interpretar' },
      minutes: 10,
      speaker: 'participants',
      prompts: [
        {
          en: 'What might the work tell us about how these students are thinking?',
          es: '¿Qué podría decirnos el trabajo sobre cómo piensan estos estudiantes?',
        },
        {
          en: 'Offer more than one explanation. What are we assuming?',
          es: 'Propongan más de una explicación. ¿Qué estamos suponiendo?',
        },
      ],
    },
    {
      id: 'implications',
      title: { en: 'Implications for teaching', es: 'Implicaciones para la enseñanza' },
      minutes: 15,
      speaker: 'all',
      prompts: [
        {
          en: 'What will we reteach, regroup or try next, and for which students?',
          es: '¿Qué volveremos a enseñar, cómo reagruparemos o qué probaremos, y con qué estudiantes?',
        },
        {
          en: 'What evidence will we bring next time to see if it worked?',
          es: '¿Qué evidencia traeremos la próxima vez para ver si funcionó?',
        },
      ],
    },
    {
      id: 'presenter-response',
      title: { en: 'Presenter’s response', es: 'Respuesta de quien presenta' },
      minutes: 5,
      speaker: 'presenter',
      prompts: [{ en: 'What did you hear that you will use?', es: '¿Qué escuchaste que vas a usar?' }],
    },
    {
      id: 'reflect',
      title: { en: 'Reflect on the protocol', es: 'Reflexión sobre el protocolo' },
      minutes: 5,
      speaker: 'facilitator',
      prompts: [
        {
          en: 'Did we stay with evidence? What would make the next round better?',
          es: '¿Nos mantuvimos en la evidencia? ¿Qué mejoraría la próxima ronda?',
        },
      ],
    },
  ],
};

/** Warm and cool feedback on a piece of work against the presenter's focusing question (research/pedagogy.md §5.3). */
export const tuning: BuiltInProtocol = {
  id: 'tuning',
  name: { en: 'Tuning', es: 'Afinación' },
  purpose: {
    en: 'Help a colleague tune a task, plan or assessment to their goals with warm and cool feedback.',
    es: 'Ayudar a un colega a afinar una tarea, plan o evaluación según sus metas, con comentarios cálidos y críticos.',
  },
  steps: [
    {
      id: 'norms',
      title: { en: 'Norms and roles', es: 'Normas y roles' },
      minutes: 5,
      speaker: 'facilitator',
      prompts: [
        {
          en: 'Remind everyone who speaks when, and keep time.',
          es: 'Recuerden quién habla en cada momento y controlen el tiempo.',
        },
      ],
    },
    {
      id: 'context',
      title: { en: 'Presenter’s context', es: 'Contexto de quien presenta' },
      minutes: 10,
      speaker: 'presenter',
      prompts: [
        {
          en: 'What are the goals, the task and the criteria?',
          es: '¿Cuáles son las metas, la tarea y los criterios?',
        },
        { en: 'State one focusing question for the group.', es: 'Plantea una pregunta de enfoque para el grupo.' },
      ],
    },
    {
      id: 'clarifying',
      title: { en: 'Clarifying questions', es: 'Preguntas aclaratorias' },
      minutes: 5,
      speaker: 'participants',
      prompts: [
        {
          en: 'Ask short factual questions with short answers.',
          es: 'Hagan preguntas breves sobre hechos, con respuestas breves.',
        },
      ],
    },
    {
      id: 'examine',
      title: { en: 'Examine the work', es: 'Examinar el trabajo' },
      minutes: 10,
      speaker: 'participants',
      prompts: [
        {
          en: 'Read silently and note where the work meets the goals and where it drifts.',
          es: 'Lean en silencio y anoten dónde el trabajo cumple las metas y dónde se aleja.',
        },
      ],
    },
    {
      id: 'feedback',
      title: { en: 'Warm and cool feedback', es: 'Comentarios cálidos y críticos' },
      minutes: 15,
      speaker: 'participants',
      prompts: [
        {
          en: 'Warm: where is the work in tune with its goals?',
          es: 'Cálidos: ¿dónde está el trabajo en sintonía con sus metas?',
        },
        {
          en: 'Cool: what gaps or questions do you see? The presenter listens without replying.',
          es: 'Críticos: ¿qué vacíos o preguntas ven? Quien presenta escucha sin responder.',
        },
      ],
    },
    {
      id: 'response',
      title: { en: 'Presenter reflects', es: 'Quien presenta reflexiona' },
      minutes: 10,
      speaker: 'presenter',
      prompts: [
        { en: 'Which ideas will you take, and what will you change?', es: '¿Qué ideas tomarás y qué vas a cambiar?' },
      ],
    },
    {
      id: 'debrief',
      title: { en: 'Debrief the process', es: 'Balance del proceso' },
      minutes: 5,
      speaker: 'all',
      prompts: [{ en: 'How did the protocol help or get in the way?', es: '¿En qué ayudó o estorbó el protocolo?' }],
    },
  ],
};
