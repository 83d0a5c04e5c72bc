import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'think-pair-share',
  locale: 'en',
  title: 'Think-pair-share, done well',
  summary:
    'Think-pair-share gives every student silent thinking time, a partner to test ideas with, and a chance to share with the class. The small details — real think time, clear turns, a good question — make the difference.',
  minutes: 3,
  body: `Think-pair-share is one of the best-known classroom routines, and one of the easiest to do half-way. Often the "think" is skipped, pairs chat about something else, and the "share" is the same three volunteers. A few details turn it into a reliable tool.

**Think: make it real.** Give 20 to 60 seconds of silence, depending on the question. Ask students to write a word, a sketch or a sentence — writing makes sure everyone actually thinks, and gives quieter students something to say. Say it plainly: "No talking yet. Just think and jot."

**Pair: make turns clear.** Fixed partners save time: assign "shoulder partners" for the week. Decide who speaks first ("the person with the longer hair", "partner A"). Give each person a set time, such as 30 seconds each, and a job for the listener: "Listen, then ask one question or add one idea."

**Share: make it accountable.** Instead of asking for volunteers, call on a few pairs, and sometimes ask students to share their *partner's* idea. This keeps listening sharp. Take several answers before reacting, then connect them: "Two pairs said… and one pair said… What's the difference?"

**Choose a question worth thinking about.** If the answer is a single fact, pair talk is wasted. Good think-pair-share questions have more than one reasonable answer or need an explanation: "Which of these two methods would you choose and why?", "What do you predict, and what makes you think so?"

**Listen while they talk.** Walk around. What you hear tells you how well the class understands — a free check for understanding — and helps you choose who to call on in the share.

**Keep it short and frequent.** Two or three minutes, used several times in a lesson, keeps everyone engaged and breaks up long explanations.`,
  whyItWorks: `Think-pair-share is usually credited to **Frank Lyman** and colleagues. The thinking time builds on research on **wait time** (Mary Budd Rowe), which found that pausing after questions tends to improve student answers. **Neil Mercer's** research on classroom talk shows that talk in pairs and small groups supports reasoning when there are clear ground rules, and **Accountable Talk** (Michaels, O'Connor, Resnick) describes the moves that make sharing accountable to ideas and evidence.`,
  steps: [
    'Pick one question in tomorrow’s lesson with more than one reasonable answer.',
    'Assign partners and decide who speaks first.',
    'Give silent thinking time and ask everyone to jot something.',
    'Time each partner’s turn and give the listener a job.',
    'In the share, call on pairs and ask some students to report their partner’s idea.',
  ],
  example:
    'Grade 5 reading: "Should the main character have told the truth to her friend? Think and write one reason (40 seconds). Partner A shares, B asks one question, then switch (1 minute each)." The teacher hears most pairs arguing "yes"; she calls on a pair she heard arguing "no" to open up the discussion.',
  gradeBands: {
    'K-2':
      'Think time can be a drawing or a hand signal; practise the turn-taking with a model pair in front of the class.',
    '3-5': 'Use fixed "shoulder partners" and a sentence starter for the listener ("I agree/disagree because…").',
    '6-8': 'Add a "square" step where two pairs compare and agree on the strongest answer.',
    '9-12':
      'Use it for analysis questions with evidence ("Which source is more reliable?"), and ask pairs to cite the text.',
  },
  practiceTags: ['student-talk', 'questioning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'think-pair-share',
  locale: 'es',
  title: 'Pensar, conversar en parejas y compartir, bien hecho',
  summary:
    'Esta rutina da a cada estudiante tiempo en silencio para pensar, una pareja con quien probar sus ideas y la ocasión de compartir con el grupo. Los detalles —tiempo real para pensar, turnos claros, una buena pregunta— marcan la diferencia.',
  minutes: 3,
  body: `"Pensar, conversar en parejas y compartir" es una de las rutinas de aula más conocidas, y una de las más fáciles de hacer a medias. Muchas veces se salta el "pensar", las parejas conversan de otra cosa y en el "compartir" hablan los mismos tres voluntarios. Algunos detalles la convierten en una herramienta confiable.

**Pensar: que sea de verdad.** Dé entre 20 y 60 segundos de silencio, según la pregunta. Pida que anoten una palabra, un dibujo o una oración: escribir asegura que todos piensen y da a los más callados algo que decir. Dígalo con claridad: "Todavía no hablamos. Solo piensen y anoten".

**Conversar: turnos claros.** Las parejas fijas ahorran tiempo: asigne "compañeros de hombro" para la semana. Decida quién habla primero ("quien tenga el pelo más largo", "la persona A"). Dé un tiempo a cada uno, por ejemplo 30 segundos, y una tarea para quien escucha: "Escucha y luego haz una pregunta o agrega una idea".

**Compartir: con responsabilidad.** En lugar de pedir voluntarios, llame a algunas parejas y, a veces, pida que compartan la idea de *su compañero*. Eso mantiene la escucha atenta. Reciba varias respuestas antes de reaccionar y luego conéctelas: "Dos parejas dijeron… y una dijo… ¿En qué se diferencian?"

**Elija una pregunta que valga la pena.** Si la respuesta es un solo dato, la conversación en parejas se desperdicia. Las buenas preguntas para esta rutina admiten más de una respuesta razonable o piden una explicación: "¿Cuál de estos dos métodos elegirías y por qué?", "¿Qué predices y qué te hace pensarlo?"

**Escuche mientras conversan.** Recorra el salón. Lo que escuche le dice cuánto comprende el grupo —una verificación de la comprensión gratuita— y le ayuda a elegir a quién llamar en el momento de compartir.

**Corta y frecuente.** Dos o tres minutos, varias veces por clase, mantienen a todos involucrados y cortan las explicaciones largas.`,
  whyItWorks: `La rutina suele atribuirse a **Frank Lyman** y sus colegas. El tiempo para pensar se apoya en las investigaciones sobre el **tiempo de espera** (Mary Budd Rowe), que encontraron que hacer una pausa después de preguntar suele mejorar las respuestas. Los trabajos de **Neil Mercer** sobre la conversación en el aula muestran que hablar en parejas y grupos pequeños favorece el razonamiento cuando hay reglas claras, y **Accountable Talk** (Michaels, O'Connor, Resnick) describe las intervenciones que hacen que lo compartido rinda cuentas a las ideas y a la evidencia.`,
  steps: [
    'Elija una pregunta de la clase de mañana que admita más de una respuesta razonable.',
    'Asigne parejas y decida quién habla primero.',
    'Dé tiempo en silencio para pensar y pida que todos anoten algo.',
    'Controle el tiempo de cada turno y dé una tarea a quien escucha.',
    'Al compartir, llame a parejas y pida a algunos que cuenten la idea de su compañero.',
  ],
  example:
    'Lectura, 5.º grado: "¿La protagonista debió decirle la verdad a su amiga? Piensa y escribe una razón (40 segundos). Comparte A, B hace una pregunta, luego cambian (1 minuto cada uno)". La docente escucha que casi todas las parejas dicen "sí" y llama a una pareja que defendía el "no" para abrir la discusión.',
  gradeBands: {
    'K-2':
      'El tiempo para pensar puede ser un dibujo o una seña con la mano; practiquen los turnos con una pareja modelo frente al grupo.',
    '3-5':
      'Use "compañeros de hombro" fijos y una frase de inicio para quien escucha ("Estoy de acuerdo / en desacuerdo porque…").',
    '6-8': 'Agregue un paso en el que dos parejas comparan y acuerdan la respuesta más sólida.',
    '9-12':
      'Úsela con preguntas de análisis con evidencia ("¿Qué fuente es más confiable?") y pida que citen el texto.',
  },
  practiceTags: ['student-talk', 'questioning'],
  subjects: ['all'],
};
