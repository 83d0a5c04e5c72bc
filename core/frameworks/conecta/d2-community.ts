import { type DomainInput, levels } from './helpers';

/** Domain 2 of the Conecta Teaching Framework: the classroom as a community that learns. */
export const community: DomainInput = {
  code: 'D2',
  title: { en: 'A classroom community for learning', es: 'Una comunidad de aula para aprender' },
  description: {
    en: 'A classroom where every student belongs, knows how things work, and is expected to think.',
    es: 'Un aula donde cada estudiante pertenece, sabe cómo funcionan las cosas y se espera que piense.',
  },
  practices: [
    {
      code: 'D2.P1',
      title: { en: 'Relationships and belonging', es: 'Relaciones y sentido de pertenencia' },
      description: {
        en: 'Students feel known and respected by you and by each other, so they take the risks that learning asks of them.',
        es: 'Los estudiantes se sienten conocidos y respetados por ti y entre ellos, así que se animan a correr los riesgos que exige aprender.',
      },
      levels: levels({
        en: [
          'Your interactions with students are mostly about tasks and behaviour. A next step is to learn and use every student’s name and one of their interests.',
          'Your interactions are warm with many students, though some rarely speak or are rarely spoken to.',
          'Students are greeted and called by name, their ideas are taken seriously, and classmates listen to each other with respect.',
          'Students look out for each other, bring their own experiences and languages into the work, and repair conflicts with little help.',
        ],
        es: [
          'Tus interacciones con los estudiantes giran casi siempre en torno a tareas y conducta. Un siguiente paso es aprender y usar el nombre de cada estudiante y uno de sus intereses.',
          'Tus interacciones son cálidas con muchos estudiantes, aunque algunos casi no hablan o casi no reciben atención.',
          'Se saluda y se llama a los estudiantes por su nombre, sus ideas se toman en serio y los compañeros se escuchan con respeto.',
          'Los estudiantes se cuidan entre sí, aportan sus propias experiencias y lenguas al trabajo y resuelven los conflictos con poca ayuda.',
        ],
      }),
      lookFors: [
        {
          code: 'D2.P1.L1',
          text: {
            en: 'Students are greeted as they arrive and called by their names.',
            es: 'Se recibe a los estudiantes al llegar y se les llama por su nombre.',
          },
        },
        {
          code: 'D2.P1.L2',
          text: {
            en: 'Students’ ideas, experiences or home languages are invited into the lesson.',
            es: 'Se invitan a la clase las ideas, las experiencias o las lenguas de origen de los estudiantes.',
          },
        },
        {
          code: 'D2.P1.L3',
          text: {
            en: 'Students listen to each other and build on a classmate’s comment respectfully.',
            es: 'Los estudiantes se escuchan y retoman con respeto el comentario de un compañero.',
          },
        },
        {
          code: 'D2.P1.L4',
          text: {
            en: 'A student who makes a mistake in front of the class is supported, not laughed at.',
            es: 'Cuando alguien se equivoca frente al grupo, recibe apoyo y no burlas.',
          },
        },
      ],
      planTerms: {
        en: [
          'greet at the door',
          'greeting',
          'community circle',
          'morning meeting',
          'class norms',
          'norms',
          'interest survey',
          'check-in',
          'shout-outs',
          'celebrate',
          'home language',
        ],
        es: [
          'saludo en la puerta',
          'bienvenida',
          'círculo de diálogo',
          'asamblea',
          'normas de convivencia',
          'acuerdos de aula',
          'encuesta de intereses',
          'cómo llegamos hoy',
          'reconocimientos',
          'celebrar',
          'lengua materna',
        ],
      },
      resourceIds: ['udl-options'],
    },
    {
      code: 'D2.P2',
      title: { en: 'Routines and transitions', es: 'Rutinas y transiciones' },
      description: {
        en: 'Taught and practised routines let students start work quickly, move between activities smoothly and find what they need without waiting.',
        es: 'Las rutinas enseñadas y practicadas permiten que los estudiantes empiecen rápido, pasen de una actividad a otra con fluidez y encuentren lo que necesitan sin esperar.',
      },
      levels: levels({
        en: [
          'Starting the lesson, transitions and materials take a lot of time and depend on your directions. A next step is to choose one routine, write its steps and practise it with the class.',
          'Some routines are in place, but they need frequent reminders and transitions lose several minutes.',
          'Students follow the main routines with brief cues, so most of the period goes to learning.',
          'Students run the routines themselves, remind each other and suggest improvements; transitions take seconds.',
        ],
        es: [
          'El inicio de la clase, las transiciones y los materiales toman mucho tiempo y dependen de tus indicaciones. Un siguiente paso es elegir una rutina, escribir sus pasos y practicarla con el grupo.',
          'Hay algunas rutinas, pero necesitan recordatorios frecuentes y en las transiciones se pierden varios minutos.',
          'Los estudiantes siguen las rutinas principales con señales breves, así que la mayor parte del período se dedica a aprender.',
          'Los estudiantes llevan adelante las rutinas por sí mismos, se las recuerdan entre ellos y proponen mejoras; las transiciones toman segundos.',
        ],
      }),
      lookFors: [
        {
          code: 'D2.P2.L1',
          text: {
            en: 'Students begin a start-of-lesson task without being told.',
            es: 'Los estudiantes empiezan una tarea de inicio sin que haga falta indicárselo.',
          },
        },
        {
          code: 'D2.P2.L2',
          text: {
            en: 'Transitions between activities take less than a minute and follow a known signal.',
            es: 'Las transiciones entre actividades toman menos de un minuto y siguen una señal conocida.',
          },
        },
        {
          code: 'D2.P2.L3',
          text: {
            en: 'Materials are handed out and collected through a routine, without lost time.',
            es: 'Los materiales se reparten y se recogen con una rutina, sin perder tiempo.',
          },
        },
        {
          code: 'D2.P2.L4',
          text: {
            en: 'Students know what to do when they finish early or get stuck.',
            es: 'Los estudiantes saben qué hacer si terminan antes o si se atascan.',
          },
        },
      ],
      planTerms: {
        en: [
          'routine',
          'do now',
          'entry routine',
          'bell ringer',
          'attention signal',
          'transition',
          'countdown',
          'materials manager',
          'roles',
          'when you finish',
          'procedures',
        ],
        es: [
          'rutina',
          'rutina de inicio',
          'actividad de inicio',
          'tarea de entrada',
          'al entrar',
          'señal de atención',
          'transición',
          'cuenta regresiva',
          'encargado de materiales',
          'roles',
          'cuando termines',
          'procedimientos',
        ],
      },
      resourceIds: ['pacing', 'retrieval-practice'],
    },
    {
      code: 'D2.P3',
      title: {
        en: 'High expectations and participation for all',
        es: 'Altas expectativas y participación de todos',
      },
      description: {
        en: 'Every student is expected, and helped, to think and to answer, not only the volunteers.',
        es: 'Se espera que cada estudiante piense y responda, y se le ayuda a hacerlo, no solo a quienes levantan la mano.',
      },
      levels: levels({
        en: [
          'A few volunteers answer most questions. A next step is to give thinking time and have everyone answer, in writing or to a partner, before you call on anyone.',
          'You invite more students to answer, but “I don’t know” or a partial answer often ends the exchange.',
          'Students answer through routines that include everyone, and you come back to a student until they reach a complete answer.',
          'Students expect to be asked, push each other for complete answers and keep going on challenging tasks.',
        ],
        es: [
          'Unos pocos voluntarios responden la mayoría de las preguntas. Un siguiente paso es dar tiempo para pensar y pedir que todos respondan, por escrito o a un compañero, antes de llamar a alguien.',
          'Invitas a más estudiantes a responder, pero un “no sé” o una respuesta parcial suele cerrar el intercambio.',
          'Los estudiantes responden mediante rutinas que incluyen a todos, y vuelves a preguntarle a un estudiante hasta que llega a una respuesta completa.',
          'Los estudiantes esperan que se les pregunte, se piden respuestas completas entre ellos y perseveran en las tareas desafiantes.',
        ],
      }),
      lookFors: [
        {
          code: 'D2.P3.L1',
          text: {
            en: 'After a question there is a pause of a few seconds before answers are taken.',
            es: 'Después de una pregunta hay una pausa de unos segundos antes de recibir respuestas.',
          },
        },
        {
          code: 'D2.P3.L2',
          text: {
            en: 'Students are called on by name, including those who did not raise a hand.',
            es: 'Se llama a los estudiantes por su nombre, incluidos quienes no levantaron la mano.',
          },
        },
        {
          code: 'D2.P3.L3',
          text: {
            en: 'A student who says “I don’t know” is asked again after hearing from classmates.',
            es: 'A quien dice “no sé” se le vuelve a preguntar después de escuchar a sus compañeros.',
          },
        },
        {
          code: 'D2.P3.L4',
          text: {
            en: 'All students answer at once (in writing, on boards or to a partner) before anyone shares aloud.',
            es: 'Todos responden a la vez (por escrito, en pizarras o a un compañero) antes de que alguien comparta en voz alta.',
          },
        },
        {
          code: 'D2.P3.L5',
          text: {
            en: 'A more complete or more precise answer is asked for instead of accepting the first one.',
            es: 'Se pide una respuesta más completa o más precisa en lugar de aceptar la primera.',
          },
        },
      ],
      planTerms: {
        en: [
          'cold call',
          'wait time',
          'think time',
          'no opt out',
          'no hands up',
          'everyone writes',
          'all students respond',
          'random name',
          'name sticks',
          'call on',
          'complete sentences',
        ],
        es: [
          'llamado al azar',
          'palitos con nombres',
          'tiempo de espera',
          'tiempo para pensar',
          'sin manos arriba',
          'todos escriben',
          'todos responden',
          'nadie se queda fuera',
          'vuelvo a preguntar',
          'respuesta completa',
          'oraciones completas',
        ],
      },
      resourceIds: ['cold-call-wait-time', 'think-pair-share', 'mini-whiteboards'],
    },
  ],
};
