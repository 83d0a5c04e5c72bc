import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'checks-for-understanding',
  locale: 'en',
  title: 'Checks for understanding that everyone answers',
  summary:
    'A check for understanding is a quick moment where every student shows what they know, so you can decide what to do next. "Any questions?" is not one.',
  minutes: 4,
  body: `"Does everyone get it?" usually gets silence or a few nods, and the students who are lost are the least likely to say so. A real check for understanding (CFU) has three parts: **a question worth asking, a way for every student to answer at once, and a decision you will make with the answers.**

**Ask about the hard part.** Check the step where students usually stumble, not the easy warm-up. "Which of these two is the correct setup, A or B?" tells you more than "What is 3 × 4?".

**Get an answer from everyone.** Some low-cost ways:
- *Fingers or cards:* students hold up 1, 2, 3 or A/B/C/D against their chest so only you see.
- *Mini-whiteboards or scrap paper:* everyone writes, then "3, 2, 1, show me".
- *Turn and talk, then cold call:* pairs discuss for 30 seconds, you circulate and listen, then call on a few students by name.
- *Quick write:* one sentence in the notebook that you glance at as you walk the rows.

No technology is needed; a sheet of paper in a plastic sleeve works as a whiteboard.

**Decide before you ask.** Plan what you will do with each result: "If most choose B, we move on and I pull the others to the front table. If many choose A, I re-model with a new example." Without a decision, a check is just a ritual.

**Place checks where they matter.** Put one before students work on their own — so you don't send them off to practise mistakes — and another every 10–15 minutes in longer stretches of explanation. A check takes two or three minutes; the time comes back when fewer students need rescuing later.

Over time, students learn that showing a wrong answer is normal and useful. Say so out loud: "Wrong answers now help me teach better."`,
  whyItWorks: `**Dylan Wiliam** calls this *eliciting evidence of learning*: one of the key strategies of formative assessment, and the one that lets you adjust teaching while there is still time. **Barak Rosenshine's** principles of instruction include checking for student understanding and obtaining a high success rate before independent practice. **Douglas Fisher and Nancy Frey** describe many practical checks for understanding and stress that the point is the teacher's next move, not the score. All-student response methods also keep more students thinking than hand-raising, where the same few answer.`,
  steps: [
    'Find the step in tomorrow’s lesson where students usually go wrong.',
    'Write one question about that step with a clear right answer (or 2–4 options).',
    'Choose how everyone answers at once: fingers, cards, whiteboards or a quick write.',
    'Write your decision rule next to it: "If most…, then…; if not…, then…".',
    'Place the check before independent practice, and keep the plan honest: act on what you see.',
  ],
  example:
    'Before students solve equations alone, the teacher shows "3x + 5 = 20" and two first steps: A) subtract 5 from both sides, B) divide both sides by 3. On "show me", 26 of 30 hold up A. She sends those 26 to practise and works with the other four at the front for five minutes.',
  gradeBands: {
    'K-2': 'Use thumbs up/sideways/down or pointing to one of two pictures; keep questions to one idea.',
    '3-5': 'Use A/B/C cards or whiteboards and praise students who show an honest "I’m not sure".',
    '6-8': 'Combine turn-and-talk with cold call, and ask one student to explain why an option is wrong.',
    '9-12':
      'Use a short multiple-choice item where each wrong option matches a known error, and regroup by the answer chosen.',
  },
  practiceTags: ['checks-for-understanding', 'questioning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'checks-for-understanding',
  locale: 'es',
  title: 'Verificaciones de la comprensión en las que todos responden',
  summary:
    'Una verificación de la comprensión es un momento breve en el que todos los estudiantes muestran lo que saben, para que usted decida qué hacer después. "¿Alguna pregunta?" no lo es.',
  minutes: 4,
  body: `"¿Se entendió?" suele recibir silencio o algunos gestos, y quienes están perdidos son los que menos lo dicen. Una verdadera verificación de la comprensión tiene tres partes: **una pregunta que valga la pena, una forma de que todos respondan a la vez y una decisión que usted tomará con las respuestas.**

**Pregunte por lo difícil.** Verifique el paso en el que los estudiantes suelen tropezar, no el calentamiento fácil. "¿Cuál de estos dos planteamientos es correcto, A o B?" dice mucho más que "¿cuánto es 3 × 4?".

**Obtenga la respuesta de todos.** Algunas formas de bajo costo:
- *Dedos o tarjetas:* cada estudiante muestra 1, 2, 3 o A/B/C/D pegado al pecho, para que solo usted lo vea.
- *Pizarritas o papel reciclado:* todos escriben y, a la cuenta de "3, 2, 1, muestren", levantan su respuesta.
- *Conversación en parejas y luego llamada al azar:* 30 segundos para hablar, usted recorre y escucha, luego llama a algunos por su nombre.
- *Escritura rápida:* una oración en el cuaderno que usted lee mientras camina entre las filas.

No hace falta tecnología; una hoja dentro de una funda plástica sirve de pizarrita.

**Decida antes de preguntar.** Planifique qué hará con cada resultado: "Si la mayoría elige B, avanzamos y llamo a los demás a la mesa del frente. Si muchos eligen A, vuelvo a modelar con otro ejemplo". Sin una decisión, la verificación es solo un ritual.

**Ubíquelas donde importan.** Ponga una antes de que trabajen solos —para no mandarlos a practicar errores— y otra cada 10 o 15 minutos en las explicaciones largas. Una verificación toma dos o tres minutos; ese tiempo se recupera cuando luego hay menos estudiantes que rescatar.

Con el tiempo, el grupo aprende que mostrar una respuesta equivocada es normal y útil. Dígalo en voz alta: "Las respuestas equivocadas de ahora me ayudan a enseñar mejor".`,
  whyItWorks: `**Dylan Wiliam** lo llama *obtener evidencias del aprendizaje*: una de las estrategias clave de la evaluación formativa, la que permite ajustar la enseñanza cuando todavía hay tiempo. Entre los principios de instrucción de **Barak Rosenshine** están verificar la comprensión de los estudiantes y lograr un alto porcentaje de aciertos antes de la práctica independiente. **Douglas Fisher y Nancy Frey** describen muchas verificaciones prácticas e insisten en que lo importante es la siguiente decisión docente, no la nota. Además, cuando todos responden a la vez, piensan más estudiantes que cuando se levanta la mano y contestan siempre los mismos.`,
  steps: [
    'Identifique el paso de la clase de mañana donde los estudiantes suelen equivocarse.',
    'Escriba una pregunta sobre ese paso con una respuesta clara (o de 2 a 4 opciones).',
    'Elija cómo responderán todos a la vez: dedos, tarjetas, pizarritas o escritura rápida.',
    'Anote al lado su regla de decisión: "Si la mayoría…, entonces…; si no…, entonces…".',
    'Ubíquela antes de la práctica independiente y actúe según lo que vea.',
  ],
  example:
    'Antes de que resuelvan ecuaciones solos, el docente escribe "3x + 5 = 20" y dos primeros pasos: A) restar 5 en ambos lados, B) dividir ambos lados entre 3. Al "muestren", 26 de 30 levantan A. Manda a esos 26 a practicar y trabaja cinco minutos con los otros cuatro en la mesa del frente.',
  gradeBands: {
    'K-2': 'Use pulgar arriba, al costado o abajo, o que señalen uno de dos dibujos; una sola idea por pregunta.',
    '3-5': 'Use tarjetas A/B/C o pizarritas y valore en voz alta a quien muestra con honestidad "no estoy seguro".',
    '6-8':
      'Combine la conversación en parejas con la llamada al azar y pida a alguien que explique por qué una opción es incorrecta.',
    '9-12':
      'Use una pregunta de opción múltiple en la que cada distractor corresponda a un error conocido y reagrupe según la respuesta.',
  },
  practiceTags: ['checks-for-understanding', 'questioning'],
  subjects: ['all'],
};
