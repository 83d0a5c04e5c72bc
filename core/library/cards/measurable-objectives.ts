import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'measurable-objectives',
  locale: 'en',
  title: 'Write objectives you can see',
  summary:
    'A measurable objective names what students will do by the end of the lesson, in a way you could watch or read. It turns "cover fractions" into a target everyone can aim at.',
  minutes: 4,
  body: `Many objectives describe the teacher's plan ("review fractions") or a hope ("students will understand fractions"). Both are honest, but neither tells you whether the lesson worked. A measurable objective describes **what students will be able to do**, with a verb you can observe.

**Swap the invisible verb.** "Understand", "know", "learn" and "appreciate" happen inside students' heads. Ask yourself: *if they understood it, what would I see them do?* Maybe they would **compare** two fractions and **explain** which is larger, **place** them on a number line, or **write** a sentence that uses the new word correctly. That action is your verb.

**Put students in the sentence.** Start with "Students will…" or, for students themselves, "I can…". This keeps the focus on learning, not on the activity. "Students will read chapter 3" is an activity; "Students will identify two reasons the character changes, citing the text" is an objective.

**Add a condition and a level when it helps.** A useful shape is *audience, behaviour, condition, degree*: who, does what, given what, how well. "Given a map, students will locate three rivers correctly" is clear without being long. You do not need a percentage every time, but you should know what "good enough" looks like.

**Keep it to one lesson and one or two goals.** If the objective would take a week, it is a unit goal. If it has four verbs, pick the one that matters most today; the others can be steps on the way.

In class, the objective lives on the board in student-friendly words. You point to it at the start, come back to it in the middle ("which part of our goal are we working on now?") and use it to write your exit ticket. When the objective is visible, students can tell you how close they are, and so can you.`,
  whyItWorks: `Clear learning intentions are the first of the five key strategies of formative assessment described by **Dylan Wiliam** (with Paul Black and Siobhan Leahy): students learn more when they know where they are going. The verbs come from **Bloom's taxonomy as revised by Anderson and Krathwohl**, which sorts thinking from remembering up to creating, so an observable verb also tells you the level of thinking you are asking for. The "audience, behaviour, condition, degree" shape is a long-standing convention in instructional design for making a goal checkable. None of this guarantees learning, but it makes the rest of the lesson — the checks, the practice, the exit ticket — easier to align.`,
  steps: [
    "Take tomorrow's objective and underline the verb. If it is 'understand' or 'know', ask what students would do if they understood, and use that verb.",
    "Rewrite it starting with 'Students will…' or 'I can…'.",
    'Add one condition (given…, using…) or one level (3 of 4, with the rubric) if it helps you judge the work.',
    'Cut it to one or two objectives that fit one lesson.',
    'Write it on the board in words your students use, and point to it at the start and at the end.',
  ],
  example:
    'Before: "Students will understand the water cycle." After: "Students will draw and label the four stages of the water cycle and explain, in one sentence each, what moves the water to the next stage." The teacher now knows what the exit ticket will ask.',
  gradeBands: {
    'K-2':
      'Use "I can…" statements with a picture or icon, and read them aloud together at the start and end of the lesson.',
    '3-5': 'Ask students to restate the objective in their own words with a partner before you begin.',
    '6-8':
      'Show a weak and a strong version of an objective and let students say which one they could check themselves against.',
    '9-12':
      'Link the objective to the standard or exam skill, and let students rate themselves against it at the end of class.',
  },
  practiceTags: ['objectives', 'planning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'measurable-objectives',
  locale: 'es',
  title: 'Objetivos que se puedan observar',
  summary:
    'Un objetivo medible dice qué harán los estudiantes al final de la clase, de una forma que se pueda ver o leer. Convierte "ver fracciones" en una meta clara para todos.',
  minutes: 4,
  body: `Muchos objetivos describen lo que hará la o el docente ("repasar fracciones") o un deseo ("que los estudiantes comprendan las fracciones"). Ninguno de los dos permite saber si la clase funcionó. Un objetivo medible describe **lo que los estudiantes serán capaces de hacer**, con un verbo que se pueda observar.

**Cambie el verbo invisible.** "Comprender", "entender", "saber" o "aprender" ocurren dentro de la cabeza. Pregúntese: *si lo entendieran, ¿qué les vería hacer?* Tal vez **comparar** dos fracciones y **explicar** cuál es mayor, **ubicarlas** en una recta numérica o **escribir** una oración que use bien la palabra nueva. Esa acción es su verbo.

**Ponga a los estudiantes como sujeto.** Empiece con "Los estudiantes…" o, para que lo lean ellos, "Puedo…". Así el foco queda en el aprendizaje y no en la actividad. "Los estudiantes leerán el capítulo 3" es una actividad; "Los estudiantes identificarán dos razones por las que cambia el personaje, citando el texto" es un objetivo.

**Agregue una condición y un nivel cuando ayude.** Una forma útil es: quién, hace qué, con qué condiciones y qué tan bien. "Dado un mapa, los estudiantes ubicarán tres ríos correctamente" es claro sin ser largo. No hace falta un porcentaje siempre, pero sí saber cómo se ve un trabajo "suficiente".

**Una clase, uno o dos objetivos.** Si el objetivo tomaría una semana, es una meta de unidad. Si tiene cuatro verbos, elija el que más importa hoy; los demás pueden ser pasos del camino.

En el aula, el objetivo queda escrito en la pizarra con palabras que los estudiantes entienden. Se señala al inicio, se retoma a mitad de la clase ("¿en qué parte de nuestra meta estamos ahora?") y sirve para diseñar el ticket de salida. Cuando el objetivo está a la vista, los estudiantes pueden decir cuánto les falta, y usted también.`,
  whyItWorks: `Compartir intenciones de aprendizaje claras es la primera de las cinco estrategias clave de la evaluación formativa descritas por **Dylan Wiliam** (junto con Paul Black y Siobhan Leahy): se aprende más cuando se sabe hacia dónde se va. Los verbos provienen de la **taxonomía de Bloom revisada por Anderson y Krathwohl**, que ordena el pensamiento desde recordar hasta crear; por eso un verbo observable también indica el nivel de exigencia. La fórmula "quién, qué, en qué condiciones, qué tan bien" es una convención clásica del diseño instruccional para que una meta se pueda verificar. Nada de esto garantiza el aprendizaje, pero facilita alinear el resto de la clase: las verificaciones, la práctica y el ticket de salida.`,
  steps: [
    'Tome el objetivo de mañana y subraye el verbo. Si es "comprender" o "saber", pregúntese qué harían los estudiantes si lo lograran y use ese verbo.',
    'Reescríbalo empezando con "Los estudiantes…" o "Puedo…".',
    'Agregue una condición (dado…, usando…) o un nivel (3 de 4, según la rúbrica) si le ayuda a valorar el trabajo.',
    'Redúzcalo a uno o dos objetivos que quepan en una clase.',
    'Escríbalo en la pizarra con palabras de sus estudiantes y señálelo al inicio y al cierre.',
  ],
  example:
    'Antes: "Que los estudiantes comprendan el ciclo del agua". Después: "Los estudiantes dibujarán y rotularán las cuatro etapas del ciclo del agua y explicarán, con una oración cada una, qué hace que el agua pase a la siguiente". Ahora la docente ya sabe qué preguntará el ticket de salida.',
  gradeBands: {
    'K-2': 'Use frases "Puedo…" con un dibujo o ícono y léanlas en voz alta juntos al inicio y al final.',
    '3-5': 'Pida que cada estudiante explique el objetivo con sus palabras a un compañero antes de empezar.',
    '6-8': 'Muestre un objetivo débil y uno fuerte y pregunte con cuál podrían autoevaluarse.',
    '9-12': 'Relacione el objetivo con el estándar o la habilidad del examen y pida una autoevaluación breve al final.',
  },
  practiceTags: ['objectives', 'planning'],
  subjects: ['all'],
};
