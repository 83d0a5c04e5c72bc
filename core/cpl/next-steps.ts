import type { CplDomain, Localized } from './instrument';
import type { CplBand } from './scoring';

/**
 * Two or three concrete next steps per domain and band (our own words). Lower bands start the
 * practice; higher bands spread it and check it holds. Diagnostic, not evaluative: they say what
 * to try next, never who is to blame.
 */
const s = (en: string, es: string): Localized => ({ en, es });

export const CPL_NEXT_STEPS: Record<CplDomain, Record<CplBand, Localized[]>> = {
  curriculum: {
    'needs-most-improvement': [
      s(
        'Choose one core subject and adopt shared, standards-aligned materials for it.',
        'Elegir una materia troncal y adoptar para ella materiales comunes alineados con los estándares.',
      ),
      s(
        'Put those materials where every teacher can open them in one click.',
        'Poner esos materiales donde todo el profesorado pueda abrirlos con un clic.',
      ),
    ],
    'needs-improvement': [
      s(
        'Involve a group of teachers in reviewing the materials and noting adaptations.',
        'Implicar a un grupo de docentes en revisar los materiales y anotar adaptaciones.',
      ),
      s(
        'Start each team cycle by studying the next lesson: goal, exemplar, likely errors.',
        'Empezar cada ciclo de equipo estudiando la próxima clase: objetivo, ejemplo, errores probables.',
      ),
      s(
        'Ask teachers to name a focus practice in their lesson plans.',
        'Pedir al profesorado que nombre una práctica foco en sus planes de clase.',
      ),
    ],
    'close-to-best-practice': [
      s(
        'Use the units’ own assessments and student work as the material of team meetings.',
        'Usar las evaluaciones y el trabajo del alumnado de las unidades como material de las reuniones.',
      ),
      s(
        'Check which schools or subjects lag in plans linked to shared units, and ask why.',
        'Mirar qué escuelas o materias vinculan menos planes a unidades comunes, y preguntar por qué.',
      ),
    ],
    'best-practice': [
      s(
        'Keep a yearly review of the materials with teachers, using classroom evidence.',
        'Mantener una revisión anual de los materiales con el profesorado, con evidencia del aula.',
      ),
      s(
        'Let experienced teams publish their adaptations for others to reuse.',
        'Dejar que los equipos con experiencia publiquen sus adaptaciones para que otros las reutilicen.',
      ),
    ],
  },
  collaboration: {
    'needs-most-improvement': [
      s(
        'Group teachers into teams by subject or course, even across schools if needed.',
        'Agrupar al profesorado en equipos por materia o curso, aunque sea entre escuelas.',
      ),
      s(
        'Name a facilitator for each team and give them one protocol to start with.',
        'Nombrar una persona facilitadora por equipo y dadle un protocolo para empezar.',
      ),
    ],
    'needs-improvement': [
      s(
        'Have every meeting look at an upcoming lesson, a unit or student work.',
        'Hacer que cada reunión revise una próxima clase, una unidad o trabajo del alumnado.',
      ),
      s(
        'End each meeting with a written decision or commitment and an owner.',
        'Cerrar cada reunión con una decisión o compromiso por escrito y una persona responsable.',
      ),
      s('Prepare facilitators together once a month.', 'Preparar juntas a las personas facilitadoras una vez al mes.'),
    ],
    'close-to-best-practice': [
      s(
        'Compare teams: which ones follow up on their commitments, and what do they do differently?',
        'Comparar equipos: ¿cuáles cumplen sus compromisos y qué hacen distinto?',
      ),
      s(
        'Ask teachers each term whether team time improves their teaching.',
        'Preguntar al profesorado cada trimestre si el tiempo de equipo mejora su enseñanza.',
      ),
    ],
    'best-practice': [
      s(
        'Grow new facilitators from experienced team members.',
        'Formar nuevas personas facilitadoras entre los miembros con experiencia.',
      ),
      s(
        'Share the protocols that work best across schools.',
        'Compartir entre escuelas los protocolos que mejor funcionan.',
      ),
    ],
  },
  feedback: {
    'needs-most-improvement': [
      s(
        'Set a rhythm: every teacher gets a short growth visit at least monthly.',
        'Fijar un ritmo: cada docente recibe al menos una visita formativa breve al mes.',
      ),
      s(
        'Use one feedback format: a strength, one action step, how to practise it.',
        'Usar un solo formato de retroalimentación: una fortaleza, un paso de acción y cómo practicarlo.',
      ),
    ],
    'needs-improvement': [
      s(
        'Share feedback within two school days of each visit.',
        'Compartir la retroalimentación en los dos días lectivos siguientes a cada visita.',
      ),
      s(
        'Schedule a follow-up visit whenever an action step is given.',
        'Programar una visita de seguimiento cada vez que se da un paso de acción.',
      ),
      s(
        'Balance coaches’ caseloads so each can visit every teacher often.',
        'Equilibrar la carga de cada coach para que pueda visitar a menudo a cada docente.',
      ),
    ],
    'close-to-best-practice': [
      s(
        'Link action steps to the team’s current unit and the district’s priorities.',
        'Vincular los pasos de acción a la unidad actual del equipo y a las prioridades del distrito.',
      ),
      s(
        'Look at the share of action steps done and where follow-ups slip.',
        'Mirar qué parte de los pasos de acción se logra y dónde se retrasa el seguimiento.',
      ),
    ],
    'best-practice': [
      s(
        'Invite teachers to observe each other with the same look-fors.',
        'Invitar al profesorado a observarse entre sí con los mismos indicadores.',
      ),
      s(
        'Calibrate observers each term on the same recorded lesson.',
        'Calibrar a quienes observan cada trimestre con la misma clase grabada.',
      ),
    ],
  },
  time: {
    'needs-most-improvement': [
      s(
        'Take stock of the minutes content teams actually meet each week.',
        'Hacer inventario de los minutos que los equipos de contenido se reúnen de verdad cada semana.',
      ),
      s(
        'Find one schedule change that gives teams a common block (for example, back-to-back planning periods).',
        'Buscar un cambio de horario que dé a los equipos un bloque común (por ejemplo, horas de planificación seguidas).',
      ),
    ],
    'needs-improvement': [
      s(
        'Aim for 90 minutes a week of content-team time during the school day.',
        'Apuntar a 90 minutos semanales de tiempo de equipo de contenido en horario lectivo.',
      ),
      s(
        'Keep announcements and other duties out of team time.',
        'Mantener los avisos y otras tareas fuera del tiempo de equipo.',
      ),
    ],
    'close-to-best-practice': [
      s(
        'Bank short planning periods into one longer block on some days.',
        'Acumular periodos cortos de planificación en un bloque más largo algunos días.',
      ),
      s(
        'Check which teams fall below the benchmark and what gets in their way.',
        'Mirar qué equipos quedan por debajo de la referencia y qué se lo impide.',
      ),
    ],
    'best-practice': [
      s(
        'Protect the time when next year’s schedule is built.',
        'Proteger ese tiempo al construir el horario del curso siguiente.',
      ),
      s(
        'Review each year whether the time is used as intended.',
        'Revisar cada año si el tiempo se usa como estaba previsto.',
      ),
    ],
  },
  leadership: {
    'needs-most-improvement': [
      s(
        'Choose two or three teaching priorities for the year and say them often.',
        'Elegir dos o tres prioridades de enseñanza para el curso y repetirlas a menudo.',
      ),
      s(
        'Ask each school leader to join one team meeting a week.',
        'Pedir a cada directivo que asista a una reunión de equipo por semana.',
      ),
    ],
    'needs-improvement': [
      s(
        'Give teacher leaders defined roles and time to lead learning.',
        'Dar a docentes líderes funciones definidas y tiempo para guiar el aprendizaje.',
      ),
      s(
        'Measure change in practice (plans, visits) rather than only satisfaction.',
        'Medir el cambio en la práctica (planes, visitas) y no solo la satisfacción.',
      ),
    ],
    'close-to-best-practice': [
      s(
        'Review the initiatives’ evidence with principals each term.',
        'Revisar con los equipos directivos la evidencia de las iniciativas cada trimestre.',
      ),
      s(
        'Model open discussion of what is not working yet.',
        'Dar ejemplo hablando abiertamente de lo que aún no funciona.',
      ),
    ],
    'best-practice': [
      s(
        'Build a pipeline of teacher leaders for the coming years.',
        'Formar una cantera de docentes líderes para los próximos cursos.',
      ),
      s('Share your practices with neighbouring districts.', 'Compartir sus prácticas con distritos vecinos.'),
    ],
  },
};

export const nextStepsFor = (domain: CplDomain, band: CplBand) => CPL_NEXT_STEPS[domain][band];
