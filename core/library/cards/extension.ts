import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'extension',
  locale: 'en',
  title: 'Extension: deeper, not just more',
  summary:
    'Students who finish early or already know the content need a task that deepens the same objective, not another page of the same exercises. Plan one good extension before the lesson starts.',
  minutes: 3,
  body: `In most classes, a few students finish quickly or show on the first check that they already have it. If the plan has nothing for them, they get "more of the same", wait, or help everyone else — useful sometimes, but not learning for them. An **extension** is a planned task that takes the **same objective deeper**.

**Deeper, not more.** Ten more sums of the same kind is more. "Find two different ways to solve this and say which is more efficient" is deeper. Aim for tasks that ask students to explain, generalise, find exceptions, create or evaluate.

**Extension moves that fit almost any lesson.**
- *Why does it work?* Explain the rule or prove it with a drawing.
- *What if?* Change one condition and predict what happens.
- *Find the mistake:* analyse a wrong solution and write feedback for it.
- *Make your own:* write a harder problem, question or example for a classmate.
- *Connect:* apply the idea to a new context or another subject.
- *Transfer:* use the skill with a more complex text, source or data set.

**Prepare it in advance.** Write one extension prompt on a card or at the bottom of the task sheet, so students can move on without waiting for you. A "challenge" box on the board works well.

**Use the first check to decide.** If a student gets the hinge question or the first practice items right, send them to the extension rather than the whole practice set.

**Make it an invitation, not a punishment.** Extension should feel interesting, not like extra homework. Let students share their extension work in the closure so everyone sees deeper thinking.

**Not only for the "gifted".** Any student may be ready for extension on a particular topic. Watch the evidence, not the reputation.`,
  whyItWorks: `**Carol Ann Tomlinson's** differentiated instruction describes adjusting tasks to students' readiness, so that each student works at an appropriate level of challenge. **Universal Design for Learning** (CAST) includes optimising challenge and support as a way of sustaining effort. Moving up **Bloom's revised taxonomy (Anderson and Krathwohl)** — from applying to analysing, evaluating and creating — gives a practical way to design extensions that deepen rather than lengthen. Using checks for understanding to decide who moves on reflects **Wiliam's** idea of responsive, formative teaching.`,
  steps: [
    'Read tomorrow’s objective and write one extension that asks students to explain, generalise, evaluate or create.',
    'Put it on the task sheet or a card so students can start without you.',
    'Decide which result on your first check sends a student to the extension.',
    'Plan a moment in the closure for one extension answer to be shared.',
  ],
  example:
    'Maths, grade 4, adding fractions with like denominators. Students who get the first three items right receive a card: "Maya says 1/4 + 1/4 = 2/8. Write her a note explaining her mistake, with a drawing. Then find three pairs of fractions that add up to 1." Two of their notes are shared during closure.',
  gradeBands: {
    'K-2': 'Offer a "challenge" picture card: make your own pattern, find another way, draw it differently.',
    '3-5': 'Use "find the mistake" and "make your own problem" cards kept in a folder.',
    '6-8': 'Offer open-ended investigations linked to the objective, with a short write-up.',
    '9-12': 'Offer more complex sources or problems and ask students to generalise or critique.',
  },
  practiceTags: ['supports', 'questioning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'extension',
  locale: 'es',
  title: 'Profundización: más hondo, no más de lo mismo',
  summary:
    'Los estudiantes que terminan antes o ya dominan el contenido necesitan una tarea que profundice el mismo objetivo, no otra página de ejercicios iguales. Planifique una buena profundización antes de la clase.',
  minutes: 3,
  body: `En casi todos los grupos hay estudiantes que terminan rápido o que, en la primera verificación, muestran que ya lo saben. Si la planificación no tiene nada para ellos, reciben "más de lo mismo", esperan o ayudan a los demás, lo que a veces es valioso, pero no es aprendizaje para ellos. Una **profundización** es una tarea planificada que lleva **el mismo objetivo más lejos**.

**Más hondo, no más.** Diez sumas más del mismo tipo es "más". "Encuentra dos formas distintas de resolverlo y explica cuál es más eficiente" es "más hondo". Busque tareas que pidan explicar, generalizar, encontrar excepciones, crear o evaluar.

**Propuestas que sirven en casi cualquier clase.**
- *¿Por qué funciona?* Explicar la regla o demostrarla con un dibujo.
- *¿Qué pasaría si…?* Cambiar una condición y predecir el resultado.
- *Encuentra el error:* analizar una solución equivocada y escribirle una retroalimentación.
- *Crea el tuyo:* inventar un problema, una pregunta o un ejemplo más difícil para un compañero.
- *Conecta:* aplicar la idea a un contexto nuevo o a otra asignatura.
- *Transfiere:* usar la habilidad con un texto, una fuente o unos datos más complejos.

**Prepárela de antemano.** Escriba la consigna en una tarjeta o al final de la hoja de trabajo, para que puedan avanzar sin esperarle. Un recuadro de "desafío" en la pizarra funciona muy bien.

**Use la primera verificación para decidir.** Si un estudiante responde bien la pregunta bisagra o los primeros ejercicios, envíelo a la profundización en lugar de la práctica completa.

**Que sea una invitación, no un castigo.** Debe sentirse interesante, no como tarea extra. Permita que compartan su trabajo en el cierre, para que todo el grupo vea un pensamiento más profundo.

**No es solo para "los talentosos".** Cualquier estudiante puede estar listo para profundizar en un tema determinado. Guíese por la evidencia, no por la fama.`,
  whyItWorks: `La **enseñanza diferenciada de Carol Ann Tomlinson** describe cómo ajustar las tareas al nivel de preparación de cada estudiante, para que todos trabajen con un desafío adecuado. El **Diseño Universal para el Aprendizaje** (CAST) incluye optimizar el desafío y el apoyo como forma de sostener el esfuerzo. Subir por la **taxonomía de Bloom revisada (Anderson y Krathwohl)** —de aplicar a analizar, evaluar y crear— ofrece una manera práctica de diseñar tareas que profundizan en lugar de alargar. Usar las verificaciones de la comprensión para decidir quién avanza refleja la idea de enseñanza formativa y receptiva de **Wiliam**.`,
  steps: [
    'Lea el objetivo de mañana y escriba una profundización que pida explicar, generalizar, evaluar o crear.',
    'Póngala en la hoja de trabajo o en una tarjeta para que puedan empezar sin usted.',
    'Decida qué resultado en la primera verificación envía a un estudiante a la profundización.',
    'Reserve un momento del cierre para compartir una respuesta de profundización.',
  ],
  example:
    'Matemática, 4.º grado, suma de fracciones de igual denominador. Quienes resuelven bien los tres primeros ejercicios reciben una tarjeta: "Maya dice que 1/4 + 1/4 = 2/8. Escríbele una nota explicando su error, con un dibujo. Luego encuentra tres pares de fracciones que sumen 1". En el cierre se leen dos de esas notas.',
  gradeBands: {
    'K-2': 'Ofrezca una tarjeta de desafío con imágenes: inventa tu patrón, búscalo de otra forma, dibújalo distinto.',
    '3-5': 'Tenga en una carpeta tarjetas de "encuentra el error" y "crea tu problema".',
    '6-8': 'Proponga pequeñas investigaciones abiertas ligadas al objetivo, con un informe breve.',
    '9-12': 'Ofrezca fuentes o problemas más complejos y pida generalizar o criticar.',
  },
  practiceTags: ['supports', 'questioning'],
  subjects: ['all'],
};
