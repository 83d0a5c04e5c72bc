import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'growth-focus',
  locale: 'en',
  title: 'One growth focus at a time',
  summary:
    'Choosing one teaching practice to improve for a few weeks — and making it visible in every plan — beats trying to improve everything at once. Small, repeated practice is how teaching habits change.',
  minutes: 3,
  body: `Teaching involves dozens of skills at once, and it is tempting to work on all of them. But habits change through **focused, repeated practice**, not through long lists of resolutions. A **growth focus** is one practice you choose to get better at for a few weeks: for example, checks for understanding, structured student talk, or closure.

**Choose something that matters and that you can see.** Good growth focuses are specific and show up in every lesson. "Be a better teacher" is not a focus; "use a whiteboard check before every independent practice" is. You can choose on your own, with a coach, or with your team, using evidence: observation notes, your reflections, student work.

**Make it visible in the plan.** Each plan should show where the focus appears: the hinge question and its decision rule, the talk structure and its sentence starters, the five protected minutes of closure. In Conecta, the plan insights notice when your current focus does not seem to appear in a plan — a reminder, not a judgement.

**Practise in small steps.** Start with the simplest version. If your focus is student talk, begin with one turn-and-talk per lesson; add sentence starters the next week; add roles later. Each step should be something you can try tomorrow.

**Collect a little evidence.** After a lesson, note one thing: how many students answered the check? How many pairs were actually talking? This turns "I think it's going better" into something you can see and share.

**Review after a few weeks.** With a coach or a colleague, look back: what changed in your lessons and in your students' work? Then decide whether to deepen the same focus or move to a new one.

It can feel slow. But a practice that becomes automatic frees your attention for everything else — and the next focus is easier to build on.`,
  whyItWorks: `Coaching models such as **Jim Knight's** Impact Cycle and **Paul Bambrick-Santoyo's** *Get Better Faster* build on the idea that teachers improve most through one specific, high-leverage goal at a time, with practice and follow-up. Research on professional learning generally finds that sustained, job-embedded work on classroom practice is more promising than one-off workshops. Thinking about practices as habits that become automatic through repetition is consistent with what cognitive science says about skill learning and the limits of attention.`,
  steps: [
    'Choose one practice to focus on for the next three to four weeks.',
    'Write the smallest version you can try tomorrow.',
    'Mark in tomorrow’s plan exactly where the focus appears.',
    'After the lesson, note one piece of evidence about how it went.',
    'Set a date to review the focus with a coach or colleague.',
  ],
  example:
    'A grade 5 teacher chooses "checks for understanding with a decision rule". Week 1: one fingers-up check before practice, with a rule written in the plan. Week 2: adds a whiteboard check in the middle of explanations. Week 4: she and her coach compare exit tickets from week 1 and week 4 and see fewer students stuck at the same step.',
  gradeBands: {
    'K-2': 'Focuses on routines (transitions, turn-taking in talk) often unlock everything else.',
    '3-5': 'Share the focus with students ("I’m working on giving you more thinking time") and ask for their feedback.',
    '6-8': 'Choose the same focus as a colleague and visit each other for ten minutes.',
    '9-12': 'Tie the focus to a department priority so planning time can support it.',
  },
  practiceTags: ['reflection', 'planning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'growth-focus',
  locale: 'es',
  title: 'Un foco de crecimiento a la vez',
  summary:
    'Elegir una práctica docente para mejorar durante algunas semanas —y hacerla visible en cada planificación— funciona mejor que intentar mejorar todo a la vez. Los hábitos de enseñanza cambian con práctica pequeña y repetida.',
  minutes: 3,
  body: `Enseñar implica decenas de habilidades al mismo tiempo, y es tentador querer trabajarlas todas. Pero los hábitos cambian con **práctica enfocada y repetida**, no con largas listas de propósitos. Un **foco de crecimiento** es una práctica que usted elige mejorar durante algunas semanas: por ejemplo, las verificaciones de la comprensión, la conversación estructurada entre estudiantes o el cierre.

**Elija algo que importe y que se pueda ver.** Un buen foco es concreto y aparece en todas las clases. "Ser mejor docente" no es un foco; "hacer una verificación con pizarritas antes de cada práctica independiente", sí. Puede elegirlo solo, con su acompañante pedagógico o con su equipo, a partir de evidencias: notas de observación, sus reflexiones, trabajos de los estudiantes.

**Hágalo visible en la planificación.** Cada planificación debería mostrar dónde aparece el foco: la pregunta bisagra con su regla de decisión, la estructura de conversación con sus frases de inicio, los cinco minutos protegidos del cierre. En Conecta, las sugerencias de la planificación avisan cuando su foco actual no parece estar presente: es un recordatorio, no un juicio.

**Avance en pasos pequeños.** Empiece por la versión más simple. Si su foco es la conversación entre estudiantes, comience con una conversación en parejas por clase; agregue frases de inicio la semana siguiente; los roles, más adelante. Cada paso debería ser algo que pueda probar mañana.

**Reúna un poco de evidencia.** Después de la clase, anote una cosa: ¿cuántos estudiantes respondieron la verificación? ¿Cuántas parejas conversaban de verdad? Así, "creo que va mejor" se convierte en algo que se puede ver y compartir.

**Revise después de unas semanas.** Con su acompañante o un colega, mire hacia atrás: ¿qué cambió en sus clases y en los trabajos de sus estudiantes? Luego decida si profundiza el mismo foco o pasa a otro.

Puede parecer lento. Pero una práctica que se vuelve automática libera la atención para todo lo demás, y el siguiente foco se construye sobre una base más firme.`,
  whyItWorks: `Modelos de acompañamiento como el ciclo de impacto de **Jim Knight** y *Get Better Faster* de **Paul Bambrick-Santoyo** parten de la idea de que los docentes mejoran más con una meta concreta y de alto impacto a la vez, con práctica y seguimiento. La investigación sobre desarrollo profesional suele encontrar que el trabajo sostenido sobre la práctica de aula, integrado en la tarea diaria, es más prometedor que los talleres aislados. Pensar las prácticas como hábitos que se automatizan con la repetición es coherente con lo que la ciencia cognitiva sabe sobre el aprendizaje de habilidades y los límites de la atención.`,
  steps: [
    'Elija una práctica para enfocarse durante las próximas tres o cuatro semanas.',
    'Escriba la versión más pequeña que pueda probar mañana.',
    'Marque en la planificación de mañana exactamente dónde aparece el foco.',
    'Después de la clase, anote una evidencia de cómo resultó.',
    'Fije una fecha para revisar el foco con su acompañante pedagógico o un colega.',
  ],
  example:
    'Una docente de 5.º grado elige "verificaciones de la comprensión con regla de decisión". Semana 1: una verificación con dedos antes de la práctica, con la regla escrita en la planificación. Semana 2: agrega una verificación con pizarritas a mitad de la explicación. Semana 4: junto con su acompañante compara los tickets de salida de la semana 1 y la 4, y ven menos estudiantes trabados en el mismo paso.',
  gradeBands: {
    'K-2': 'Los focos sobre rutinas (transiciones, turnos para hablar) suelen destrabar todo lo demás.',
    '3-5': 'Comparta el foco con el grupo ("estoy practicando darles más tiempo para pensar") y pida su opinión.',
    '6-8': 'Elija el mismo foco que un colega y obsérvense mutuamente diez minutos.',
    '9-12': 'Vincule el foco con una prioridad del departamento para que el tiempo de planificación lo apoye.',
  },
  practiceTags: ['reflection', 'planning'],
  subjects: ['all'],
};
