import { type DomainInput, levels } from './helpers';

/** Domain 1 of the Conecta Teaching Framework: designing lessons, and learning from them. */
export const planning: DomainInput = {
  code: 'D1',
  title: { en: 'Planning and reflecting', es: 'Planificar y reflexionar' },
  description: {
    en: 'Designing each lesson backwards from what students will learn, and learning from every lesson you teach.',
    es: 'Diseñar cada clase a partir de lo que los estudiantes van a aprender, y aprender de cada clase que das.',
  },
  practices: [
    {
      code: 'D1.P1',
      title: { en: 'Clear, measurable objectives', es: 'Objetivos claros y medibles' },
      description: {
        en: 'Each lesson aims at one or two objectives that say what students will be able to do, in words an observer could check.',
        es: 'Cada clase apunta a uno o dos objetivos que dicen qué podrán hacer los estudiantes, con palabras que alguien que observa podría comprobar.',
      },
      levels: levels({
        en: [
          'Your plans name a topic or an activity. A next step is to write what students will be able to do by the end of the lesson.',
          'Your objectives say what students will do, but some use verbs that are hard to see, such as understand or know. Try swapping in a verb you could observe.',
          'Your objectives use an observable verb and fit in one lesson, and students can say what they are learning and why.',
          'Your objectives also name a condition or a degree, and every activity and the exit ticket lead straight to them. Students use the objective to check their own progress.',
        ],
        es: [
          'Tus planificaciones nombran un tema o una actividad. Un siguiente paso es escribir qué podrán hacer los estudiantes al terminar la clase.',
          'Tus objetivos dicen qué harán los estudiantes, pero algunos usan verbos difíciles de observar, como comprender o saber. Prueba cambiarlos por un verbo que se pueda ver.',
          'Tus objetivos usan un verbo observable y caben en una clase, y los estudiantes pueden decir qué están aprendiendo y para qué.',
          'Tus objetivos además indican una condición o un grado, y cada actividad y el boleto de salida llevan directo a ellos. Los estudiantes usan el objetivo para revisar su propio avance.',
        ],
      }),
      lookFors: [
        {
          code: 'D1.P1.L1',
          text: {
            en: 'The objective is posted or stated in student-friendly words at the start of the lesson.',
            es: 'Al inicio de la clase, el objetivo está a la vista o se dice con palabras cercanas a los estudiantes.',
          },
        },
        {
          code: 'D1.P1.L2',
          text: {
            en: 'When asked, students can say what they are learning and what they will be able to do by the end.',
            es: 'Cuando se les pregunta, los estudiantes pueden decir qué están aprendiendo y qué podrán hacer al final.',
          },
        },
        {
          code: 'D1.P1.L3',
          text: {
            en: 'The tasks students work on lead directly to the objective.',
            es: 'Las tareas en las que trabajan los estudiantes llevan directamente al objetivo.',
          },
        },
        {
          code: 'D1.P1.L4',
          text: {
            en: 'The objective is revisited during the lesson or at the close.',
            es: 'Se vuelve al objetivo durante la clase o en el cierre.',
          },
        },
      ],
      planTerms: {
        en: [
          'objective',
          'learning objective',
          'learning target',
          'learning goal',
          'learning intention',
          'students will be able to',
          'swbat',
          'students will',
          'i can',
          'by the end of the lesson',
        ],
        es: [
          'objetivo',
          'objetivo de aprendizaje',
          'meta de aprendizaje',
          'intención de aprendizaje',
          'aprendizaje esperado',
          'propósito de la clase',
          'los estudiantes podrán',
          'los estudiantes serán capaces de',
          'puedo',
          'al final de la clase',
        ],
      },
      resourceIds: ['measurable-objectives', 'backward-design'],
    },
    {
      code: 'D1.P2',
      title: { en: 'Success criteria', es: 'Criterios de éxito' },
      description: {
        en: 'Students know what a good answer or product looks like before they start, through a few criteria, a checklist or an example of strong work.',
        es: 'Los estudiantes saben cómo se ve una buena respuesta o un buen producto antes de empezar, gracias a unos pocos criterios, una lista de cotejo o un ejemplo de buen trabajo.',
      },
      levels: levels({
        en: [
          'Students find out what counted as good work after it is marked. A next step is to write two or three criteria before the lesson.',
          'You share criteria, but they describe the task (finish the worksheet) more than the quality of the work. Try naming what a strong answer includes.',
          'Students see a few clear criteria, often with an example, and use them while they work.',
          'Students help build the criteria from examples and use them to give feedback to themselves and to each other.',
        ],
        es: [
          'Los estudiantes descubren qué contaba como buen trabajo después de la corrección. Un siguiente paso es escribir dos o tres criterios antes de la clase.',
          'Compartes criterios, pero describen la tarea (terminar la guía) más que la calidad del trabajo. Prueba nombrar qué incluye una respuesta sólida.',
          'Los estudiantes ven unos pocos criterios claros, muchas veces con un ejemplo, y los usan mientras trabajan.',
          'Los estudiantes ayudan a construir los criterios a partir de ejemplos y los usan para darse retroalimentación a sí mismos y entre ellos.',
        ],
      }),
      lookFors: [
        {
          code: 'D1.P2.L1',
          text: {
            en: 'Success criteria are visible or handed out before students start the task.',
            es: 'Los criterios de éxito están a la vista o se entregan antes de que los estudiantes empiecen la tarea.',
          },
        },
        {
          code: 'D1.P2.L2',
          text: {
            en: 'Students look at an example of strong work and say what makes it strong.',
            es: 'Los estudiantes miran un ejemplo de buen trabajo y dicen qué lo hace bueno.',
          },
        },
        {
          code: 'D1.P2.L3',
          text: {
            en: 'Students check their own work against the criteria before handing it in.',
            es: 'Los estudiantes revisan su propio trabajo con los criterios antes de entregarlo.',
          },
        },
        {
          code: 'D1.P2.L4',
          text: {
            en: 'Classmates give each other feedback that names one of the criteria.',
            es: 'Los compañeros se dan retroalimentación que nombra alguno de los criterios.',
          },
        },
      ],
      planTerms: {
        en: [
          'success criteria',
          'success criterion',
          'criteria for success',
          'i will know i have succeeded',
          'what good looks like',
          'checklist',
          'rubric',
          'exemplar',
          'model answer',
          'self-assessment',
        ],
        es: [
          'criterios de éxito',
          'criterio de éxito',
          'indicadores de logro',
          'sabré que lo logré',
          'lista de cotejo',
          'rúbrica',
          'pauta de evaluación',
          'ejemplo modelo',
          'respuesta modelo',
          'autoevaluación',
        ],
      },
      resourceIds: ['success-criteria'],
    },
    {
      code: 'D1.P3',
      title: { en: 'Anticipating misconceptions', es: 'Anticipar ideas erróneas' },
      description: {
        en: 'Before teaching, you work the task yourself, predict where students will go wrong, and plan how to bring those ideas into the open.',
        es: 'Antes de enseñar, resuelves la tarea por tu cuenta, prevés dónde se equivocarán los estudiantes y planificas cómo hacer visibles esas ideas.',
      },
      levels: levels({
        en: [
          'Errors come as a surprise during the lesson. A next step is to solve the task yourself and note one place where students might stumble.',
          'You expect some errors and correct them when they appear, mostly by explaining again.',
          'Your plan names the likely misconceptions and includes a question or an example that brings them out early.',
          'Students examine common errors themselves, explain why they are tempting and fix them: mistakes become material for learning.',
        ],
        es: [
          'Los errores aparecen por sorpresa durante la clase. Un siguiente paso es resolver la tarea por tu cuenta y anotar un punto donde los estudiantes podrían tropezar.',
          'Esperas algunos errores y los corriges cuando aparecen, sobre todo volviendo a explicar.',
          'Tu planificación nombra las ideas erróneas probables e incluye una pregunta o un ejemplo que las hace aparecer temprano.',
          'Los estudiantes analizan errores frecuentes, explican por qué son tentadores y los corrigen: los errores se vuelven material para aprender.',
        ],
      }),
      lookFors: [
        {
          code: 'D1.P3.L1',
          text: {
            en: 'A question or an example is posed that is designed to reveal a common mistake.',
            es: 'Se plantea una pregunta o un ejemplo pensado para revelar un error frecuente.',
          },
        },
        {
          code: 'D1.P3.L2',
          text: {
            en: 'Students analyse an incorrect answer and explain what went wrong.',
            es: 'Los estudiantes analizan una respuesta incorrecta y explican qué falló.',
          },
        },
        {
          code: 'D1.P3.L3',
          text: {
            en: 'Students share wrong answers without embarrassment, and errors are treated as useful.',
            es: 'Los estudiantes comparten respuestas equivocadas sin vergüenza, y los errores se tratan como algo útil.',
          },
        },
        {
          code: 'D1.P3.L4',
          text: {
            en: 'A misconception is met with a new example or representation, not only the same explanation repeated.',
            es: 'Ante una idea errónea, se ofrece un ejemplo o una representación nueva, no solo la misma explicación repetida.',
          },
        },
      ],
      planTerms: {
        en: [
          'misconception',
          'misconceptions',
          'common error',
          'common mistake',
          'students may think',
          'students might confuse',
          'anticipated errors',
          'error analysis',
          'find the mistake',
          'my favorite no',
          'non-example',
        ],
        es: [
          'idea errónea',
          'ideas erróneas',
          'concepción errónea',
          'error frecuente',
          'errores frecuentes',
          'error común',
          'los estudiantes podrían pensar',
          'podrían confundir',
          'errores previstos',
          'análisis de errores',
          'encuentra el error',
          'contraejemplo',
        ],
      },
      resourceIds: ['misconceptions', 'worked-examples'],
    },
    {
      code: 'D1.P4',
      title: { en: 'Pacing and lesson structure', es: 'Ritmo y estructura de la clase' },
      description: {
        en: 'The lesson has a clear arc with time set for each part, so that independent practice and closure are protected.',
        es: 'La clase tiene un recorrido claro con un tiempo para cada parte, de modo que la práctica independiente y el cierre no se pierden.',
      },
      levels: levels({
        en: [
          'Time runs out before students practise on their own or close the lesson. A next step is to write minutes next to each part of the plan.',
          'Your plan has timings, but some parts run long and the last ones get squeezed.',
          'The lesson follows a clear arc within the period, and you adjust the pace to what students show.',
          'Students know the plan for the lesson and help keep time; each part moves briskly and still leaves room to think.',
        ],
        es: [
          'El tiempo se acaba antes de que los estudiantes practiquen por su cuenta o cierren la clase. Un siguiente paso es escribir los minutos junto a cada parte de la planificación.',
          'Tu planificación tiene tiempos, pero algunas partes se alargan y las últimas quedan apretadas.',
          'La clase sigue un recorrido claro dentro del período, y ajustas el ritmo según lo que muestran los estudiantes.',
          'Los estudiantes conocen el plan de la clase y ayudan a cuidar el tiempo; cada parte avanza con agilidad y aun así deja espacio para pensar.',
        ],
      }),
      lookFors: [
        {
          code: 'D1.P4.L1',
          text: {
            en: 'The agenda or sequence of the lesson is visible to students.',
            es: 'La agenda o la secuencia de la clase está a la vista de los estudiantes.',
          },
        },
        {
          code: 'D1.P4.L2',
          text: {
            en: 'A timer or a time cue marks how long each task lasts.',
            es: 'Un temporizador o una señal de tiempo marca cuánto dura cada tarea.',
          },
        },
        {
          code: 'D1.P4.L3',
          text: {
            en: 'Students spend a substantial stretch of the lesson practising on their own or in groups.',
            es: 'Los estudiantes dedican un tramo importante de la clase a practicar por su cuenta o en grupos.',
          },
        },
        {
          code: 'D1.P4.L4',
          text: {
            en: 'Time is adjusted on the spot when students need more or less of it, and students are told why.',
            es: 'El tiempo se ajusta sobre la marcha cuando los estudiantes necesitan más o menos, y se les explica por qué.',
          },
        },
      ],
      planTerms: {
        en: [
          'minutes',
          'timer',
          'time stamp',
          'timing',
          'agenda',
          'warm-up',
          'launch',
          'i do we do you do',
          'guided practice',
          'independent practice',
          'transition',
        ],
        es: [
          'minutos',
          'temporizador',
          'cronómetro',
          'tiempo estimado',
          'agenda',
          'actividad de inicio',
          'inicio, desarrollo y cierre',
          'yo hago, hacemos, haces',
          'práctica guiada',
          'práctica independiente',
          'transición',
        ],
      },
      resourceIds: ['pacing', 'planning-rationale'],
    },
    {
      code: 'D1.P5',
      title: { en: 'Reflecting and growing as a professional', es: 'Reflexionar y crecer como profesional' },
      description: {
        en: 'After teaching, you look at what students said and produced, ask why, and carry one change into the next lesson.',
        es: 'Después de enseñar, miras lo que los estudiantes dijeron y produjeron, te preguntas por qué y llevas un cambio a la siguiente clase.',
      },
      levels: levels({
        en: [
          'Your reflection describes how the lesson went in general terms. A next step is to note one thing students did that surprised you.',
          'You explain why parts of the lesson worked or not, and you name something to change next time.',
          'You ground your reflection in student evidence, consider more than one explanation, and the change shows up in your next plan.',
          'You also question your own assumptions, ask which students the lesson served less well, and share what you learn with colleagues.',
        ],
        es: [
          'Tu reflexión describe en términos generales cómo fue la clase. Un siguiente paso es anotar algo que hicieron los estudiantes y que te sorprendió.',
          'Explicas por qué algunas partes de la clase funcionaron o no, y nombras algo para cambiar la próxima vez.',
          'Basas tu reflexión en evidencia de los estudiantes, consideras más de una explicación y el cambio aparece en tu siguiente planificación.',
          'Además cuestionas tus propios supuestos, te preguntas a qué estudiantes les sirvió menos la clase y compartes lo que aprendes con tus colegas.',
        ],
      }),
      lookFors: [
        {
          code: 'D1.P5.L1',
          text: {
            en: 'The lesson visibly includes a change planned after an earlier lesson with the same class.',
            es: 'La clase incluye de forma visible un cambio planificado a partir de una clase anterior con el mismo grupo.',
          },
        },
        {
          code: 'D1.P5.L2',
          text: {
            en: 'Student evidence is collected during the lesson to reflect on later (notes, photos of work, exit tickets kept).',
            es: 'Durante la clase se recoge evidencia de los estudiantes para reflexionar después (notas, fotos de trabajos, boletos de salida guardados).',
          },
        },
        {
          code: 'D1.P5.L3',
          text: {
            en: 'In the conversation after the lesson, specific student work or words are cited as evidence.',
            es: 'En la conversación posterior a la clase, se citan trabajos o palabras concretas de los estudiantes como evidencia.',
          },
        },
        {
          code: 'D1.P5.L4',
          text: {
            en: 'The growth focus being practised is named, and feedback on it is asked for.',
            es: 'Se nombra el foco de crecimiento que se está practicando y se pide retroalimentación sobre él.',
          },
        },
      ],
      planTerms: {
        en: [
          'next time',
          'last lesson',
          'last time',
          'yesterday students',
          'based on the exit tickets',
          'i noticed',
          'this time i will',
          'reflection',
          'growth focus',
          'carry forward',
        ],
        es: [
          'la próxima vez',
          'la clase anterior',
          'la última vez',
          'ayer los estudiantes',
          'según los boletos de salida',
          'noté que',
          'esta vez voy a',
          'reflexión',
          'foco de crecimiento',
          'a diferencia de la última vez',
        ],
      },
      resourceIds: ['carry-forward', 'growth-focus', 'planning-rationale'],
    },
  ],
};
