import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'hinge-questions',
  locale: 'en',
  title: 'Hinge questions: decide where the lesson goes next',
  summary:
    'A hinge question is one carefully built multiple-choice question at the turning point of a lesson. Every wrong answer points to a specific misunderstanding, so the results tell you exactly what to do next.',
  minutes: 5,
  body: `Every lesson has a hinge: the moment when you either move on or go back. A hinge question is a quick check you place right there, built so that **the answers tell you what to do**.

**What makes it a hinge question.**
- It is about the one idea students must have before the next part of the lesson.
- Everyone answers at once, in under a minute (fingers, cards, whiteboards).
- You can read the room in seconds.
- Each wrong option is a *plausible* mistake, not a joke answer. If a student picks it, you know what they were thinking.

**Build the wrong answers first.** Think about how students actually get this wrong. In fractions, some add the tops and the bottoms. In reading, some pick the detail that appears in the first line instead of the main idea. In science, some think heavier objects fall faster. Turn each of these into an option. Now the question *diagnoses* as well as checks.

**Write your decision rule in the plan.** For example: "If at least 80% choose C, move on and give the others a quick re-teach during practice. If many choose B (added denominators), re-model with fraction strips. If the answers are scattered, pair students who chose C with those who did not and have them explain." The exact threshold is your professional judgement; what matters is deciding *before* you see the hands.

**Keep it fast.** A hinge question is not a quiz. Ask it, count, act. If it takes more than two minutes, it is doing a different job.

It takes practice to write good ones, and the first ones will not be perfect. Keep the questions that worked in a shared bank with your team; they become more valuable every year you reuse and sharpen them.`,
  whyItWorks: `The term and the design come from **Dylan Wiliam's** work on formative assessment, where a hinge-point question is a quick check at a point in the lesson where the next step depends on what students understand. It puts into practice two of the key strategies he describes: *eliciting evidence of learning* and *using it to adjust teaching*. Building options from real misconceptions connects to long-standing research on students' alternative conceptions, especially in science and mathematics: a wrong answer is often a consistent idea, not a random slip.`,
  steps: [
    'Find the hinge in tomorrow’s lesson: the idea students need before the next part.',
    'List two or three ways students usually get it wrong.',
    'Write one question with one correct option and one option for each mistake.',
    'Write the decision rule: what you will do if most are right, and what for each wrong option.',
    'Ask it, have everyone show at once, count quickly and follow your rule.',
  ],
  example:
    'Science, grade 7: "A ball is thrown straight up. At the very top, what forces act on it? A) none, B) gravity only, C) gravity and the force of the throw, D) the force of the throw only." C and D reveal the common idea that the throw "stays" in the ball. Rule: if more than a few choose C or D, run a quick demo and discussion before moving on.',
  gradeBands: {
    'K-2': 'Use two or three picture options and have students point or hold up a coloured card.',
    '3-5': 'Use A/B/C/D cards; after counting, ask one student from each answer to explain their thinking.',
    '6-8': 'Build options from the errors you saw on last week’s exit tickets.',
    '9-12': 'Share hinge questions across a department and keep notes of which options students choose each year.',
  },
  practiceTags: ['checks-for-understanding', 'questioning', 'misconceptions'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'hinge-questions',
  locale: 'es',
  title: 'Preguntas bisagra: decidir hacia dónde sigue la clase',
  summary:
    'Una pregunta bisagra es una pregunta de opción múltiple, bien pensada, en el punto de giro de la clase. Cada opción incorrecta revela un error concreto, así que las respuestas le dicen qué hacer a continuación.',
  minutes: 5,
  body: `Toda clase tiene una bisagra: el momento en que se avanza o se vuelve atrás. La pregunta bisagra es una verificación rápida que se coloca justo ahí, diseñada para que **las respuestas le digan qué hacer**.

**Qué la convierte en pregunta bisagra.**
- Trata sobre la idea que los estudiantes necesitan para la siguiente parte de la clase.
- Todos responden a la vez, en menos de un minuto (dedos, tarjetas, pizarritas).
- Usted puede leer los resultados en segundos.
- Cada opción incorrecta es un error *creíble*, no una broma. Si alguien la elige, usted sabe qué estaba pensando.

**Escriba primero las opciones incorrectas.** Piense en cómo se equivocan de verdad sus estudiantes. En fracciones, algunos suman numeradores y denominadores. En lectura, algunos eligen el detalle de la primera línea en lugar de la idea principal. En ciencias, muchos creen que los objetos más pesados caen más rápido. Convierta cada error en una opción. Así la pregunta no solo verifica: también *diagnostica*.

**Anote la regla de decisión en la planificación.** Por ejemplo: "Si al menos el 80 % elige C, avanzo y apoyo a los demás durante la práctica. Si muchos eligen B (sumaron denominadores), vuelvo a modelar con tiras de fracciones. Si las respuestas están repartidas, formo parejas entre quienes eligieron C y quienes no, para que se expliquen". El umbral exacto es su criterio profesional; lo importante es decidir *antes* de ver las respuestas.

**Que sea rápida.** Una pregunta bisagra no es una prueba. Pregunte, cuente y actúe. Si toma más de dos minutos, está cumpliendo otra función.

Escribir buenas preguntas bisagra requiere práctica, y las primeras no serán perfectas. Guarde las que funcionaron en un banco compartido con su equipo: ganan valor cada año que se reutilizan y se ajustan.`,
  whyItWorks: `El término y el diseño provienen del trabajo de **Dylan Wiliam** sobre evaluación formativa: una pregunta en el punto de la clase donde el siguiente paso depende de lo que los estudiantes comprendieron. Pone en práctica dos estrategias clave que él describe: *obtener evidencias del aprendizaje* y *usarlas para ajustar la enseñanza*. Construir las opciones a partir de errores reales se apoya en una larga línea de investigación sobre las concepciones alternativas de los estudiantes, sobre todo en ciencias y matemáticas: un error suele ser una idea coherente, no un descuido al azar.`,
  steps: [
    'Encuentre la bisagra de la clase de mañana: la idea que necesitan antes de la siguiente parte.',
    'Anote dos o tres maneras habituales de equivocarse.',
    'Escriba una pregunta con una opción correcta y una opción por cada error.',
    'Escriba la regla de decisión: qué hará si la mayoría acierta y qué hará ante cada opción incorrecta.',
    'Pregunte, pida que todos muestren a la vez, cuente rápido y siga su regla.',
  ],
  example:
    'Ciencias, 7.º grado: "Se lanza una pelota hacia arriba. En el punto más alto, ¿qué fuerzas actúan sobre ella? A) ninguna, B) solo la gravedad, C) la gravedad y la fuerza del lanzamiento, D) solo la fuerza del lanzamiento". C y D muestran la idea frecuente de que el lanzamiento "queda guardado" en la pelota. Regla: si varios eligen C o D, hacer una demostración breve y conversar antes de avanzar.',
  gradeBands: {
    'K-2': 'Use dos o tres opciones con dibujos y pida que señalen o levanten una tarjeta de color.',
    '3-5': 'Use tarjetas A/B/C/D; después de contar, pida a un estudiante de cada opción que explique su razonamiento.',
    '6-8': 'Construya las opciones a partir de los errores que vio en los tickets de salida de la semana pasada.',
    '9-12':
      'Comparta las preguntas bisagra en el departamento y registre qué opciones eligen los estudiantes cada año.',
  },
  practiceTags: ['checks-for-understanding', 'questioning', 'misconceptions'],
  subjects: ['all'],
};
