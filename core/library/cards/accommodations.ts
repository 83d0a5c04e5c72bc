import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'accommodations',
  locale: 'en',
  title: 'Accommodations: same goal, different paths',
  summary:
    'An accommodation changes how a student gets to the learning goal — how they take in information, work or show what they know — without changing the goal itself. Plan specific ones for specific students.',
  minutes: 4,
  body: `Some students face barriers that have little to do with the skill you are teaching: a student with dyslexia in a science lesson, a student with attention difficulties in a long task, a student with low vision reading small print. An **accommodation** removes or lowers that barrier so the student can reach **the same objective** as everyone else.

**Start from the barrier, not the label.** Ask: *what in this lesson could stop this student from showing what they know?* The answer might be the amount of reading, the speed, the handwriting, the noise, or the length of the task. Then choose a support that addresses that barrier.

**Common, low-cost accommodations.**
- *Taking in information:* read instructions aloud, enlarge print, give a printed copy of what is on the board, use audio or a classmate reader.
- *Working:* break a long task into numbered chunks with check-ins, offer a checklist, give a quieter seat, allow short movement breaks.
- *Showing learning:* let students answer orally, draw, use a word bank, or do fewer items of the same difficulty.
- *Time:* a few extra minutes, or the same task split over two sessions.

**Be specific in the plan.** "Accommodate as needed" will be forgotten in the rush of the lesson. "Mateo: instructions read aloud and task split into three chunks; I check after each chunk" will not.

**Design for many when you can.** If several students benefit, offer the support to everyone: printed instructions on every desk, a visual timer on the board, a choice of answering in writing or orally. Many supports help more students than the ones you planned for.

**Keep the goal the same.** If the objective is to explain a cause, the accommodation may let the student explain orally — but they still explain the cause. Changing what is learned is a different decision (a modification) and should follow the student's official plan, if they have one.

Ask students what helps. They often know.`,
  whyItWorks: `**Universal Design for Learning** (CAST) asks teachers to anticipate learner variability and design options for how students perceive information, how they act and express what they know, and how they stay engaged — reducing barriers by design rather than retrofitting. **Carol Ann Tomlinson's** work on differentiated instruction describes adjusting content, process, product and learning environment to students' readiness and learning profiles. Keeping the objective constant while changing access follows the distinction, common in special education guidance, between accommodations and modifications.`,
  steps: [
    'List the students who might face a barrier in tomorrow’s lesson, and name the barrier for each.',
    'Choose one specific accommodation per barrier (reading, working, showing, time).',
    'Write them in the plan with the student’s name or group and when you will provide them.',
    'Check whether any support could be offered to the whole class.',
    'After the lesson, ask one student whether the support helped.',
  ],
  example:
    'History, grade 9, source-analysis task. Two students with reading difficulties get the source read aloud by the teacher at the start, plus a three-step checklist (who wrote it, when, why). Everyone is offered the checklist; most use it. All students still answer the same question: "How reliable is this source, and why?"',
  gradeBands: {
    'K-2': 'Use picture instructions, shorter tasks with movement between them, and oral answers.',
    '3-5': 'Offer chunked tasks with checkboxes and a choice of writing or drawing the answer.',
    '6-8': 'Provide printed notes or partially completed notes and a visual timer for tasks.',
    '9-12':
      'Agree accommodations with the student privately and offer digital texts with text-to-speech where available.',
  },
  practiceTags: ['supports'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'accommodations',
  locale: 'es',
  title: 'Adecuaciones: la misma meta, distintos caminos',
  summary:
    'Una adecuación cambia cómo un estudiante llega al objetivo —cómo recibe la información, cómo trabaja o cómo muestra lo que sabe— sin cambiar el objetivo. Planifique adecuaciones concretas para estudiantes concretos.',
  minutes: 4,
  body: `Algunos estudiantes enfrentan barreras que poco tienen que ver con la habilidad que usted enseña: un estudiante con dislexia en una clase de ciencias, una estudiante con dificultades de atención en una tarea larga, alguien con baja visión frente a una letra pequeña. Una **adecuación** elimina o reduce esa barrera para que el estudiante alcance **el mismo objetivo** que el resto.

**Parta de la barrera, no del diagnóstico.** Pregúntese: *¿qué de esta clase podría impedir que este estudiante muestre lo que sabe?* Puede ser la cantidad de lectura, la velocidad, la escritura a mano, el ruido o la extensión de la tarea. Luego elija un apoyo que atienda esa barrera.

**Adecuaciones frecuentes y de bajo costo.**
- *Para recibir la información:* leer las consignas en voz alta, ampliar la letra, entregar una copia impresa de lo que está en la pizarra, usar audio o un compañero lector.
- *Para trabajar:* dividir una tarea larga en partes numeradas con revisiones intermedias, dar una lista de pasos, ofrecer un lugar más tranquilo, permitir pausas breves de movimiento.
- *Para mostrar lo aprendido:* responder en forma oral, dibujar, usar un banco de palabras o resolver menos ejercicios de la misma dificultad.
- *Tiempo:* algunos minutos extra, o la misma tarea repartida en dos sesiones.

**Sea concreto en la planificación.** "Adecuar según sea necesario" se olvida en el apuro de la clase. "Mateo: le leo las consignas y la tarea va en tres partes; reviso al terminar cada una" no se olvida.

**Piense en muchos cuando pueda.** Si varios se benefician, ofrézcalo a todos: consignas impresas en cada mesa, un temporizador visible, la opción de responder por escrito u oralmente. Muchos apoyos ayudan a más estudiantes de los que usted había previsto.

**Mantenga la misma meta.** Si el objetivo es explicar una causa, la adecuación puede permitir explicarla oralmente, pero la causa se sigue explicando. Cambiar lo que se aprende es otra decisión (una adaptación curricular) y debe seguir el plan oficial del estudiante, si lo tiene.

Pregunte a los estudiantes qué les ayuda. Muchas veces lo saben.`,
  whyItWorks: `El **Diseño Universal para el Aprendizaje** (CAST) pide anticipar la variabilidad de los estudiantes y diseñar opciones para percibir la información, para actuar y expresar lo aprendido y para sostener el compromiso, reduciendo barreras desde el diseño y no con parches posteriores. El trabajo de **Carol Ann Tomlinson** sobre la enseñanza diferenciada describe cómo ajustar contenido, proceso, producto y ambiente de aprendizaje según la preparación y el perfil de cada estudiante. Mantener el objetivo y cambiar el acceso sigue la distinción, habitual en las orientaciones de educación especial e inclusiva, entre adecuaciones de acceso y adaptaciones del currículo.`,
  steps: [
    'Anote qué estudiantes podrían encontrar una barrera mañana y cuál es esa barrera.',
    'Elija una adecuación concreta para cada barrera (lectura, trabajo, expresión, tiempo).',
    'Escríbala en la planificación con el nombre o el grupo y el momento en que la ofrecerá.',
    'Revise si algún apoyo podría ofrecerse a todo el grupo.',
    'Después de la clase, pregunte a un estudiante si el apoyo le sirvió.',
  ],
  example:
    'Historia, 3.º de secundaria, análisis de una fuente. A dos estudiantes con dificultades de lectura la docente les lee la fuente al inicio y les da una lista de tres pasos (quién la escribió, cuándo, para qué). Ofrece la lista a todo el curso y la mayoría la usa. Todos responden la misma pregunta: "¿Qué tan confiable es esta fuente y por qué?"',
  gradeBands: {
    'K-2': 'Use consignas con imágenes, tareas cortas con movimiento entre ellas y respuestas orales.',
    '3-5': 'Ofrezca tareas divididas con casillas para marcar y la opción de escribir o dibujar la respuesta.',
    '6-8': 'Entregue apuntes impresos o a medio completar y un temporizador visible.',
    '9-12':
      'Acuerde las adecuaciones en privado con el estudiante y ofrezca textos digitales con lectura en voz alta si es posible.',
  },
  practiceTags: ['supports'],
  subjects: ['all'],
};
