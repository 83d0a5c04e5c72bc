import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'closure',
  locale: 'en',
  title: 'Closure: let students pull the lesson together',
  summary:
    'Closure is the last few minutes of a lesson, where students — not the teacher — sum up what they learned and connect it to the objective. Plan it and protect it; it is the first thing lost when time runs short.',
  minutes: 3,
  body: `When the bell is close, it is tempting to say "OK, today we learned…" and list it yourself. But the person who does the summarising does the thinking. Good closure asks **students** to pull the lesson together, in three to five minutes.

**Why it gets lost.** Closure sits at the end, so it is the first thing cut when the lesson runs long. The remedy is simple: give it a time in the plan and set a quiet timer or an alarm on your phone five minutes before the end. When it goes off, stop the activity, even mid-task.

**Quick closure moves.**
- *One-sentence summary:* "In one sentence, what is the most important thing you learned today?"
- *Back to the objective:* read the objective aloud; students show with fingers (1–3) how close they are, and write one thing that would help them get closer.
- *Connect:* "How does today's idea connect to what we did last week?"
- *Teach someone:* "Explain today's main idea to your partner as if they missed class."
- *3-2-1:* three things learned, two questions, one way to use it.
- *Exit ticket:* a short question on the objective, answered alone (see the exit tickets card).

**Make it about the objective.** Closure is not "Did you like it?". It is "What did you learn, and how do you know?". Refer back to the objective and the success criteria, so students see the lesson as one piece.

**Use what you hear.** If several summaries miss the main idea, that is information: tomorrow's first five minutes should revisit it.

Closure also helps students feel the lesson was worth something. Leaving with a clear sentence in their head — "today I learned how to find the area of a triangle" — builds a sense of progress that keeps them coming back.`,
  whyItWorks: `Closure appears as a distinct lesson element in **Madeline Hunter's** lesson design, and reviewing and summarising are part of **Rosenshine's principles of instruction**, which stress daily and weekly review. Asking students to retrieve and express the main idea is a form of **retrieval practice**, which cognitive science has found strengthens long-term memory. In **Wiliam's** formative-assessment terms, closure is one more chance to elicit evidence of learning and to make students owners of it.`,
  steps: [
    'Write "closure – 5 min" into tomorrow’s plan with the exact prompt you will use.',
    'Set a timer five minutes before the end of class.',
    'When it rings, stop and ask students to summarise, connect or rate themselves against the objective.',
    'Listen to or read a sample of answers.',
    'Note one thing to revisit at the start of the next lesson.',
  ],
  example:
    'Maths, grade 6. With five minutes left, the teacher points at the objective ("I can find the area of a triangle and explain why the formula has ½"). Students write on a sticky note: "The formula has ½ because…". Most mention "half a rectangle"; four students don’t, so she starts tomorrow by cutting a paper rectangle in half.',
  gradeBands: {
    'K-2': 'Sit in a circle and have each child finish "Today I learned…" or show something they made.',
    '3-5': 'Use 3-2-1 or "teach your partner" and let a few students share with the class.',
    '6-8': 'Ask students to connect today’s lesson to the previous one in one written sentence.',
    '9-12': 'Ask for a summary plus one question they still have; use the questions to plan.',
  },
  practiceTags: ['closure', 'checks-for-understanding', 'pacing'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'closure',
  locale: 'es',
  title: 'El cierre: que los estudiantes integren la clase',
  summary:
    'El cierre son los últimos minutos de la clase, en los que los estudiantes —no la o el docente— resumen lo aprendido y lo relacionan con el objetivo. Planifíquelo y protéjalo: es lo primero que se pierde cuando falta tiempo.',
  minutes: 3,
  body: `Cuando está por sonar el timbre, es tentador decir "Bueno, hoy aprendimos…" y hacer uno mismo el resumen. Pero quien resume es quien piensa. Un buen cierre pide a **los estudiantes** que integren la clase, en tres a cinco minutos.

**Por qué se pierde.** El cierre está al final, así que es lo primero que se recorta cuando la clase se alarga. El remedio es simple: asígnele tiempo en la planificación y programe una alarma silenciosa en el teléfono cinco minutos antes de terminar. Cuando suene, detenga la actividad, aunque esté a medias.

**Cierres rápidos.**
- *Una oración:* "En una sola oración, ¿qué es lo más importante que aprendiste hoy?"
- *Volver al objetivo:* lea el objetivo en voz alta; cada estudiante muestra con los dedos (1 a 3) qué tan cerca está y escribe qué le ayudaría a avanzar.
- *Conectar:* "¿Cómo se relaciona lo de hoy con lo que vimos la semana pasada?"
- *Enseñar a otro:* "Explícale la idea principal a tu compañero como si hubiera faltado".
- *3-2-1:* tres cosas aprendidas, dos preguntas, una forma de usarlo.
- *Ticket de salida:* una pregunta breve sobre el objetivo, respondida de forma individual (vea la ficha de tickets de salida).

**Que gire en torno al objetivo.** El cierre no es "¿les gustó?". Es "¿qué aprendieron y cómo lo saben?". Vuelva al objetivo y a los criterios de logro para que el grupo vea la clase como un todo.

**Use lo que escucha.** Si varios resúmenes no mencionan la idea central, eso es información: los primeros cinco minutos de mañana deberían retomarla.

El cierre también ayuda a que los estudiantes sientan que la clase valió la pena. Salir con una frase clara en la cabeza —"hoy aprendí a calcular el área de un triángulo"— da sensación de avance, y eso sostiene las ganas de volver.`,
  whyItWorks: `El cierre aparece como un momento propio de la clase en el modelo de **Madeline Hunter**, y repasar y resumir forman parte de los **principios de instrucción de Rosenshine**, que insisten en el repaso diario y semanal. Pedir a los estudiantes que recuperen y expresen la idea central es una forma de **práctica de recuperación**, que según la ciencia cognitiva fortalece la memoria a largo plazo. En términos de la evaluación formativa de **Wiliam**, el cierre es otra oportunidad de obtener evidencias del aprendizaje y de que los estudiantes se apropien de él.`,
  steps: [
    'Escriba "cierre – 5 min" en la planificación de mañana, con la consigna exacta que usará.',
    'Programe una alarma cinco minutos antes de terminar la clase.',
    'Cuando suene, detenga la actividad y pida resumir, conectar o autoevaluarse frente al objetivo.',
    'Escuche o lea una muestra de respuestas.',
    'Anote un punto para retomar al comenzar la próxima clase.',
  ],
  example:
    'Matemática, 6.º grado. Faltando cinco minutos, la docente señala el objetivo ("Puedo calcular el área de un triángulo y explicar por qué la fórmula tiene ½"). Cada estudiante escribe en un papelito: "La fórmula tiene ½ porque…". La mayoría menciona "la mitad de un rectángulo"; cuatro no, así que mañana empezará recortando un rectángulo de papel por la mitad.',
  gradeBands: {
    'K-2': 'En ronda, cada niño o niña completa "Hoy aprendí…" o muestra algo que hizo.',
    '3-5': 'Use el 3-2-1 o "enséñale a tu compañero" y pida que algunos compartan con el grupo.',
    '6-8': 'Pida una oración escrita que conecte la clase de hoy con la anterior.',
    '9-12': 'Pida un resumen y una pregunta pendiente; use esas preguntas para planificar.',
  },
  practiceTags: ['closure', 'checks-for-understanding', 'pacing'],
  subjects: ['all'],
};
