import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'pacing',
  locale: 'en',
  title: 'Pacing: time stamps that protect learning',
  summary:
    'Give every part of the lesson a number of minutes that adds up to the period. Time stamps protect practice and closure, and show you in advance where the lesson is too full.',
  minutes: 4,
  body: `Most lessons that run out of time were too full on paper. Writing **minutes next to every segment** — and checking that they add up to the length of the period — is one of the simplest planning habits with a big payoff.

**Add up before you teach.** List the parts: opening, explanation, guided practice, independent practice, closure. Put a number next to each. If a 45-minute class adds up to 60, something has to go now, at your desk, rather than at minute 40 in front of the class. Usually the explanation is the part to trim.

**Protect the student work.** When time is short, the teacher's talk tends to expand and students' practice shrinks. Decide which minutes are non-negotiable: often independent practice and the last five minutes for closure or an exit ticket.

**Watch the long stretches.** Twenty minutes of explanation in a row is a long time to listen, especially for younger students. Break it up: explain for eight to ten minutes, then a quick check or a turn-and-talk, then continue. Each break also tells you whether to speed up or slow down.

**Use a visible timer.** A phone timer or a clock on the board helps you and the students. "You have six minutes for this task" creates a healthy urgency and makes transitions quicker.

**Plan your cut in advance.** Write one line: "If we run late, I will skip the second example and go straight to practice." Then, when it happens, you don't have to decide under pressure.

**Check afterwards.** After the lesson, jot the real minutes next to the planned ones. After a few lessons you will see a pattern — maybe openings always take eight minutes, not five — and your next plans get more realistic.

Pacing isn't about rushing. It is about making sure the time goes to the parts that move learning most.`,
  whyItWorks: `Time is one of the few resources teachers control directly. Classroom research going back decades, summarised in reviews such as **Rosenshine's principles of instruction**, highlights guided practice, checks for understanding and a high success rate in independent practice — all of which need protected minutes. Coaching guides such as **Paul Bambrick-Santoyo's** *Get Better Faster* recommend building time stamps into the plan and following them. Breaking long explanations into shorter chunks with checks is consistent with what cognitive science says about the limits of **working memory**.`,
  steps: [
    'Write the minutes next to every part of tomorrow’s plan.',
    'Check that they add up to the period length (within a few minutes).',
    'Mark independent practice and the last five minutes as protected.',
    'Break any stretch longer than 15–20 minutes with a quick check or turn-and-talk.',
    'Write one line saying what you will cut if you run late.',
  ],
  example:
    'A 40-minute science class was planned as: opening 5, explanation 20, experiment 15, closure 5 — 45 minutes. The teacher cuts the explanation to 12 (one example, not three), adds a 3-minute check at minute 17, and writes "If late: skip the second demo". The plan now adds up to 40 and protects the closure.',
  gradeBands: {
    'K-2': 'Keep segments short (5–10 minutes) and use movement or a song to mark transitions.',
    '3-5': 'Show a visual schedule with times on the board and let a student be timekeeper.',
    '6-8': 'Use a countdown timer for each task and announce a two-minute warning.',
    '9-12': 'In long blocks, plan a change of activity every 15–20 minutes and keep the final minutes for synthesis.',
  },
  practiceTags: ['pacing', 'planning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'pacing',
  locale: 'es',
  title: 'Manejo del tiempo: minutos que protegen el aprendizaje',
  summary:
    'Asigne minutos a cada momento de la clase y verifique que sumen la duración total. Así protege la práctica y el cierre, y descubre de antemano dónde la clase está demasiado cargada.',
  minutes: 4,
  body: `La mayoría de las clases a las que les falta tiempo ya estaban sobrecargadas en el papel. Escribir **los minutos de cada momento** —y comprobar que sumen la duración de la clase— es uno de los hábitos de planificación más simples y más rentables.

**Sume antes de enseñar.** Anote los momentos: inicio, explicación, práctica guiada, práctica independiente, cierre. Ponga un número a cada uno. Si una clase de 45 minutos suma 60, algo tiene que salir ahora, en su escritorio, y no en el minuto 40 frente al grupo. Por lo general, lo que conviene recortar es la explicación.

**Proteja el trabajo de los estudiantes.** Cuando falta tiempo, la exposición docente tiende a alargarse y la práctica se achica. Decida qué minutos no se negocian: casi siempre la práctica independiente y los últimos cinco minutos para el cierre o el ticket de salida.

**Cuidado con los tramos largos.** Veinte minutos seguidos de explicación es mucho tiempo de escucha, sobre todo para los más pequeños. Divídalos: explique ocho o diez minutos, haga una verificación rápida o una conversación en parejas y continúe. Cada pausa le dice, además, si debe acelerar o ir más despacio.

**Use un temporizador visible.** Un cronómetro en el teléfono o un reloj en la pizarra ayuda a usted y al grupo. "Tienen seis minutos para esta tarea" genera una urgencia sana y agiliza las transiciones.

**Decida de antemano qué recortar.** Escriba una línea: "Si nos atrasamos, omito el segundo ejemplo y paso directo a la práctica". Así, cuando ocurra, no tendrá que decidir bajo presión.

**Revise después.** Al terminar, anote los minutos reales junto a los planificados. En pocas clases verá un patrón —quizás el inicio siempre toma ocho minutos y no cinco— y sus próximas planificaciones serán más realistas.

Manejar el tiempo no es apurarse. Es asegurarse de que los minutos vayan a lo que más hace avanzar el aprendizaje.`,
  whyItWorks: `El tiempo es uno de los pocos recursos que la o el docente controla directamente. Décadas de investigación en el aula, resumidas en trabajos como los **principios de instrucción de Rosenshine**, destacan la práctica guiada, la verificación de la comprensión y un alto nivel de aciertos en la práctica independiente, y todo eso necesita minutos protegidos. Guías de acompañamiento como *Get Better Faster*, de **Paul Bambrick-Santoyo**, recomiendan incluir tiempos en la planificación y respetarlos. Dividir las explicaciones largas en partes más cortas es coherente con lo que la ciencia cognitiva sabe sobre los límites de la **memoria de trabajo**.`,
  steps: [
    'Escriba los minutos junto a cada momento de la planificación de mañana.',
    'Verifique que sumen la duración de la clase (con pocos minutos de diferencia).',
    'Marque como protegidos la práctica independiente y los últimos cinco minutos.',
    'Corte cualquier tramo de más de 15 o 20 minutos con una verificación rápida o una conversación en parejas.',
    'Escriba una línea que diga qué omitirá si se atrasa.',
  ],
  example:
    'Una clase de ciencias de 40 minutos estaba planificada así: inicio 5, explicación 20, experimento 15, cierre 5: 45 minutos. El docente reduce la explicación a 12 (un ejemplo, no tres), agrega una verificación de 3 minutos en el minuto 17 y anota "Si me atraso: omito la segunda demostración". Ahora la planificación suma 40 y el cierre queda protegido.',
  gradeBands: {
    'K-2': 'Mantenga momentos cortos (5 a 10 minutos) y marque las transiciones con movimiento o una canción.',
    '3-5': 'Muestre en la pizarra una agenda visual con horarios y nombre a un estudiante guardián del tiempo.',
    '6-8': 'Use un temporizador para cada tarea y avise cuando falten dos minutos.',
    '9-12':
      'En bloques largos, cambie de actividad cada 15 o 20 minutos y reserve los últimos minutos para la síntesis.',
  },
  practiceTags: ['pacing', 'planning'],
  subjects: ['all'],
};
