import { type DomainInput, levels } from './helpers';

/** Domain 5 of the Conecta Teaching Framework: supports and challenge so that every student learns. */
export const everyLearner: DomainInput = {
  code: 'D5',
  title: { en: 'Every learner', es: 'Cada estudiante' },
  description: {
    en: 'Planning supports and challenge so that every student can reach, and go beyond, the goal of the lesson.',
    es: 'Planificar apoyos y desafíos para que cada estudiante pueda alcanzar, y superar, la meta de la clase.',
  },
  practices: [
    {
      code: 'D5.P1',
      title: { en: 'Supports for language learners', es: 'Apoyos para quienes aprenden la lengua' },
      description: {
        en: 'Students who are still learning the language of instruction get scaffolds to understand the content and to speak and write about it, without lowering the thinking.',
        es: 'Los estudiantes que todavía aprenden la lengua de instrucción reciben andamiajes para comprender el contenido y para hablar y escribir sobre él, sin bajar el nivel de pensamiento.',
      },
      levels: levels({
        en: [
          'Language learners get the same input as everyone else, mostly spoken. A next step is to add visuals and a word bank for the key terms.',
          'You offer some supports (visuals, vocabulary), but they are the same for all and not tied to the language the task demands.',
          'You plan for the language of the task (key words, sentence frames, structured talk) for named students or groups, and the thinking stays demanding.',
          'Students use their home languages as a resource, lean on supports less over time and use academic language on their own.',
        ],
        es: [
          'Quienes aprenden la lengua reciben la misma información que el resto, sobre todo en forma oral. Un siguiente paso es agregar imágenes y un banco de palabras para los términos clave.',
          'Ofreces algunos apoyos (imágenes, vocabulario), pero son iguales para todos y no se relacionan con la lengua que exige la tarea.',
          'Planificas la lengua que exige la tarea (palabras clave, frases de apoyo, conversación estructurada) para estudiantes o grupos concretos, y el pensamiento sigue siendo exigente.',
          'Los estudiantes usan su lengua materna como recurso, dependen cada vez menos de los apoyos y usan el lenguaje académico por su cuenta.',
        ],
      }),
      lookFors: [
        {
          code: 'D5.P1.L1',
          text: {
            en: 'Key vocabulary is on display with pictures or examples.',
            es: 'El vocabulario clave está a la vista con imágenes o ejemplos.',
          },
        },
        {
          code: 'D5.P1.L2',
          text: {
            en: 'Students use sentence frames when they speak or write.',
            es: 'Los estudiantes usan frases de apoyo cuando hablan o escriben.',
          },
        },
        {
          code: 'D5.P1.L3',
          text: {
            en: 'Language learners rehearse an answer with a partner before sharing it with the class.',
            es: 'Quienes aprenden la lengua ensayan una respuesta con un compañero antes de compartirla con el grupo.',
          },
        },
        {
          code: 'D5.P1.L4',
          text: {
            en: 'Students may use their home language to discuss or plan their work.',
            es: 'Los estudiantes pueden usar su lengua materna para conversar o planificar su trabajo.',
          },
        },
        {
          code: 'D5.P1.L5',
          text: {
            en: 'Instructions are given both aloud and in writing, with a model.',
            es: 'Las instrucciones se dan en voz alta y por escrito, con un modelo.',
          },
        },
      ],
      planTerms: {
        en: [
          'english learners',
          'ell',
          'multilingual learners',
          'sentence frames',
          'sentence stems',
          'word bank',
          'visuals',
          'realia',
          'bilingual glossary',
          'home language',
          'cognates',
          'vocabulary preview',
          'graphic organizer',
        ],
        es: [
          'estudiantes que aprenden español',
          'quienes aprenden la lengua',
          'estudiantes multilingües',
          'frases de apoyo',
          'marcos de oraciones',
          'banco de palabras',
          'apoyos visuales',
          'imágenes',
          'glosario bilingüe',
          'lengua materna',
          'cognados',
          'vocabulario clave',
          'organizador gráfico',
        ],
      },
      resourceIds: ['language-supports', 'sentence-frames'],
    },
    {
      code: 'D5.P2',
      title: { en: 'Accommodations and differentiation', es: 'Adecuaciones y diferenciación' },
      description: {
        en: 'Specific supports remove the barriers some students face in taking in information, working and showing what they learned, while the goal stays the same.',
        es: 'Apoyos específicos quitan las barreras que algunos estudiantes enfrentan para recibir la información, trabajar y mostrar lo que aprendieron, mientras la meta sigue siendo la misma.',
      },
      levels: levels({
        en: [
          'Supports are written as “differentiate as needed” or appear only when a student asks. A next step is to name one student or group and one specific support in tomorrow’s plan.',
          'You plan supports for some students, but they change the task more than the barrier, or they are easy to forget in the moment.',
          'Your plan names students or groups, the barrier and a specific support, and offers options (formats, tools, time) that many students can use.',
          'Students know which supports help them and choose them; the lesson is designed from the start so that few separate adjustments are needed.',
        ],
        es: [
          'Los apoyos se escriben como “diferenciar según sea necesario” o solo aparecen cuando un estudiante los pide. Un siguiente paso es nombrar en la planificación de mañana a un estudiante o grupo y un apoyo específico.',
          'Planificas apoyos para algunos estudiantes, pero cambian la tarea más que la barrera, o es fácil olvidarlos en el momento.',
          'Tu planificación nombra estudiantes o grupos, la barrera y un apoyo específico, y ofrece opciones (formatos, herramientas, tiempo) que muchos estudiantes pueden usar.',
          'Los estudiantes saben qué apoyos les sirven y los eligen; la clase está diseñada desde el principio para que hagan falta pocos ajustes aparte.',
        ],
      }),
      lookFors: [
        {
          code: 'D5.P2.L1',
          text: {
            en: 'The supports in the plan are in use for the students they name.',
            es: 'Los apoyos de la planificación se están usando con los estudiantes que nombra.',
          },
        },
        {
          code: 'D5.P2.L2',
          text: {
            en: 'Students choose how to take in information or show learning (read or listen, write or say, draw).',
            es: 'Los estudiantes eligen cómo recibir la información o mostrar lo aprendido (leer o escuchar, escribir o decir, dibujar).',
          },
        },
        {
          code: 'D5.P2.L3',
          text: {
            en: 'Long tasks are broken into chunks with checkpoints.',
            es: 'Las tareas largas están divididas en partes con puntos de control.',
          },
        },
        {
          code: 'D5.P2.L4',
          text: {
            en: 'Tools such as checklists, timers, audio or enlarged text are within reach.',
            es: 'Hay herramientas al alcance, como listas de pasos, temporizadores, audio o texto ampliado.',
          },
        },
      ],
      planTerms: {
        en: [
          'accommodation',
          'accommodations',
          'modification',
          'iep',
          '504 plan',
          'chunk',
          'chunked',
          'extended time',
          'read aloud',
          'preferential seating',
          'choice board',
          'udl',
          'checklist',
          'scaffold',
          'small group',
        ],
        es: [
          'adecuación',
          'adecuaciones',
          'adaptación',
          'ajustes razonables',
          'plan de apoyo individual',
          'dividir la tarea',
          'tiempo adicional',
          'lectura en voz alta',
          'ubicación preferente',
          'tablero de opciones',
          'dua',
          'lista de pasos',
          'andamiaje',
          'apoyo individual',
          'grupo pequeño',
        ],
      },
      resourceIds: ['accommodations', 'udl-options'],
    },
    {
      code: 'D5.P3',
      title: { en: 'Extension and challenge', es: 'Ampliación y desafío' },
      description: {
        en: 'Students who are ready go deeper into the same objective (more complex, more open, more transfer) rather than doing more of the same work.',
        es: 'Quienes están listos profundizan en el mismo objetivo (más complejidad, más apertura, más transferencia) en lugar de hacer más de lo mismo.',
      },
      levels: levels({
        en: [
          'Students who finish early wait, or get more of the same exercises. A next step is to plan one deeper question on the same objective.',
          'You have extension tasks ready, but they are unrelated to the objective or offered to only a few students.',
          'Extensions ask for deeper thinking on the objective (explain, generalise, create) and are open to any student who is ready.',
          'Students pursue their own challenging questions about the objective and share them to push the class’s thinking further.',
        ],
        es: [
          'Quienes terminan antes esperan o reciben más ejercicios iguales. Un siguiente paso es planificar una pregunta más profunda sobre el mismo objetivo.',
          'Tienes tareas de ampliación listas, pero no se relacionan con el objetivo o solo se ofrecen a unos pocos.',
          'Las ampliaciones piden un pensamiento más profundo sobre el objetivo (explicar, generalizar, crear) y están abiertas a cualquier estudiante que esté listo.',
          'Los estudiantes siguen sus propias preguntas desafiantes sobre el objetivo y las comparten para llevar más lejos el pensamiento del grupo.',
        ],
      }),
      lookFors: [
        {
          code: 'D5.P3.L1',
          text: {
            en: 'Students who finish early move on to a task that goes deeper, not just longer.',
            es: 'Quienes terminan antes pasan a una tarea que profundiza, no solo que alarga.',
          },
        },
        {
          code: 'D5.P3.L2',
          text: {
            en: 'A challenge task asks students to generalise, create or explain a pattern.',
            es: 'Una tarea de desafío pide generalizar, crear o explicar un patrón.',
          },
        },
        {
          code: 'D5.P3.L3',
          text: {
            en: 'Any student can choose the challenge, not only those labelled as advanced.',
            es: 'Cualquier estudiante puede elegir el desafío, no solo quienes están identificados como avanzados.',
          },
        },
        {
          code: 'D5.P3.L4',
          text: {
            en: 'Extension work connects back to the objective of the lesson.',
            es: 'El trabajo de ampliación se conecta con el objetivo de la clase.',
          },
        },
      ],
      planTerms: {
        en: [
          'extension',
          'extend',
          'challenge',
          'enrichment',
          'early finishers',
          'if you finish early',
          'go deeper',
          'stretch',
          'open-ended',
          'generalize',
          'create your own',
        ],
        es: [
          'ampliación',
          'desafío',
          'reto',
          'profundización',
          'enriquecimiento',
          'si terminas antes',
          'quienes terminan antes',
          'para ir más allá',
          'pregunta abierta',
          'generaliza',
          'crea tu propio',
        ],
      },
      resourceIds: ['extension', 'higher-order-questions'],
    },
  ],
};
