import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'udl-options',
  locale: 'en',
  title: 'Universal Design for Learning: build options in from the start',
  summary:
    'Instead of planning one path and adapting it later for some students, plan a few options from the start — how students take in the content, how they show what they learned, and how they stay engaged. Many students benefit.',
  minutes: 5,
  body: `Every class has students with different strengths, languages, interests and needs. The usual approach is to plan one lesson for the "typical" student and then fix it for others. **Universal Design for Learning (UDL)** starts the other way round: expect that students vary, find the barriers in the lesson *before* teaching, and design **a few flexible options** that remove them.

UDL organises those options in three groups.

**1. Options for engagement — the "why" of learning.**
- Connect the topic to students' lives or community.
- Offer small choices: which problem to start with, which text to read, work alone or with a partner.
- Make the goal clear, so effort has a purpose.

**2. Options for representation — the "what" of learning.**
- Present key ideas in more than one way: spoken and written, with a diagram, a real object or a short video.
- Clarify vocabulary and symbols before they block understanding.
- Connect new ideas to what students already know.

**3. Options for action and expression — the "how" of learning.**
- Let students show learning in more than one way: write, draw, explain orally, build a model.
- Provide tools: a checklist, a graphic organiser, a calculator, a word bank.
- Help with planning: break big tasks into steps with mini-deadlines.

**Keep the goal firm, make the path flexible.** Options don't mean a different objective. If the goal is to explain a cause, students can explain it in a paragraph, a labelled diagram or an oral recording — but they all explain the cause.

**Start small.** UDL is not a checklist to complete in every lesson. Pick one barrier you already know about — maybe the reading level of the text, or students who never finish written tasks — and design one option for it tomorrow.

Many supports designed for some students help everyone: instructions on the board, a visual schedule, a choice of response.`,
  whyItWorks: `**Universal Design for Learning** is a framework developed by **CAST**. Its guidelines (updated as version 3.0 in 2024) are organised around three principles — multiple means of engagement, representation, and action and expression — and aim at learner agency. CAST itself says the guidelines are not a checklist and don't all need to be applied at once. The idea of designing for variability from the start, rather than retrofitting, comes from universal design in architecture. **Tomlinson's** differentiated instruction offers a complementary lens focused on responding to individual students.`,
  steps: [
    'Look at tomorrow’s lesson and name one barrier some students will meet (reading, language, attention, writing).',
    'Design one option that lowers it: a second representation, a tool or a choice of response.',
    'Check the objective stays the same for everyone.',
    'Offer the option to the whole class, not just to named students.',
    'After the lesson, note who used it and whether it helped.',
  ],
  example:
    'Grade 5 science, the life cycle of a butterfly. The teacher presents the stages with a short video, real photos and a labelled diagram (representation). Students may show their learning by writing a paragraph, drawing and labelling a cycle, or recording a one-minute explanation on a shared tablet (expression). Everyone must name all four stages and explain one change.',
  gradeBands: {
    'K-2':
      'Use songs, movement, objects and pictures for representation, and let children show learning by pointing, acting or drawing.',
    '3-5': 'Offer a small choice board (two or three options) for how students show what they learned.',
    '6-8':
      'Provide graphic organisers and checklists for multi-step tasks, and choice of texts at different reading levels on the same topic.',
    '9-12': 'Let students propose their own product for showing mastery, against shared success criteria.',
  },
  practiceTags: ['supports', 'planning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'udl-options',
  locale: 'es',
  title: 'Diseño Universal para el Aprendizaje: opciones desde el inicio',
  summary:
    'En lugar de planificar un solo camino y adaptarlo después para algunos, planifique desde el inicio algunas opciones: cómo reciben el contenido, cómo muestran lo que aprendieron y cómo se mantienen comprometidos. Se benefician muchos estudiantes.',
  minutes: 5,
  body: `En cada grupo hay estudiantes con fortalezas, lenguas, intereses y necesidades distintas. Lo habitual es planificar una clase para el estudiante "típico" y después arreglarla para los demás. El **Diseño Universal para el Aprendizaje (DUA)** parte al revés: da por hecho que los estudiantes son diversos, busca las barreras de la clase *antes* de enseñar y diseña **algunas opciones flexibles** que las eliminen.

El DUA organiza esas opciones en tres grupos.

**1. Opciones para el compromiso: el "por qué" del aprendizaje.**
- Relacione el tema con la vida de los estudiantes o de su comunidad.
- Ofrezca pequeñas elecciones: con qué problema empezar, qué texto leer, trabajar solo o en pareja.
- Deje clara la meta, para que el esfuerzo tenga sentido.

**2. Opciones para la representación: el "qué" del aprendizaje.**
- Presente las ideas clave de más de una forma: oral y escrita, con un esquema, un objeto real o un video breve.
- Aclare el vocabulario y los símbolos antes de que bloqueen la comprensión.
- Conecte lo nuevo con lo que ya saben.

**3. Opciones para la acción y la expresión: el "cómo" del aprendizaje.**
- Permita mostrar lo aprendido de más de una manera: escribir, dibujar, explicar oralmente, construir un modelo.
- Ofrezca herramientas: una lista de pasos, un organizador gráfico, una calculadora, un banco de palabras.
- Ayude a planificar: divida las tareas grandes en etapas con plazos cortos.

**La meta es firme; el camino, flexible.** Ofrecer opciones no significa cambiar el objetivo. Si la meta es explicar una causa, pueden explicarla en un párrafo, en un esquema rotulado o en una grabación oral, pero todos explican la causa.

**Empiece en pequeño.** El DUA no es una lista de verificación para cumplir en cada clase. Elija una barrera que ya conoce —el nivel de lectura del texto o los estudiantes que nunca terminan las tareas escritas— y diseñe mañana una opción para ella.

Muchos apoyos pensados para algunos ayudan a todos: las consignas en la pizarra, una agenda visual, la posibilidad de elegir cómo responder.`,
  whyItWorks: `El **Diseño Universal para el Aprendizaje** es un marco desarrollado por **CAST**. Sus pautas (actualizadas en la versión 3.0, de 2024) se organizan en tres principios —múltiples formas de compromiso, de representación y de acción y expresión— y apuntan a la agencia de los estudiantes. El propio CAST aclara que las pautas no son una lista de verificación y que no hace falta aplicarlas todas a la vez. La idea de diseñar para la diversidad desde el inicio, en lugar de adaptar después, viene del diseño universal en arquitectura. La **enseñanza diferenciada de Tomlinson** ofrece una mirada complementaria, centrada en responder a cada estudiante.`,
  steps: [
    'Mire la clase de mañana y nombre una barrera que encontrarán algunos estudiantes (lectura, lengua, atención, escritura).',
    'Diseñe una opción que la reduzca: otra representación, una herramienta o la elección de cómo responder.',
    'Verifique que el objetivo sea el mismo para todos.',
    'Ofrezca la opción a todo el grupo, no solo a estudiantes señalados.',
    'Después de la clase, anote quién la usó y si ayudó.',
  ],
  example:
    'Ciencias, 5.º grado, el ciclo de vida de la mariposa. El docente presenta las etapas con un video breve, fotos reales y un esquema rotulado (representación). Los estudiantes pueden mostrar lo aprendido escribiendo un párrafo, dibujando y rotulando el ciclo o grabando una explicación de un minuto en la tableta del aula (expresión). Todos deben nombrar las cuatro etapas y explicar un cambio.',
  gradeBands: {
    'K-2':
      'Use canciones, movimiento, objetos e imágenes, y deje que muestren lo aprendido señalando, actuando o dibujando.',
    '3-5': 'Ofrezca un pequeño tablero de opciones (dos o tres) para mostrar lo aprendido.',
    '6-8':
      'Entregue organizadores gráficos y listas de pasos para tareas largas, y textos del mismo tema con distintos niveles de lectura.',
    '9-12': 'Permita que propongan su propio producto para demostrar el dominio, con criterios de logro compartidos.',
  },
  practiceTags: ['supports', 'planning'],
  subjects: ['all'],
};
