import { type DomainInput, levels } from './helpers';

/** Domain 3 of the Conecta Teaching Framework: teaching that keeps students doing the thinking. */
export const instruction: DomainInput = {
  code: 'D3',
  title: { en: 'Teaching that makes students think', es: 'Enseñanza que hace pensar' },
  description: {
    en: 'Explanations, questions, talk and practice that keep students doing the thinking.',
    es: 'Explicaciones, preguntas, conversación y práctica que mantienen a los estudiantes pensando.',
  },
  practices: [
    {
      code: 'D3.P1',
      title: { en: 'Clear explanations and modelling', es: 'Explicaciones claras y modelado' },
      description: {
        en: 'New ideas are explained in small steps with examples, and you think aloud while showing how an expert does the task.',
        es: 'Las ideas nuevas se explican en pasos breves y con ejemplos, y piensas en voz alta mientras muestras cómo alguien experto hace la tarea.',
      },
      levels: levels({
        en: [
          'Explanations run long or skip steps, and students are unsure how to start. A next step is to script the key explanation and one worked example.',
          'Your explanations are accurate and you show an example, but students watch more than they think along with you.',
          'You explain in short steps, think aloud through worked examples and check that students are following before you move on.',
          'Students take over the steps of the model as you gradually remove support, and they can explain why each step works.',
        ],
        es: [
          'Las explicaciones se alargan o se saltan pasos, y los estudiantes no saben bien cómo empezar. Un siguiente paso es escribir de antemano la explicación clave y un ejemplo resuelto.',
          'Tus explicaciones son correctas y muestras un ejemplo, pero los estudiantes miran más de lo que piensan contigo.',
          'Explicas en pasos breves, piensas en voz alta con ejemplos resueltos y compruebas que los estudiantes te siguen antes de avanzar.',
          'Los estudiantes van asumiendo los pasos del modelo a medida que retiras el apoyo, y pueden explicar por qué funciona cada paso.',
        ],
      }),
      lookFors: [
        {
          code: 'D3.P1.L1',
          text: {
            en: 'The decisions behind each step are said aloud while a task is modelled.',
            es: 'Mientras se modela una tarea, se dicen en voz alta las decisiones detrás de cada paso.',
          },
        },
        {
          code: 'D3.P1.L2',
          text: {
            en: 'A worked example stays visible while students practise.',
            es: 'Un ejemplo resuelto queda a la vista mientras los estudiantes practican.',
          },
        },
        {
          code: 'D3.P1.L3',
          text: {
            en: 'Students complete part of an example before solving a whole problem on their own.',
            es: 'Los estudiantes completan parte de un ejemplo antes de resolver un problema completo por su cuenta.',
          },
        },
        {
          code: 'D3.P1.L4',
          text: {
            en: 'Explanations use precise vocabulary together with a visual or concrete representation.',
            es: 'Las explicaciones usan vocabulario preciso junto con una representación visual o concreta.',
          },
        },
      ],
      planTerms: {
        en: [
          'model',
          'modelling',
          'modeling',
          'think aloud',
          'worked example',
          'i do',
          'we do',
          'demonstrate',
          'explicit instruction',
          'step by step',
          'anchor chart',
          'script',
        ],
        es: [
          'modelado',
          'modelar',
          'pensar en voz alta',
          'ejemplo resuelto',
          'yo hago',
          'hacemos juntos',
          'demostración',
          'enseñanza explícita',
          'paso a paso',
          'cartel de referencia',
          'ejemplo guiado',
          'guion de la explicación',
        ],
      },
      resourceIds: ['worked-examples'],
    },
    {
      code: 'D3.P2',
      title: { en: 'Higher-order questioning', es: 'Preguntas de orden superior' },
      description: {
        en: 'Planned questions ask students to explain, compare, justify and evaluate, not only to recall.',
        es: 'Las preguntas planificadas piden a los estudiantes explicar, comparar, justificar y evaluar, no solo recordar.',
      },
      levels: levels({
        en: [
          'Most questions have one short answer that is already known. A next step is to plan two “why” or “how do you know” questions for the key moment of the lesson.',
          'You ask some open questions, but answers are often accepted without asking for reasons.',
          'Your questions build from recall to reasoning, and students are asked to justify their answers with evidence.',
          'Students ask their own questions about the content and of each other, and the best questions shape the rest of the lesson.',
        ],
        es: [
          'La mayoría de las preguntas tienen una respuesta corta y ya conocida. Un siguiente paso es planificar dos preguntas de “por qué” o “cómo lo sabes” para el momento clave de la clase.',
          'Haces algunas preguntas abiertas, pero muchas veces se aceptan las respuestas sin pedir razones.',
          'Tus preguntas avanzan del recuerdo al razonamiento, y se pide a los estudiantes que justifiquen sus respuestas con evidencia.',
          'Los estudiantes formulan sus propias preguntas sobre el contenido y a sus compañeros, y las mejores preguntas orientan el resto de la clase.',
        ],
      }),
      lookFors: [
        {
          code: 'D3.P2.L1',
          text: {
            en: 'Questions are asked that begin with why, how or what if.',
            es: 'Se hacen preguntas que empiezan con por qué, cómo o qué pasaría si.',
          },
        },
        {
          code: 'D3.P2.L2',
          text: {
            en: 'Students are asked how they know, or what evidence supports an answer.',
            es: 'Se pregunta a los estudiantes cómo lo saben o qué evidencia respalda una respuesta.',
          },
        },
        {
          code: 'D3.P2.L3',
          text: {
            en: 'Students compare two ideas, methods or sources and judge which works better.',
            es: 'Los estudiantes comparan dos ideas, métodos o fuentes y juzgan cuál funciona mejor.',
          },
        },
        {
          code: 'D3.P2.L4',
          text: {
            en: 'Students pose questions of their own about the content.',
            es: 'Los estudiantes plantean sus propias preguntas sobre el contenido.',
          },
        },
      ],
      planTerms: {
        en: [
          'why',
          'how do you know',
          'justify',
          'explain your reasoning',
          'compare',
          'evaluate',
          'what if',
          'what evidence',
          'which is better',
          'convince',
          'open-ended question',
          'higher-order questions',
        ],
        es: [
          'por qué',
          'cómo lo sabes',
          'justifica',
          'explica tu razonamiento',
          'compara',
          'evalúa',
          'qué pasaría si',
          'qué evidencia',
          'cuál es mejor',
          'convence',
          'preguntas abiertas',
          'preguntas de orden superior',
        ],
      },
      resourceIds: ['higher-order-questions', 'cold-call-wait-time'],
    },
    {
      code: 'D3.P3',
      title: { en: 'Structured student talk', es: 'Conversación estructurada entre estudiantes' },
      description: {
        en: 'Students talk about the content in pairs and groups through routines that give everyone a turn, a purpose and language to use.',
        es: 'Los estudiantes conversan sobre el contenido en parejas y grupos mediante rutinas que dan a todos un turno, un propósito y un lenguaje para usar.',
      },
      levels: levels({
        en: [
          'Talk runs mostly between you and one student at a time. A next step is to add one turn-and-talk with a clear question at a key point.',
          'Students talk in pairs or groups, but the task or the roles are loose, so some conversations drift or a few voices take over.',
          'Talk routines have a clear question, a time, roles and sentence stems, and you listen in to choose what to bring to the whole class.',
          'Students build on, question and challenge each other’s ideas with evidence, and keep the discussion going without you at the centre.',
        ],
        es: [
          'La conversación ocurre sobre todo entre tú y un estudiante a la vez. Un siguiente paso es agregar un “gira y conversa” con una pregunta clara en un momento clave.',
          'Los estudiantes conversan en parejas o grupos, pero la tarea o los roles son poco claros, así que algunas conversaciones se desvían o pocas voces dominan.',
          'Las rutinas de conversación tienen una pregunta clara, un tiempo, roles y frases de apoyo, y escuchas a los grupos para elegir qué llevar a toda la clase.',
          'Los estudiantes amplían, cuestionan y debaten las ideas de los demás con evidencia, y sostienen la discusión sin que tú estés en el centro.',
        ],
      }),
      lookFors: [
        {
          code: 'D3.P3.L1',
          text: {
            en: 'Students explain their reasoning to a partner using a sentence frame.',
            es: 'Los estudiantes explican su razonamiento a un compañero usando una frase de apoyo.',
          },
        },
        {
          code: 'D3.P3.L2',
          text: {
            en: 'Every student has a set turn or role in the conversation.',
            es: 'Cada estudiante tiene un turno o un rol definido en la conversación.',
          },
        },
        {
          code: 'D3.P3.L3',
          text: {
            en: 'Students agree, disagree or add on to a classmate’s idea and say why.',
            es: 'Los estudiantes están de acuerdo, en desacuerdo o agregan algo a la idea de un compañero, y dicen por qué.',
          },
        },
        {
          code: 'D3.P3.L4',
          text: {
            en: 'During pair or group talk someone circulates and listens, then brings selected ideas to the whole class.',
            es: 'Durante la conversación en parejas o grupos, alguien recorre la sala escuchando y luego lleva ideas seleccionadas a todo el grupo.',
          },
        },
        {
          code: 'D3.P3.L5',
          text: {
            en: 'During the discussion, students speak more than the teacher.',
            es: 'Durante la discusión, los estudiantes hablan más que la o el docente.',
          },
        },
      ],
      planTerms: {
        en: [
          'turn and talk',
          'think-pair-share',
          'partner talk',
          'sentence stems',
          'talk moves',
          'accountable talk',
          'discussion protocol',
          'group roles',
          'jigsaw',
          'socratic seminar',
          'fishbowl',
          'numbered heads',
          'agree or disagree',
        ],
        es: [
          'gira y conversa',
          'piensa, en pareja, comparte',
          'conversación en parejas',
          'conversación estructurada',
          'frases de apoyo',
          'habla responsable',
          'protocolo de discusión',
          'roles del grupo',
          'rompecabezas',
          'seminario socrático',
          'pecera',
          'cabezas numeradas',
          'de acuerdo o en desacuerdo',
        ],
      },
      resourceIds: ['structured-student-talk', 'think-pair-share', 'sentence-frames'],
    },
    {
      code: 'D3.P4',
      title: { en: 'Practice and retrieval', es: 'Práctica y recuperación' },
      description: {
        en: 'Students practise new learning with less and less support, and regularly recall earlier learning so that it lasts.',
        es: 'Los estudiantes practican lo nuevo con cada vez menos apoyo y recuerdan con frecuencia lo aprendido antes, para que perdure.',
      },
      levels: levels({
        en: [
          'Practice happens mostly as homework, and earlier topics rarely come back. A next step is to open a lesson with three quick questions on last week’s learning.',
          'Students practise in class, but tasks jump from guided to fully independent, or review means re-reading notes.',
          'Practice moves from guided to independent, and short, ungraded recall of earlier content is a regular routine.',
          'Students choose practice that targets their own gaps and use recall to check what they have really learned.',
        ],
        es: [
          'La práctica ocurre sobre todo como tarea para la casa, y los temas anteriores casi no vuelven. Un siguiente paso es abrir una clase con tres preguntas rápidas sobre lo aprendido la semana pasada.',
          'Los estudiantes practican en clase, pero las tareas saltan de guiadas a totalmente independientes, o repasar significa releer los apuntes.',
          'La práctica avanza de guiada a independiente, y recordar contenidos anteriores con preguntas breves y sin nota es una rutina habitual.',
          'Los estudiantes eligen la práctica que apunta a sus propias brechas y usan la recuperación para comprobar qué aprendieron de verdad.',
        ],
      }),
      lookFors: [
        {
          code: 'D3.P4.L1',
          text: {
            en: 'The lesson opens with quick questions on earlier learning, answered from memory.',
            es: 'La clase empieza con preguntas rápidas sobre lo aprendido antes, que se responden de memoria.',
          },
        },
        {
          code: 'D3.P4.L2',
          text: {
            en: 'Students work through practice that moves from guided to independent.',
            es: 'Los estudiantes resuelven una práctica que avanza de guiada a independiente.',
          },
        },
        {
          code: 'D3.P4.L3',
          text: {
            en: 'Students practise for a sustained stretch and get quick feedback while they work.',
            es: 'Los estudiantes practican durante un tramo sostenido y reciben retroalimentación rápida mientras trabajan.',
          },
        },
        {
          code: 'D3.P4.L4',
          text: {
            en: 'Practice mixes the new skill with earlier ones.',
            es: 'La práctica mezcla la habilidad nueva con otras anteriores.',
          },
        },
      ],
      planTerms: {
        en: [
          'retrieval practice',
          'retrieval',
          'brain dump',
          'low-stakes quiz',
          'review questions',
          'spaced practice',
          'interleaved',
          'guided practice',
          'independent practice',
          'practice problems',
          'flashcards',
        ],
        es: [
          'práctica de recuperación',
          'recuperación',
          'repaso',
          'preguntas de repaso',
          'cuestionario breve',
          'práctica espaciada',
          'práctica intercalada',
          'práctica guiada',
          'práctica independiente',
          'ejercicios',
          'tarjetas de memoria',
        ],
      },
      resourceIds: ['retrieval-practice', 'worked-examples'],
    },
  ],
};
