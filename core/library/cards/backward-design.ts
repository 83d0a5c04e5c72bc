import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'backward-design',
  locale: 'en',
  title: 'Backward design: start from the evidence',
  summary:
    'Plan in reverse: first the goal, then the evidence that will show students reached it, and only then the activities. It keeps every part of the lesson pointing at the same target.',
  minutes: 4,
  body: `A common way to plan is to start from an activity — a good video, a fun game, the next textbook page — and then work out what it teaches. Backward design flips the order. You decide **where students should end up**, then **what evidence would convince you they got there**, and only then **which activities will get them there**.

**Stage 1 — The goal.** What should students be able to do at the end of this lesson (or unit)? Write it as a measurable objective: "Students will compare two fractions with different denominators and justify which is larger."

**Stage 2 — The evidence.** Before choosing any activity, write the exit ticket or the task that would show the goal was met: "Which is larger, 3/4 or 5/8? Show how you know with a drawing or common denominators." Add what a strong answer looks like. If the evidence doesn't match the goal — say, the ticket only asks students to *name* fractions — fix it now.

**Stage 3 — The learning plan.** Now ask: what do students need to do and practise to succeed on that task? Which examples, which practice, which check along the way? Activities that don't lead towards the evidence can be cut, however appealing.

**A quick alignment check.** Read your objective, your exit ticket and your main activity side by side. Do they use the same key words? Do they ask for the same level of thinking? If the objective says "justify" but the practice is only calculating, students will reach the exit ticket unprepared.

**It works for units too.** Start a unit with the final task or test, then plan lessons that build the pieces. Many teachers find that writing the unit assessment first changes which lessons they teach — and which they drop.

Backward design doesn't make lessons dull. Engaging activities are still welcome; they just have to earn their place by moving students towards the goal.`,
  whyItWorks: `**Backward design** is the planning approach described by **Grant Wiggins and Jay McTighe** in *Understanding by Design*, with three stages: identify desired results, determine acceptable evidence, then plan learning experiences. Aligning objectives, activities and assessment at the same level of thinking draws on **Bloom's taxonomy as revised by Anderson and Krathwohl**. Deciding the evidence first also prepares you for the formative-assessment moves **Wiliam** describes: you know in advance what you are looking for.`,
  steps: [
    'Write the objective for tomorrow as something students will do.',
    'Before choosing any activity, write the exit ticket that would prove it, plus a strong answer.',
    'Check that the ticket asks for the same thing, at the same level, as the objective.',
    'List what students must practise to succeed on the ticket, and build the lesson from that list.',
    'Cut or shorten any activity that doesn’t lead toward the evidence.',
  ],
  example:
    'Social studies, grade 8. Goal: "Students will explain two causes of migration from the countryside to cities, using data." Evidence first: an exit ticket with a simple population table and the prompt "Give two reasons people moved to the city, and point to the data." Only then does the teacher pick a short testimony reading and a pair task analysing the table. A planned film is dropped: it was engaging but did not use data.',
  gradeBands: {
    'K-2': 'Decide what you will see or hear a child do at the end (say, point, draw), then plan the activities.',
    '3-5': 'Show students the final task at the start so they know what they are working toward.',
    '6-8': 'Write the unit test or project first, then map each lesson to part of it.',
    '9-12': 'Use past exam tasks as Stage 2 evidence and plan lessons that build each skill they require.',
  },
  practiceTags: ['objectives', 'planning', 'checks-for-understanding'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'backward-design',
  locale: 'es',
  title: 'Diseño inverso: empezar por la evidencia',
  summary:
    'Planifique al revés: primero la meta, luego la evidencia que mostrará que los estudiantes la alcanzaron y, recién después, las actividades. Así cada parte de la clase apunta al mismo objetivo.',
  minutes: 4,
  body: `Una forma habitual de planificar es partir de una actividad —un buen video, un juego divertido, la siguiente página del libro— y después pensar qué enseña. El diseño inverso cambia el orden. Primero decide **adónde deben llegar los estudiantes**, luego **qué evidencia le convencería de que llegaron** y, solo entonces, **qué actividades los llevarán hasta ahí**.

**Etapa 1: la meta.** ¿Qué deberían poder hacer los estudiantes al final de esta clase (o unidad)? Escríbalo como un objetivo medible: "Los estudiantes compararán dos fracciones de distinto denominador y justificarán cuál es mayor".

**Etapa 2: la evidencia.** Antes de elegir cualquier actividad, escriba el ticket de salida o la tarea que mostraría que se logró la meta: "¿Qué es mayor, 3/4 o 5/8? Muestra cómo lo sabes con un dibujo o con denominadores comunes". Agregue cómo se ve una buena respuesta. Si la evidencia no coincide con la meta —por ejemplo, si el ticket solo pide *nombrar* fracciones—, corríjalo ahora.

**Etapa 3: el plan de aprendizaje.** Ahora pregúntese: ¿qué necesitan hacer y practicar los estudiantes para resolver bien esa tarea? ¿Qué ejemplos, qué práctica, qué verificación en el camino? Las actividades que no conducen a la evidencia pueden salir, por atractivas que sean.

**Una revisión rápida de la alineación.** Lea juntos el objetivo, el ticket de salida y la actividad principal. ¿Usan las mismas palabras clave? ¿Piden el mismo nivel de pensamiento? Si el objetivo dice "justificar" y la práctica es solo calcular, los estudiantes llegarán al ticket sin preparación.

**También sirve para unidades.** Empiece la unidad por la tarea o la prueba final y luego planifique las clases que construyen cada parte. Muchos docentes descubren que escribir primero la evaluación de la unidad cambia qué clases dan y cuáles dejan de lado.

El diseño inverso no vuelve aburridas las clases. Las actividades atractivas siguen siendo bienvenidas; solo tienen que ganarse su lugar acercando a los estudiantes a la meta.`,
  whyItWorks: `El **diseño inverso** es el enfoque de planificación que describen **Grant Wiggins y Jay McTighe** en *Understanding by Design*, con tres etapas: identificar los resultados esperados, determinar la evidencia aceptable y planificar las experiencias de aprendizaje. Alinear objetivos, actividades y evaluación en el mismo nivel de pensamiento se apoya en la **taxonomía de Bloom revisada por Anderson y Krathwohl**. Decidir primero la evidencia también prepara las decisiones de evaluación formativa que describe **Wiliam**: usted sabe de antemano qué está buscando.`,
  steps: [
    'Escriba el objetivo de mañana como algo que harán los estudiantes.',
    'Antes de elegir actividades, escriba el ticket de salida que lo demostraría y una buena respuesta.',
    'Verifique que el ticket pida lo mismo, y al mismo nivel, que el objetivo.',
    'Anote lo que deben practicar para resolver bien el ticket y construya la clase a partir de esa lista.',
    'Elimine o acorte las actividades que no conducen a la evidencia.',
  ],
  example:
    'Ciencias sociales, 2.º de secundaria. Meta: "Los estudiantes explicarán dos causas de la migración del campo a la ciudad usando datos". Primero la evidencia: un ticket de salida con una tabla sencilla de población y la consigna "Da dos razones por las que la gente se mudó a la ciudad y señala los datos que lo muestran". Recién entonces el docente elige un testimonio breve para leer y una tarea en parejas para analizar la tabla. Descarta una película prevista: era atractiva, pero no usaba datos.',
  gradeBands: {
    'K-2':
      'Decida qué verá o escuchará hacer a cada niño o niña al final (decir, señalar, dibujar) y luego planifique las actividades.',
    '3-5': 'Muestre la tarea final al inicio para que sepan hacia dónde van.',
    '6-8': 'Escriba primero la prueba o el proyecto de la unidad y relacione cada clase con una parte.',
    '9-12':
      'Use tareas de exámenes anteriores como evidencia de la etapa 2 y planifique clases que construyan cada habilidad que exigen.',
  },
  practiceTags: ['objectives', 'planning', 'checks-for-understanding'],
  subjects: ['all'],
};
