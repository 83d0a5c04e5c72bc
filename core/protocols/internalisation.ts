import type { BuiltInProtocol } from './schema';

/** Intellectual preparation to teach the adopted curriculum well (research/pedagogy.md §5.5): not writing new lessons. */
export const unitInternalisation: BuiltInProtocol = {
  id: 'unit-internalisation',
  name: { en: 'Unit internalisation', es: 'Interiorización de la unidad' },
  purpose: {
    en: 'Before the unit starts, agree on what students will learn across it, how they will show it, and where they may struggle.',
    es: 'Antes de empezar la unidad, acordar qué aprenderán los estudiantes, cómo lo demostrarán y dónde pueden tener dificultades.',
  },
  steps: [
    {
      id: 'purpose',
      title: { en: 'Purpose and norms', es: 'Propósito y normas' },
      minutes: 5,
      speaker: 'facilitator',
      prompts: [
        {
          en: 'Which unit are we preparing, and when do we start teaching it?',
          es: '¿Qué unidad preparamos y cuándo empezamos a enseñarla?',
        },
      ],
    },
    {
      id: 'end-task',
      title: { en: 'Do the end-of-unit task', es: 'Resolver la tarea final de la unidad' },
      minutes: 15,
      speaker: 'all',
      prompts: [
        {
          en: 'Complete the final assessment yourself, as a student would.',
          es: 'Resuelvan la evaluación final ustedes mismos, como lo haría un estudiante.',
        },
        {
          en: 'What would a strong answer contain? Write one exemplar together.',
          es: '¿Qué tendría una respuesta sólida? Escriban juntos una respuesta modelo.',
        },
      ],
    },
    {
      id: 'arc',
      title: { en: 'Map the arc of learning', es: 'Trazar el recorrido de aprendizaje' },
      minutes: 15,
      speaker: 'all',
      prompts: [
        {
          en: 'Which standards and big ideas does the unit build, and in what order?',
          es: '¿Qué estándares e ideas centrales construye la unidad y en qué orden?',
        },
        { en: 'Which lessons carry the most weight? Mark them.', es: '¿Qué lecciones pesan más? Márquenlas.' },
      ],
    },
    {
      id: 'misconceptions',
      title: { en: 'Anticipate misconceptions', es: 'Anticipar errores conceptuales' },
      minutes: 10,
      speaker: 'participants',
      prompts: [
        {
          en: 'Where will our students most likely go wrong, and why?',
          es: '¿Dónde es más probable que nuestros estudiantes se equivoquen, y por qué?',
        },
        {
          en: 'Which scaffolds or extensions do we plan for those moments?',
          es: '¿Qué apoyos o ampliaciones planeamos para esos momentos?',
        },
      ],
    },
    {
      id: 'commitments',
      title: { en: 'Commitments', es: 'Compromisos' },
      minutes: 5,
      speaker: 'facilitator',
      prompts: [
        {
          en: 'Who prepares what before the first lesson, and by when?',
          es: '¿Quién prepara qué antes de la primera lección, y para cuándo?',
        },
      ],
    },
  ],
};

export const lessonInternalisation: BuiltInProtocol = {
  id: 'lesson-internalisation',
  name: { en: 'Lesson internalisation', es: 'Interiorización de la lección' },
  purpose: {
    en: 'Prepare an upcoming lesson together: do its tasks, write exemplars, and plan for the hardest moments.',
    es: 'Preparar juntos una próxima lección: resolver sus tareas, escribir respuestas modelo y planear los momentos más difíciles.',
  },
  steps: [
    {
      id: 'objective',
      title: { en: 'Objective and check', es: 'Objetivo y comprobación' },
      minutes: 10,
      speaker: 'all',
      prompts: [
        {
          en: 'Say the objective in your own words. Which standard does it serve?',
          es: 'Digan el objetivo con sus palabras. ¿A qué estándar responde?',
        },
        {
          en: 'Answer the lesson’s own check for understanding and agree on an exemplar.',
          es: 'Respondan la comprobación de comprensión de la lección y acuerden una respuesta modelo.',
        },
      ],
    },
    {
      id: 'do-the-tasks',
      title: { en: 'Do every student task', es: 'Resolver cada tarea del estudiante' },
      minutes: 15,
      speaker: 'participants',
      prompts: [
        {
          en: 'Work through each task silently, then compare solutions.',
          es: 'Resuelvan cada tarea en silencio y luego comparen soluciones.',
        },
        {
          en: 'How long did each part take you? Adjust the pacing.',
          es: '¿Cuánto tardaron en cada parte? Ajusten el ritmo.',
        },
      ],
    },
    {
      id: 'deep-dive',
      title: { en: 'Activity deep-dive', es: 'Análisis de las actividades' },
      minutes: 15,
      speaker: 'all',
      prompts: [
        {
          en: 'How does each part move students toward the objective?',
          es: '¿Cómo acerca cada parte a los estudiantes al objetivo?',
        },
        {
          en: 'Which key questions will we ask, and where will students struggle?',
          es: '¿Qué preguntas clave haremos y dónde tendrán dificultades los estudiantes?',
        },
      ],
    },
    {
      id: 'rehearse',
      title: { en: 'Rehearse a key moment', es: 'Ensayar un momento clave' },
      minutes: 10,
      speaker: 'presenter',
      prompts: [
        {
          en: 'One person rehearses the hardest moment; the others play students.',
          es: 'Una persona ensaya el momento más difícil; los demás hacen de estudiantes.',
        },
        {
          en: 'One thing that worked, one thing to try differently.',
          es: 'Algo que funcionó y algo que probar de otra manera.',
        },
      ],
    },
    {
      id: 'resources',
      title: { en: 'Resources and commitments', es: 'Materiales y compromisos' },
      minutes: 5,
      speaker: 'facilitator',
      prompts: [
        {
          en: 'What needs copying, setting up or adapting, and who does it?',
          es: '¿Qué hay que copiar, preparar o adaptar, y quién lo hace?',
        },
      ],
    },
  ],
};
