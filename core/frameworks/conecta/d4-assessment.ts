import { type DomainInput, levels } from './helpers';

/** Domain 4 of the Conecta Teaching Framework: seeing learning as it happens, and acting on it. */
export const assessment: DomainInput = {
  code: 'D4',
  title: { en: 'Checking and responding to learning', es: 'Comprobar el aprendizaje y responder a él' },
  description: {
    en: 'Seeing what every student understands during the lesson, and using it to decide what comes next.',
    es: 'Ver qué entiende cada estudiante durante la clase y usarlo para decidir qué sigue.',
  },
  practices: [
    {
      code: 'D4.P1',
      title: { en: 'Checks for understanding', es: 'Comprobación de la comprensión' },
      description: {
        en: 'At key points you gather quick evidence from every student, not just the volunteers, before moving on.',
        es: 'En momentos clave recoges evidencia rápida de cada estudiante, no solo de los voluntarios, antes de avanzar.',
      },
      levels: levels({
        en: [
          'You ask “Any questions?” or “Does that make sense?” and move on. A next step is to plan one question that every student answers at once before independent work.',
          'You check understanding with a few students, so your picture of the class is partial.',
          'You plan whole-class checks at key points (boards, cards, a quick write) and look at every answer.',
          'Checks run through the whole lesson, students say where they are stuck, and the evidence visibly changes what happens next.',
        ],
        es: [
          'Preguntas “¿Alguna duda?” o “¿Se entiende?” y sigues adelante. Un siguiente paso es planificar una pregunta que todos respondan a la vez antes del trabajo independiente.',
          'Compruebas la comprensión con algunos estudiantes, así que tu imagen del grupo queda incompleta.',
          'Planificas comprobaciones con todo el grupo en momentos clave (pizarras, tarjetas, escritura breve) y miras cada respuesta.',
          'Las comprobaciones atraviesan toda la clase, los estudiantes dicen dónde se atascan y la evidencia cambia de forma visible lo que sigue.',
        ],
      }),
      lookFors: [
        {
          code: 'D4.P1.L1',
          text: {
            en: 'All students show an answer at the same time (mini-whiteboards, cards, fingers).',
            es: 'Todos los estudiantes muestran una respuesta al mismo tiempo (pizarras, tarjetas, dedos).',
          },
        },
        {
          code: 'D4.P1.L2',
          text: {
            en: 'Responses are scanned and what they show is said aloud (“Most of you chose B…”).',
            es: 'Se revisan las respuestas y se dice en voz alta lo que muestran (“La mayoría eligió la B…”).',
          },
        },
        {
          code: 'D4.P1.L3',
          text: {
            en: 'During practice, someone circulates, looks at student work and asks quick questions.',
            es: 'Durante la práctica, alguien recorre la sala, mira los trabajos y hace preguntas rápidas.',
          },
        },
        {
          code: 'D4.P1.L4',
          text: {
            en: 'A check happens before students start working on their own.',
            es: 'Hay una comprobación antes de que los estudiantes empiecen a trabajar por su cuenta.',
          },
        },
      ],
      planTerms: {
        en: [
          'check for understanding',
          'cfu',
          'mini-whiteboards',
          'whiteboards',
          'hinge question',
          'exit ticket',
          'thumbs',
          'fist to five',
          'cold call',
          'response cards',
          'quick write',
          'show me',
          'stop and jot',
          'circulate',
          'traffic light',
        ],
        es: [
          'comprobación de la comprensión',
          'verificación de la comprensión',
          'pizarras',
          'pizarritas',
          'pregunta bisagra',
          'boleto de salida',
          'pulgares',
          'cinco dedos',
          'llamado al azar',
          'tarjetas de respuesta',
          'escritura rápida',
          'muéstrame',
          'recorro la sala',
          'monitoreo',
          'semáforo',
        ],
      },
      resourceIds: ['checks-for-understanding', 'mini-whiteboards', 'cold-call-wait-time'],
    },
    {
      code: 'D4.P2',
      title: { en: 'Hinge questions and responsive teaching', es: 'Preguntas bisagra y enseñanza que responde' },
      description: {
        en: 'At a turning point of the lesson, a well-built question shows who is ready, and you have decided in advance what to do with each result.',
        es: 'En un punto de giro de la clase, una pregunta bien construida muestra quién está listo, y ya decidiste qué hacer con cada resultado.',
      },
      levels: levels({
        en: [
          'The lesson follows the plan whatever students show. A next step is to write one decision rule: “If fewer than … answer correctly, I will …”.',
          'You notice when students struggle and adjust, but the change is decided on the spot and usually means explaining again to everyone.',
          'You use a hinge question whose wrong answers reveal specific misconceptions, and you act on a decision rule you planned.',
          'You respond differently to different groups at the same moment, reteaching some and extending others, and students understand why.',
        ],
        es: [
          'La clase sigue lo planificado sin importar lo que muestren los estudiantes. Un siguiente paso es escribir una regla de decisión: “Si menos de … responden bien, voy a …”.',
          'Notas cuando a los estudiantes les cuesta y ajustas, pero el cambio se decide sobre la marcha y suele ser volver a explicar a todos.',
          'Usas una pregunta bisagra cuyas respuestas incorrectas revelan ideas erróneas concretas, y actúas según una regla de decisión que planificaste.',
          'Respondes de manera distinta a distintos grupos en el mismo momento, volviendo a enseñar a unos y ampliando con otros, y los estudiantes entienden por qué.',
        ],
      }),
      lookFors: [
        {
          code: 'D4.P2.L1',
          text: {
            en: 'At a turning point, a multiple-choice question with believable wrong answers is posed.',
            es: 'En un punto de giro se plantea una pregunta de opción múltiple con respuestas incorrectas creíbles.',
          },
        },
        {
          code: 'D4.P2.L2',
          text: {
            en: 'What happens next is announced based on the results (“If you chose C, join me at the table”).',
            es: 'Se anuncia qué sigue según los resultados (“Si elegiste la C, ven a la mesa conmigo”).',
          },
        },
        {
          code: 'D4.P2.L3',
          text: {
            en: 'Students who need it are retaught with a different approach while others continue or go deeper.',
            es: 'Quienes lo necesitan reciben una nueva explicación con otro enfoque mientras los demás siguen o profundizan.',
          },
        },
        {
          code: 'D4.P2.L4',
          text: {
            en: 'Students explain why a wrong option is tempting.',
            es: 'Los estudiantes explican por qué una opción incorrecta resulta tentadora.',
          },
        },
      ],
      planTerms: {
        en: [
          'hinge question',
          'decision rule',
          'if fewer than',
          'if most students',
          'then i will',
          'based on the results',
          'reteach',
          'small group reteach',
          'pull a group',
          'distractor',
          'multiple choice',
          'adjust',
        ],
        es: [
          'pregunta bisagra',
          'regla de decisión',
          'si menos de',
          'si la mayoría',
          'entonces voy a',
          'según los resultados',
          'volver a enseñar',
          'reenseñanza',
          'grupo pequeño',
          'distractores',
          'opción múltiple',
          'ajustar',
        ],
      },
      resourceIds: ['hinge-questions', 'misconceptions', 'checks-for-understanding'],
    },
    {
      code: 'D4.P3',
      title: { en: 'Feedback that moves learning forward', es: 'Retroalimentación que hace avanzar' },
      description: {
        en: 'Students get timely, specific feedback about the task and their next step, and time to use it.',
        es: 'Los estudiantes reciben retroalimentación oportuna y específica sobre la tarea y su siguiente paso, y tiempo para usarla.',
      },
      levels: levels({
        en: [
          'Feedback comes mostly as marks or general praise (“good job”). A next step is to write one specific next step on a few pieces of work and give time to act on it.',
          'Your feedback is specific, but it arrives late, or students read it without acting on it.',
          'Feedback names what is working and one next step linked to the success criteria, and students use it in class.',
          'Students ask for feedback, give useful feedback to classmates and track how their work improves over time.',
        ],
        es: [
          'La retroalimentación llega sobre todo como notas o elogios generales (“¡bien hecho!”). Un siguiente paso es escribir un paso concreto en algunos trabajos y dar tiempo para aplicarlo.',
          'Tu retroalimentación es específica, pero llega tarde, o los estudiantes la leen sin usarla.',
          'La retroalimentación nombra lo que funciona y un siguiente paso ligado a los criterios de éxito, y los estudiantes la usan en clase.',
          'Los estudiantes piden retroalimentación, dan retroalimentación útil a sus compañeros y siguen cómo mejora su trabajo con el tiempo.',
        ],
      }),
      lookFors: [
        {
          code: 'D4.P3.L1',
          text: {
            en: 'Feedback names something specific in the work, not only “good” or “wrong”.',
            es: 'La retroalimentación nombra algo específico del trabajo, no solo “bien” o “mal”.',
          },
        },
        {
          code: 'D4.P3.L2',
          text: {
            en: 'Students revise their work in class after receiving feedback.',
            es: 'Los estudiantes corrigen su trabajo en clase después de recibir retroalimentación.',
          },
        },
        {
          code: 'D4.P3.L3',
          text: {
            en: 'Classmates give feedback using the success criteria or a protocol.',
            es: 'Los compañeros se dan retroalimentación usando los criterios de éxito o un protocolo.',
          },
        },
        {
          code: 'D4.P3.L4',
          text: {
            en: 'Whole-class feedback addresses a pattern seen across many students’ work.',
            es: 'Se da retroalimentación a todo el grupo sobre un patrón que aparece en el trabajo de muchos estudiantes.',
          },
        },
      ],
      planTerms: {
        en: [
          'feedback',
          'peer feedback',
          'whole-class feedback',
          'next step',
          'revise',
          'revision',
          'redo',
          'conference',
          'two stars and a wish',
          'glow and grow',
          'self-assessment',
        ],
        es: [
          'retroalimentación',
          'retroalimentación entre pares',
          'coevaluación',
          'siguiente paso',
          'próximo paso',
          'corregir',
          'revisar su trabajo',
          'reescribir',
          'dos estrellas y un deseo',
          'comentarios',
          'autoevaluación',
        ],
      },
      resourceIds: ['feedback', 'success-criteria'],
    },
    {
      code: 'D4.P4',
      title: { en: 'Closure and exit tickets', es: 'Cierre y boleto de salida' },
      description: {
        en: 'Students, not you, pull the lesson together, and a short task tied to the objective shows what each of them learned.',
        es: 'Son los estudiantes, no tú, quienes sintetizan la clase, y una tarea breve ligada al objetivo muestra qué aprendió cada uno.',
      },
      levels: levels({
        en: [
          'The lesson ends when time runs out, or with your own summary. A next step is to keep the last five minutes for one question that matches the objective.',
          'There is a closing task, but it asks about something other than the objective, or its results go unused.',
          'Students summarise or apply the key idea and complete a short exit ticket aligned to the objective, and you sort the results to plan the next lesson.',
          'Students reflect on their progress against the success criteria, and the next lesson visibly starts from what the exit tickets showed.',
        ],
        es: [
          'La clase termina cuando se acaba el tiempo, o con tu propio resumen. Un siguiente paso es guardar los últimos cinco minutos para una pregunta que coincida con el objetivo.',
          'Hay una tarea de cierre, pero pregunta por algo distinto del objetivo o sus resultados no se usan.',
          'Los estudiantes resumen o aplican la idea clave y completan un boleto de salida breve alineado con el objetivo, y clasificas los resultados para planificar la siguiente clase.',
          'Los estudiantes reflexionan sobre su avance respecto de los criterios de éxito, y la siguiente clase parte de forma visible de lo que mostraron los boletos de salida.',
        ],
      }),
      lookFors: [
        {
          code: 'D4.P4.L1',
          text: {
            en: 'Students, not the teacher, state the key idea of the lesson.',
            es: 'Son los estudiantes, y no la o el docente, quienes dicen la idea clave de la clase.',
          },
        },
        {
          code: 'D4.P4.L2',
          text: {
            en: 'Each student completes a short exit task on their own.',
            es: 'Cada estudiante completa por su cuenta una tarea breve de salida.',
          },
        },
        {
          code: 'D4.P4.L3',
          text: {
            en: 'The exit ticket asks students to do what the objective names.',
            es: 'El boleto de salida pide a los estudiantes hacer lo que nombra el objetivo.',
          },
        },
        {
          code: 'D4.P4.L4',
          text: {
            en: 'Students rate or describe their own progress toward the objective.',
            es: 'Los estudiantes valoran o describen su propio avance hacia el objetivo.',
          },
        },
        {
          code: 'D4.P4.L5',
          text: {
            en: 'The lesson ends with the planned closing activity, not with the bell interrupting work.',
            es: 'La clase termina con la actividad de cierre planificada, no con el timbre interrumpiendo el trabajo.',
          },
        },
      ],
      planTerms: {
        en: [
          'closure',
          'exit ticket',
          'exit slip',
          'wrap-up',
          'summary',
          'summarize',
          'plenary',
          '3-2-1',
          'one thing i learned',
          'muddiest point',
          'final check',
        ],
        es: [
          'cierre',
          'boleto de salida',
          'ticket de salida',
          'tarjeta de salida',
          'síntesis',
          'resumen',
          'resumir',
          'metacognición',
          '3-2-1',
          'lo que aprendí hoy',
          'pregunta final',
        ],
      },
      resourceIds: ['closure', 'exit-tickets'],
    },
  ],
};
