import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'higher-order-questions',
  locale: 'en',
  title: 'Plan a few questions that make students think',
  summary:
    'Most classroom questions ask students to recall. Planning two or three "why", "how" and "what if" questions in advance gives every lesson moments of deeper thinking.',
  minutes: 4,
  body: `Questions asked on the spot tend to be quick recall: "What is the capital?", "What did the character do?". Recall matters — students need knowledge to think with — but a lesson made only of recall questions rarely asks students to **explain, compare, judge or create**. The fix is simple: **plan two or three higher-order questions before class and write them into the plan.**

**Question stems that raise the level.**
- *Explain:* "Why does…?", "How do you know…?"
- *Compare:* "How is… similar to / different from…?"
- *Analyse:* "What would happen if…?", "What pattern do you notice?"
- *Evaluate:* "Which solution is better, and why?", "Do you agree with…? Justify."
- *Create:* "How could you design…?", "Write a new example that…"

**Ask about the content, not just with a stem.** "Why?" alone can be shallow. "Why does the ice melt faster on the metal plate than on the wooden one, if both feel the same temperature?" is a question students have to reason through.

**Give time and structure.** Higher-order questions need thinking time. Wait three to five seconds before taking an answer, or use a quick turn-and-talk first. Then take several answers before saying whether they are right, so the thinking stays open.

**Follow up.** The follow-up often matters more than the question: "Say more.", "What is your evidence?", "Does anyone see it differently?", "Can you give an example?".

**Place them well.** One near the start to spark curiosity, one after practice to stretch understanding, and sometimes one as the exit ticket. Plan which students you might ask first and how you'll support those who are stuck (a sentence starter, a choice of two answers to evaluate).

Higher-order questions are not only for "advanced" students. Every student can compare, explain and judge at their level, and many students who are quiet during recall questions come alive when asked what they think.`,
  whyItWorks: `**Bloom's taxonomy, as revised by Anderson and Krathwohl**, describes thinking from remembering and understanding up to applying, analysing, evaluating and creating; planning questions across those levels makes sure a lesson reaches beyond recall. Research on **wait time**, associated with Mary Budd Rowe, found that pausing after a question tends to lengthen and improve student answers. **Rosenshine's principles** include asking many questions and checking responses, and **Accountable Talk** (Michaels, O'Connor, Resnick) describes follow-up moves like pressing for reasoning. Higher-order questions still depend on knowledge: the goal is a mix, not replacing recall.`,
  steps: [
    'Read your objective and write two questions that ask "why", "how", "compare" or "which is better".',
    'Make each question specific to the content, not just a generic stem.',
    'Plan thinking time or a turn-and-talk before taking answers.',
    'Write two follow-up prompts ("How do you know?", "Who sees it differently?").',
    'Mark in the plan where each question goes: opening, after practice, or exit ticket.',
  ],
  example:
    'Reading, grade 4, after a fable: instead of only "What did the fox do?", the teacher plans "Was the crow foolish or just unlucky? Use one detail from the story." Students think for 20 seconds, talk in pairs, then vote and defend their choice.',
  gradeBands: {
    'K-2': 'Use "Which one is different and why?" or "What do you think will happen next?" with pictures.',
    '3-5': 'Post a small set of question stems and let students write one question for a partner.',
    '6-8': 'Use "agree or disagree" statements that contain a common misconception for students to judge.',
    '9-12': 'Ask students to evaluate two solutions or two sources and defend a choice with evidence.',
  },
  practiceTags: ['questioning', 'student-talk'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'higher-order-questions',
  locale: 'es',
  title: 'Planifique preguntas que hagan pensar',
  summary:
    'La mayoría de las preguntas en clase piden recordar. Planificar de antemano dos o tres preguntas de "por qué", "cómo" y "qué pasaría si" da a cada clase momentos de pensamiento más profundo.',
  minutes: 4,
  body: `Las preguntas que surgen en el momento suelen ser de memoria: "¿Cuál es la capital?", "¿Qué hizo el personaje?". Recordar es importante —se necesita conocimiento para pensar—, pero una clase hecha solo de preguntas de memoria casi nunca pide **explicar, comparar, valorar o crear**. La solución es sencilla: **planifique dos o tres preguntas de orden superior antes de la clase y escríbalas en la planificación.**

**Inicios de pregunta que elevan el nivel.**
- *Explicar:* "¿Por qué…?", "¿Cómo sabes que…?"
- *Comparar:* "¿En qué se parecen / diferencian…?"
- *Analizar:* "¿Qué pasaría si…?", "¿Qué patrón observas?"
- *Evaluar:* "¿Qué solución es mejor y por qué?", "¿Estás de acuerdo con…? Justifica."
- *Crear:* "¿Cómo podrías diseñar…?", "Inventa un ejemplo nuevo que…"

**Pregunte sobre el contenido, no solo con una fórmula.** Un "¿por qué?" suelto puede quedar en la superficie. "¿Por qué el hielo se derrite más rápido sobre la placa de metal que sobre la de madera, si las dos parecen estar a la misma temperatura?" obliga a razonar.

**Dé tiempo y estructura.** Estas preguntas necesitan tiempo para pensar. Espere de tres a cinco segundos antes de recibir una respuesta, o proponga primero una conversación breve en parejas. Después escuche varias respuestas antes de decir cuál es correcta, para que el pensamiento siga abierto.

**Repregunte.** Muchas veces la repregunta importa más que la pregunta: "Cuéntame más", "¿En qué te basas?", "¿Alguien lo ve distinto?", "¿Puedes dar un ejemplo?".

**Ubíquelas bien.** Una al inicio para despertar curiosidad, otra después de la práctica para profundizar y, a veces, otra como ticket de salida. Piense a quién preguntará primero y cómo apoyará a quien se quede en blanco (una frase de inicio, dos respuestas para elegir y justificar).

Las preguntas de orden superior no son solo para los "avanzados". Todos pueden comparar, explicar y valorar a su nivel, y muchos estudiantes callados en las preguntas de memoria se animan cuando se les pregunta qué piensan.`,
  whyItWorks: `La **taxonomía de Bloom revisada por Anderson y Krathwohl** describe el pensamiento desde recordar y comprender hasta aplicar, analizar, evaluar y crear; planificar preguntas en esos niveles asegura que la clase vaya más allá de la memoria. Las investigaciones sobre el **tiempo de espera**, asociadas a Mary Budd Rowe, encontraron que hacer una pausa después de preguntar suele alargar y mejorar las respuestas. Los **principios de Rosenshine** incluyen hacer muchas preguntas y revisar las respuestas, y la propuesta de **Accountable Talk** (Michaels, O'Connor, Resnick) describe repreguntas como pedir razones. Aun así, pensar requiere conocimiento: la meta es combinar niveles, no eliminar las preguntas de memoria.`,
  steps: [
    'Lea su objetivo y escriba dos preguntas de "por qué", "cómo", "comparar" o "cuál es mejor".',
    'Haga que cada pregunta sea específica del contenido, no solo una fórmula.',
    'Planifique tiempo para pensar o una conversación en parejas antes de recibir respuestas.',
    'Escriba dos repreguntas ("¿Cómo lo sabes?", "¿Quién lo ve distinto?").',
    'Marque en la planificación dónde va cada pregunta: inicio, después de la práctica o ticket de salida.',
  ],
  example:
    'Lenguaje, 4.º grado, después de una fábula: además de "¿Qué hizo el zorro?", la docente planifica "¿El cuervo fue tonto o solo tuvo mala suerte? Usa un detalle del cuento". Piensan 20 segundos, conversan en parejas y luego votan y defienden su elección.',
  gradeBands: {
    'K-2': 'Use "¿Cuál es distinto y por qué?" o "¿Qué crees que pasará después?" con imágenes.',
    '3-5':
      'Deje a la vista algunos inicios de pregunta y pida que cada estudiante escriba una pregunta para su pareja.',
    '6-8': 'Use afirmaciones para "de acuerdo o en desacuerdo" que contengan un error frecuente.',
    '9-12': 'Pida evaluar dos soluciones o dos fuentes y defender una elección con evidencias.',
  },
  practiceTags: ['questioning', 'student-talk'],
  subjects: ['all'],
};
