import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'mini-whiteboards',
  locale: 'en',
  title: 'Mini-whiteboards: see every answer at once',
  summary:
    'Every student writes an answer on a small board (or a plastic sleeve with paper inside) and shows it on your signal. In ten seconds you see the whole class’s thinking, not just the volunteers’.',
  minutes: 3,
  body: `Mini-whiteboards are one of the cheapest, fastest ways to see what the whole class is thinking. Each student writes an answer, and on your signal everyone holds it up at once. In a glance you see who has it, who is close and what the common error is.

**No budget? No problem.** A sheet of white paper inside a clear plastic sleeve works with any dry-erase or washable marker. Laminated card works too. A cloth or sock makes an eraser. In a pinch, scrap paper and a pencil do the job — the key is "everyone writes, everyone shows".

**A routine that keeps it quick.**
1. Ask the question.
2. "Write your answer. You have 20 seconds."
3. "Boards face down when you're done."
4. "3, 2, 1 — show me."
5. Scan the room, then "Boards down."

Practise the routine once or twice so it takes seconds, not minutes. Set expectations for markers and doodling at the start.

**Ask questions that are quick to write and quick to read.** A number, a word, a short equation, a quick sketch, a letter for multiple choice. Long sentences are hard to read from the front.

**Decide what to do with what you see.** Before you ask, know your plan: if almost all are right, move on; if many show the same mistake, hold up one anonymous example (with permission, or rewrite it yourself) and fix it together; if a handful are wrong, note the names for a quick follow-up during practice.

**Praise thinking, not only correct answers.** Say, "I see lots of different strategies", or "I see a common mistake — that's great information for me." Students will only show honest answers if wrong ones are safe.

Use whiteboards once or twice a lesson, at the hinge points where your next move depends on the answers.`,
  whyItWorks: `Whole-class response systems such as mini-whiteboards are a practical way to do what **Dylan Wiliam** calls eliciting evidence of learning from every student, rather than relying on volunteers. **Fisher and Frey** include them among checks for understanding, and **Rosenshine's principles** emphasise checking the responses of all students. The low-tech format matters in practice: it needs no devices, no connection and almost no preparation.`,
  steps: [
    'Prepare a board for each student (paper in a plastic sleeve is enough) and a marker.',
    'Teach the "write – face down – 3, 2, 1, show me – boards down" routine.',
    'Plan two quick-to-read questions for tomorrow at the points that decide your next move.',
    'Write what you will do if most are right, and what if many make the same mistake.',
    'Scan, act, and note the names of students to check on during practice.',
  ],
  example:
    'Grade 3, telling time. The teacher shows a clock at 4:45. "Write the time." On "show me", most boards say 4:45, but six say 5:45 — they read the hour hand as pointing at 5. She draws a clock on the board, shows the hour hand “not yet at 5”, and asks three more quick clocks before practice.',
  gradeBands: {
    'K-2': 'Ask for a number, a letter, a drawing or a circled picture; keep each question to one step.',
    '3-5': 'Use whiteboards for short calculations and spelling, and let students show working as well as answers.',
    '6-8': 'Ask students to show a first step or a diagram, so you see the strategy, not just the answer.',
    '9-12':
      'Use boards for quick equations, key terms or one-line claims, and for voting on multiple-choice hinge questions.',
  },
  practiceTags: ['checks-for-understanding'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'mini-whiteboards',
  locale: 'es',
  title: 'Pizarritas: ver todas las respuestas a la vez',
  summary:
    'Cada estudiante escribe su respuesta en una pizarrita (o en una funda plástica con una hoja adentro) y la muestra a su señal. En diez segundos usted ve lo que piensa todo el grupo, no solo quienes levantan la mano.',
  minutes: 3,
  body: `Las pizarritas son una de las maneras más baratas y rápidas de ver lo que piensa todo el grupo. Cada estudiante escribe su respuesta y, a su señal, todos la levantan al mismo tiempo. De un vistazo usted sabe quién lo logró, quién está cerca y cuál es el error más común.

**¿Sin presupuesto? No hay problema.** Una hoja blanca dentro de una funda plástica transparente sirve con cualquier marcador borrable o lavable. También sirve una cartulina plastificada. Un trapo o una media vieja hacen de borrador. En último caso, un papel reciclado y un lápiz bastan: lo esencial es "todos escriben, todos muestran".

**Una rutina para que sea ágil.**
1. Haga la pregunta.
2. "Escriban su respuesta. Tienen 20 segundos".
3. "Cuando terminen, pizarra boca abajo".
4. "3, 2, 1… ¡muestren!".
5. Mire todo el salón y luego: "Pizarras abajo".

Practique la rutina una o dos veces para que tome segundos y no minutos. Acuerde desde el inicio el cuidado de los marcadores y que no se dibuja por dibujar.

**Haga preguntas rápidas de escribir y de leer.** Un número, una palabra, una ecuación corta, un dibujo sencillo, una letra de opción múltiple. Las oraciones largas cuestan leerse desde el frente.

**Decida qué hará con lo que vea.** Antes de preguntar, tenga su plan: si casi todos aciertan, avance; si muchos muestran el mismo error, muestre un ejemplo anónimo (con permiso, o reescríbalo usted) y corríjanlo juntos; si son pocos los que fallan, anote sus nombres para acercarse durante la práctica.

**Valore el razonamiento, no solo el acierto.** Diga "veo muchas estrategias distintas" o "veo un error frecuente, y eso me sirve mucho". Los estudiantes solo mostrarán respuestas honestas si equivocarse es seguro.

Use las pizarritas una o dos veces por clase, en los momentos bisagra en que su siguiente paso depende de las respuestas.`,
  whyItWorks: `Los sistemas de respuesta de todo el grupo, como las pizarritas, son una forma práctica de lo que **Dylan Wiliam** llama obtener evidencias del aprendizaje de cada estudiante, sin depender de voluntarios. **Fisher y Frey** las incluyen entre las verificaciones de la comprensión, y los **principios de Rosenshine** insisten en revisar las respuestas de todos los estudiantes. El formato sencillo importa: no requiere dispositivos, ni conexión, y casi no requiere preparación.`,
  steps: [
    'Prepare una pizarrita por estudiante (una hoja en una funda plástica basta) y un marcador.',
    'Enseñe la rutina "escribir, boca abajo, 3, 2, 1, muestren, abajo".',
    'Planifique dos preguntas rápidas de leer para los momentos que deciden su siguiente paso.',
    'Anote qué hará si la mayoría acierta y qué hará si muchos cometen el mismo error.',
    'Mire, actúe y anote los nombres de quienes revisará durante la práctica.',
  ],
  example:
    '3.er grado, la hora. La docente muestra un reloj que marca las 4:45. "Escriban la hora". Al "¡muestren!", la mayoría escribe 4:45, pero seis escriben 5:45: leyeron la aguja corta como si ya estuviera en el 5. Dibuja un reloj en la pizarra, muestra que la aguja corta "todavía no llega al 5" y pregunta tres relojes más antes de la práctica.',
  gradeBands: {
    'K-2': 'Pida un número, una letra, un dibujo o encerrar una imagen; un solo paso por pregunta.',
    '3-5': 'Use las pizarritas para cálculos cortos y ortografía, y pida que muestren también el procedimiento.',
    '6-8': 'Pida mostrar el primer paso o un esquema, para ver la estrategia y no solo el resultado.',
    '9-12':
      'Úselas para ecuaciones breves, términos clave o afirmaciones de una línea, y para votar en preguntas bisagra.',
  },
  practiceTags: ['checks-for-understanding'],
  subjects: ['all'],
};
