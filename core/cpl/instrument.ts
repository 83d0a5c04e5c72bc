/**
 * The Connected-Professional-Learning self-assessment (issue 6, research/pedagogy.md §6) as data.
 * It follows the shape of ERS's diagnostic — elements, sub-dimensions, a four-point scale — with
 * items written in our own words, and adds two domains the platform can see (time and
 * leadership). Versioned: answers are stored by item id, so a later version keeps old answers.
 */
export type Localized = { en: string; es: string };

export const CPL_VERSION = 1;
export const CPL_DOMAINS = ['curriculum', 'collaboration', 'feedback', 'time', 'leadership'] as const;
export type CplDomain = (typeof CPL_DOMAINS)[number];

export type CplItem = { id: string; text: Localized };
export type CplSubDimension = { id: string; title: Localized; items: CplItem[] };
export type CplDomainDefinition = {
  id: CplDomain;
  title: Localized;
  summary: Localized;
  subDimensions: CplSubDimension[];
};

/** The four points of every item, from "not in place" to "in place everywhere". */
export const CPL_SCALE = [
  { value: 1, label: { en: 'Not in place', es: 'No existe' } },
  { value: 2, label: { en: 'Starting in some places', es: 'Comienza en algunos lugares' } },
  { value: 3, label: { en: 'In place in most places', es: 'Presente en la mayoría' } },
  { value: 4, label: { en: 'In place everywhere, and routine', es: 'Presente en todas partes, como rutina' } },
] as const;
export const CPL_MIN = 1;
export const CPL_MAX = 4;

const item = (id: string, en: string, es: string): CplItem => ({ id, text: { en, es } });

export const CPL_INSTRUMENT: CplDomainDefinition[] = [
  {
    id: 'curriculum',
    title: { en: 'Curriculum and assessment', es: 'Currículo y evaluación' },
    summary: {
      en: 'Teachers work from strong shared materials, and professional learning starts from them.',
      es: 'El profesorado trabaja con materiales comunes sólidos, y la formación parte de ellos.',
    },
    subDimensions: [
      {
        id: 'curriculum.materials',
        title: { en: 'Strong, coherent materials', es: 'Materiales sólidos y coherentes' },
        items: [
          item(
            'curriculum.materials.1',
            'Every core subject has adopted materials that match our standards.',
            'Cada materia troncal tiene materiales adoptados que corresponden a nuestros estándares.',
          ),
          item(
            'curriculum.materials.2',
            'Unit assessments are part of the materials, not written by each teacher alone.',
            'Las evaluaciones de unidad forman parte de los materiales, no las escribe cada docente por su cuenta.',
          ),
          item(
            'curriculum.materials.3',
            'Teachers can find the materials for tomorrow’s lesson in one place.',
            'El profesorado encuentra en un solo lugar los materiales de la clase de mañana.',
          ),
        ],
      },
      {
        id: 'curriculum.ownership',
        title: { en: 'Teachers own and use them', es: 'El profesorado los hace suyos y los usa' },
        items: [
          item(
            'curriculum.ownership.1',
            'Teachers helped choose or adapt the materials they use.',
            'El profesorado participó en elegir o adaptar los materiales que usa.',
          ),
          item(
            'curriculum.ownership.2',
            'Most lessons we see in classrooms come from the shared materials.',
            'La mayoría de las clases que vemos en el aula salen de los materiales comunes.',
          ),
          item(
            'curriculum.ownership.3',
            'Teachers study a lesson before teaching it (goal, exemplar, likely misconceptions).',
            'El profesorado estudia una clase antes de impartirla (objetivo, ejemplo resuelto, errores probables).',
          ),
        ],
      },
      {
        id: 'curriculum.grounding',
        title: { en: 'Learning grounded in the materials', es: 'Formación anclada en los materiales' },
        items: [
          item(
            'curriculum.grounding.1',
            'Our professional learning sessions use the lessons teachers are about to teach.',
            'Nuestras sesiones de formación usan las clases que el profesorado está por impartir.',
          ),
          item(
            'curriculum.grounding.2',
            'Lesson plans name the practice the teacher is working on.',
            'Los planes de clase nombran la práctica en la que trabaja el docente.',
          ),
          item(
            'curriculum.grounding.3',
            'Student work from the units is what teams look at together.',
            'Los equipos analizan juntos el trabajo del alumnado de las unidades.',
          ),
        ],
      },
    ],
  },
  {
    id: 'collaboration',
    title: { en: 'Content-focused collaboration', es: 'Colaboración centrada en el contenido' },
    summary: {
      en: 'Teachers of the same content meet in teams, led by people who know that content.',
      es: 'Docentes del mismo contenido se reúnen en equipos guiados por quien conoce ese contenido.',
    },
    subDimensions: [
      {
        id: 'collaboration.teams',
        title: { en: 'Teams built around content', es: 'Equipos organizados por contenido' },
        items: [
          item(
            'collaboration.teams.1',
            'Teachers are in teams with others who teach the same subject or course.',
            'El profesorado está en equipos con quienes enseñan la misma materia o curso.',
          ),
          item(
            'collaboration.teams.2',
            'Each team has a facilitator with expertise in its content.',
            'Cada equipo tiene una persona facilitadora experta en su contenido.',
          ),
          item(
            'collaboration.teams.3',
            'Facilitators are prepared and supported for that role.',
            'Las personas facilitadoras reciben preparación y apoyo para ese papel.',
          ),
        ],
      },
      {
        id: 'collaboration.use',
        title: { en: 'Team time used well', es: 'Tiempo de equipo bien aprovechado' },
        items: [
          item(
            'collaboration.use.1',
            'Meetings follow a protocol with a clear purpose for each step.',
            'Las reuniones siguen un protocolo con un propósito claro en cada paso.',
          ),
          item(
            'collaboration.use.2',
            'Meetings look at upcoming lessons, units or student work.',
            'Las reuniones revisan próximas clases, unidades o trabajo del alumnado.',
          ),
          item(
            'collaboration.use.3',
            'Meetings end with decisions or commitments that someone follows up.',
            'Las reuniones terminan con decisiones o compromisos a los que alguien da seguimiento.',
          ),
          item(
            'collaboration.use.4',
            'Teachers say team time makes their teaching better.',
            'El profesorado dice que el tiempo de equipo mejora su enseñanza.',
          ),
        ],
      },
    ],
  },
  {
    id: 'feedback',
    title: { en: 'Growth-oriented feedback', es: 'Retroalimentación orientada al crecimiento' },
    summary: {
      en: 'Teachers are seen teaching often and get one clear next step, with a follow-up.',
      es: 'Se observa al profesorado con frecuencia y recibe un paso siguiente claro, con seguimiento.',
    },
    subDimensions: [
      {
        id: 'feedback.frequency',
        title: { en: 'Often and soon', es: 'Frecuente y oportuna' },
        items: [
          item(
            'feedback.frequency.1',
            'Every teacher is observed for growth at least once a month.',
            'Cada docente recibe una observación formativa al menos una vez al mes.',
          ),
          item(
            'feedback.frequency.2',
            'Feedback is shared within two school days of the visit.',
            'La retroalimentación se comparte en los dos días lectivos siguientes a la visita.',
          ),
          item(
            'feedback.frequency.3',
            'Coaches have a number of teachers they can truly support.',
            'Cada coach tiene un número de docentes al que puede apoyar de verdad.',
          ),
        ],
      },
      {
        id: 'feedback.quality',
        title: { en: 'Useful and connected', es: 'Útil y conectada' },
        items: [
          item(
            'feedback.quality.1',
            'Feedback names one action step the teacher can practise this week.',
            'La retroalimentación nombra un paso de acción que el docente puede practicar esta semana.',
          ),
          item(
            'feedback.quality.2',
            'Feedback comes from someone who knows the subject.',
            'La retroalimentación viene de alguien que conoce la materia.',
          ),
          item(
            'feedback.quality.3',
            'Feedback connects to the curriculum and to what the team is working on.',
            'La retroalimentación se conecta con el currículo y con lo que trabaja el equipo.',
          ),
        ],
      },
      {
        id: 'feedback.followup',
        title: { en: 'Followed up', es: 'Con seguimiento' },
        items: [
          item(
            'feedback.followup.1',
            'A later visit checks whether the action step took hold.',
            'Una visita posterior comprueba si el paso de acción se consolidó.',
          ),
          item(
            'feedback.followup.2',
            'Growth feedback is kept apart from formal evaluation.',
            'La retroalimentación formativa se mantiene separada de la evaluación formal.',
          ),
          item(
            'feedback.followup.3',
            'Teachers ask for visits and feedback themselves.',
            'El propio profesorado pide visitas y retroalimentación.',
          ),
        ],
      },
    ],
  },
  {
    id: 'time',
    title: { en: 'Time for learning', es: 'Tiempo para aprender' },
    summary: {
      en: 'The schedule gives teams enough protected time, in long enough blocks.',
      es: 'El horario da a los equipos tiempo protegido suficiente, en bloques bastante largos.',
    },
    subDimensions: [
      {
        id: 'time.amount',
        title: { en: 'Enough time', es: 'Tiempo suficiente' },
        items: [
          item(
            'time.amount.1',
            'Content teams have at least 90 minutes a week together during the school day.',
            'Los equipos de contenido tienen al menos 90 minutos semanales juntos en horario lectivo.',
          ),
          item(
            'time.amount.2',
            'Some of that time comes in one block long enough for deep work.',
            'Parte de ese tiempo llega en un bloque lo bastante largo para trabajar a fondo.',
          ),
          item(
            'time.amount.3',
            'Teachers also have individual planning time each week.',
            'El profesorado también tiene tiempo individual de planificación cada semana.',
          ),
        ],
      },
      {
        id: 'time.protection',
        title: { en: 'Protected time', es: 'Tiempo protegido' },
        items: [
          item(
            'time.protection.1',
            'Collaboration time is rarely taken over by other duties or announcements.',
            'El tiempo de colaboración rara vez se ocupa con otras tareas o avisos.',
          ),
          item(
            'time.protection.2',
            'The schedule is built around team time, not the other way round.',
            'El horario se construye alrededor del tiempo de equipo, y no al revés.',
          ),
          item(
            'time.protection.3',
            'We review each year whether the time is enough and used as intended.',
            'Revisamos cada año si el tiempo basta y se usa como estaba previsto.',
          ),
        ],
      },
    ],
  },
  {
    id: 'leadership',
    title: { en: 'Leadership and culture', es: 'Liderazgo y cultura' },
    summary: {
      en: 'Leaders take part, set a few clear priorities and build a culture of learning.',
      es: 'Los equipos directivos participan, fijan pocas prioridades claras y construyen una cultura de aprendizaje.',
    },
    subDimensions: [
      {
        id: 'leadership.presence',
        title: { en: 'Leaders take part', es: 'Los directivos participan' },
        items: [
          item(
            'leadership.presence.1',
            'School leaders join team meetings regularly.',
            'Los equipos directivos asisten con regularidad a las reuniones de equipo.',
          ),
          item(
            'leadership.presence.2',
            'Leaders visit classrooms for growth, not only for evaluation.',
            'Los directivos visitan las aulas para acompañar, no solo para evaluar.',
          ),
          item(
            'leadership.presence.3',
            'Teacher leaders have roles, time and recognition for leading learning.',
            'Hay docentes líderes con funciones, tiempo y reconocimiento para guiar el aprendizaje.',
          ),
        ],
      },
      {
        id: 'leadership.focus',
        title: { en: 'A few clear priorities', es: 'Pocas prioridades claras' },
        items: [
          item(
            'leadership.focus.1',
            'The district has two or three teaching priorities everyone can name.',
            'El distrito tiene dos o tres prioridades de enseñanza que todos saben nombrar.',
          ),
          item(
            'leadership.focus.2',
            'We check the effect of professional learning on practice, not only satisfaction.',
            'Comprobamos el efecto de la formación en la práctica, no solo la satisfacción.',
          ),
          item(
            'leadership.focus.3',
            'Mistakes and open questions are discussed without blame.',
            'Los errores y las preguntas abiertas se discuten sin culpas.',
          ),
        ],
      },
    ],
  },
];

export const CPL_ITEMS: (CplItem & { domain: CplDomain; subDimension: string })[] = CPL_INSTRUMENT.flatMap((domain) =>
  domain.subDimensions.flatMap((sub) => sub.items.map((it) => ({ ...it, domain: domain.id, subDimension: sub.id }))),
);
export const CPL_ITEM_IDS = CPL_ITEMS.map((it) => it.id);
const itemIds = new Set(CPL_ITEM_IDS);
export const isCplItemId = (id: string) => itemIds.has(id);
