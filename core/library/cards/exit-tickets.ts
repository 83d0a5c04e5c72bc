import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'exit-tickets',
  locale: 'en',
  title: 'Exit tickets that shape tomorrow',
  summary:
    'An exit ticket is one or two short questions, answered alone in the last minutes of class, that show whether each student met today’s objective. Sorting them takes five minutes and plans your next lesson.',
  minutes: 4,
  body: `An exit ticket is the last thing students do before they leave: a small piece of paper, a notebook corner or a few lines in the app, with **one or two questions on today's objective**, answered alone. It is not a grade. It is your evidence for planning tomorrow.

**Match the objective — in content and in level.** If the objective says students will *explain* why a character changes, the ticket should ask them to explain, not to list the events. If the objective is about comparing fractions, the ticket asks them to compare fractions. A quick test: could a student pass the ticket without meeting the objective? If yes, rewrite it.

**Keep it short.** One well-chosen question is usually enough; two if you want one straightforward item and one that asks for reasoning. Students should finish in three to five minutes.

**Write the ideal answer first.** Before class, write the answer you hope to see. This sharpens the question and makes sorting fast.

**Sort, don't mark.** After class, make three piles: *got it*, *almost*, *not yet*. That takes a few minutes for a full class. Then decide:
- Mostly *got it*: start tomorrow with a short review and move on.
- A clear *almost* group with the same error: open tomorrow by showing an anonymous example and fixing it together.
- Many *not yet*: re-teach with a different approach before moving on.

**Close the loop with students.** Begin the next lesson with "Yesterday many of you… Let's look at this one." Students learn that their tickets are read and that they matter.

On days when there is no time for paper, a ticket can be oral — each student whispers an answer at the door — but written tickets give you something to sort, and patterns are easier to see on paper.`,
  whyItWorks: `Exit tickets are a classroom form of what **Dylan Wiliam** describes as eliciting evidence of learning and using it to adapt teaching. Asking students to recall and apply the lesson's key idea at the end is also a small act of **retrieval practice**, which cognitive psychology has repeatedly found to strengthen memory. Matching the ticket's level of thinking to the objective uses **Bloom's taxonomy as revised by Anderson and Krathwohl**, and writing the ticket early follows the logic of **backward design** (Wiggins and McTighe): decide the evidence before the activities.`,
  steps: [
    'Write one question that asks students to do exactly what the objective says, at the same level of thinking.',
    'Write the ideal answer before class.',
    'Protect the last five minutes for it; students answer alone.',
    'Sort into got it / almost / not yet, and note the most common error.',
    'Open the next lesson with what you learned from the tickets.',
  ],
  example:
    'Objective: "Students will explain why multiplying by a number less than 1 makes a product smaller." Ticket: "Lina says 8 × 0.5 must be bigger than 8 because multiplying makes things bigger. Is she right? Explain with a drawing or words." The teacher sorts 32 tickets in four minutes; nine say Lina is right, so tomorrow opens with that idea.',
  gradeBands: {
    'K-2':
      'Use a drawing, a circle-the-answer item or a word to say at the door; sort by smiley faces if that helps you.',
    '3-5': 'Add a self-rating (1–3) next to the answer so you can compare confidence with accuracy.',
    '6-8': 'Include one item that reveals a common misconception, so the sort tells you what to re-teach.',
    '9-12': 'Use exam-style questions occasionally, and let students see the patterns in the class’s tickets.',
  },
  practiceTags: ['checks-for-understanding', 'closure', 'objectives'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'exit-tickets',
  locale: 'es',
  title: 'Tickets de salida que orientan la clase de mañana',
  summary:
    'El ticket de salida es una o dos preguntas breves, respondidas de forma individual al final de la clase, que muestran si cada estudiante alcanzó el objetivo. Revisarlos toma cinco minutos y le ayuda a planificar.',
  minutes: 4,
  body: `El ticket de salida es lo último que hacen los estudiantes antes de irse: un papelito, una esquina del cuaderno o unas líneas en la aplicación, con **una o dos preguntas sobre el objetivo del día**, respondidas de forma individual. No es una calificación. Es su evidencia para planificar la clase siguiente.

**Que coincida con el objetivo, en contenido y en nivel.** Si el objetivo dice que los estudiantes *explicarán* por qué cambia un personaje, el ticket debe pedir una explicación, no una lista de sucesos. Si el objetivo trata de comparar fracciones, el ticket pide comparar fracciones. Una prueba rápida: ¿podría alguien responder bien el ticket sin haber logrado el objetivo? Si la respuesta es sí, reescríbalo.

**Breve.** Una pregunta bien elegida suele bastar; dos si quiere una directa y otra que pida razonamiento. Deberían terminar en tres a cinco minutos.

**Escriba antes la respuesta ideal.** Antes de la clase, anote la respuesta que espera. Eso afina la pregunta y hace la revisión mucho más rápida.

**Clasifique en lugar de corregir.** Después de clase, arme tres montones: *logrado*, *casi*, *todavía no*. Con un grupo completo, lleva pocos minutos. Luego decida:
- Mayoría *logrado*: un repaso corto al inicio y avanzar.
- Un grupo *casi* con el mismo error: abrir la clase mostrando un ejemplo anónimo y corregirlo juntos.
- Muchos *todavía no*: volver a enseñar con otro enfoque antes de avanzar.

**Cierre el círculo con los estudiantes.** Empiece la siguiente clase con "Ayer muchos de ustedes… Miremos este caso". Así el grupo aprende que sus tickets se leen y que sirven.

Los días en que no alcanza el tiempo para el papel, el ticket puede ser oral —cada estudiante dice su respuesta en la puerta—, pero el ticket escrito deja algo que clasificar, y los patrones se ven mejor en papel.`,
  whyItWorks: `El ticket de salida es una forma cotidiana de lo que **Dylan Wiliam** describe como obtener evidencias del aprendizaje y usarlas para adaptar la enseñanza. Pedir a los estudiantes que recuerden y apliquen la idea central al final de la clase es también una pequeña **práctica de recuperación**, que la psicología cognitiva ha mostrado reiteradamente que fortalece la memoria. Ajustar el nivel de pensamiento del ticket al del objetivo usa la **taxonomía de Bloom revisada por Anderson y Krathwohl**, y escribirlo temprano sigue la lógica del **diseño inverso** (Wiggins y McTighe): definir la evidencia antes que las actividades.`,
  steps: [
    'Escriba una pregunta que pida hacer exactamente lo que dice el objetivo, con el mismo nivel de pensamiento.',
    'Anote la respuesta ideal antes de la clase.',
    'Reserve los últimos cinco minutos; cada estudiante responde solo.',
    'Clasifique en logrado / casi / todavía no, y anote el error más frecuente.',
    'Abra la clase siguiente con lo que aprendió de los tickets.',
  ],
  example:
    'Objetivo: "Los estudiantes explicarán por qué multiplicar por un número menor que 1 da un resultado menor". Ticket: "Lina dice que 8 × 0,5 tiene que ser mayor que 8 porque multiplicar siempre agranda. ¿Tiene razón? Explica con un dibujo o con palabras". La docente clasifica 32 tickets en cuatro minutos; nueve le dan la razón a Lina, así que la clase siguiente empieza por esa idea.',
  gradeBands: {
    'K-2': 'Use un dibujo, una opción para encerrar en un círculo o una palabra dicha en la puerta.',
    '3-5': 'Agregue una autoevaluación (1 a 3) junto a la respuesta para comparar seguridad y acierto.',
    '6-8': 'Incluya una pregunta que revele un error frecuente, para que la clasificación le diga qué reenseñar.',
    '9-12': 'Use de vez en cuando preguntas tipo examen y muestre al grupo los patrones de los tickets.',
  },
  practiceTags: ['checks-for-understanding', 'closure', 'objectives'],
  subjects: ['all'],
};
