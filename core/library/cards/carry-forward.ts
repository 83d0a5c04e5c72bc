import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'carry-forward',
  locale: 'en',
  title: 'Carry forward: let yesterday shape today',
  summary:
    'After a lesson, you often know exactly what you would do differently. Carrying that "next time" into the next plan — visibly — turns reflection into better teaching instead of a forgotten note.',
  minutes: 3,
  body: `At the end of a lesson most teachers think something like "next time I'll give them more time to practise" or "they still confuse area and perimeter." These thoughts are gold, but they disappear quickly under the next day's rush. **Carrying forward** means writing that "next time" down and making sure the next plan visibly acts on it.

**Capture one thing, quickly.** Right after class, or at the end of the day, write one sentence: *what will I do differently, or what do students still need?* One clear sentence beats a long reflection you never re-read. Base it on evidence where you can: the exit tickets, what you heard in pair talk, the minutes that ran over.

**Put it where you will see it.** Open the next plan for that class and start from the note. In Conecta, the plan insights will ask you about it if your latest reflection on that class has a "next time" the new plan does not seem to address.

**Turn the note into a move.** "They confuse area and perimeter" becomes a five-minute warm-up with two shapes and the question "Which number is the fence and which is the grass?". "Practice was too short" becomes a time stamp that protects 15 minutes of practice. The plan should show the change in a way a colleague could point to.

**Check whether it worked.** In the next reflection, say a word about it: did the warm-up fix the confusion? If not, what will you try now? This is a tiny inquiry cycle — plan, teach, notice, adjust — repeated every week.

**Share patterns with your team.** If several teachers carry forward the same issue, it might be something to tackle together in planning time.

Small, consistent adjustments build expertise faster than big, occasional changes. The teachers who improve most are often the ones who keep this loop going.`,
  whyItWorks: `**Donald Schön's** idea of the reflective practitioner describes professionals learning by reflecting on action and adjusting the next one. Teacher inquiry cycles — plan, act, observe, reflect — formalise the same loop. In **Dylan Wiliam's** formative-assessment framing, evidence from today's lesson (exit tickets, checks) should shape tomorrow's teaching. Coaching models such as **Jim Knight's** Impact Cycle and **Bambrick-Santoyo's** work emphasise small, specific action steps followed up over time, rather than many goals at once.`,
  steps: [
    'After tomorrow’s lesson, write one sentence: what will I do differently, or what do students still need?',
    'Base it on one piece of evidence (exit tickets, what you heard, the clock).',
    'When planning the next lesson for that class, start from the note.',
    'Turn the note into one visible move in the plan (a warm-up, a time stamp, a new example).',
    'In your next reflection, say whether it worked.',
  ],
  example:
    'Tuesday’s reflection: "Half the class still says 0.45 is bigger than 0.5 because 45 > 5." Wednesday’s plan opens with a 6-minute number-line warm-up comparing 0.5, 0.45 and 0.405, and the exit ticket repeats the comparison. Wednesday’s reflection: "Only three still struggle — small group on Thursday."',
  gradeBands: {
    'K-2': 'Carry forward observations about routines as well as content (transitions, carpet time).',
    '3-5': 'Tell students what you changed because of their work: "Yesterday many of you… so today…".',
    '6-8': 'With several classes of the same course, note whether the "next time" applies to one class or all.',
    '9-12': 'Track recurring issues across a unit and share them with your department before the next unit.',
  },
  practiceTags: ['reflection', 'planning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'carry-forward',
  locale: 'es',
  title: 'Llevar lo aprendido a la próxima clase',
  summary:
    'Al terminar una clase, muchas veces usted sabe exactamente qué haría distinto. Llevar ese "la próxima vez" a la siguiente planificación, de forma visible, convierte la reflexión en mejor enseñanza y no en una nota olvidada.',
  minutes: 3,
  body: `Al terminar una clase, casi todos los docentes piensan algo como "la próxima vez les doy más tiempo para practicar" o "todavía confunden área y perímetro". Esas ideas valen oro, pero se pierden pronto en el apuro del día siguiente. **Llevar lo aprendido adelante** significa anotar ese "la próxima vez" y asegurarse de que la siguiente planificación lo atienda de forma visible.

**Anote una sola cosa, rápido.** Al salir de clase, o al final del día, escriba una oración: *¿qué haré distinto, o qué necesitan todavía los estudiantes?* Una oración clara vale más que una reflexión larga que nunca se relee. Apóyela en evidencia cuando pueda: los tickets de salida, lo que escuchó en las conversaciones en parejas, los minutos que se pasaron.

**Déjela donde la verá.** Abra la próxima planificación de ese grupo y empiece por esa nota. En Conecta, las sugerencias de la planificación le preguntarán por ella si su última reflexión sobre ese grupo tiene un "la próxima vez" que la nueva planificación no parece atender.

**Convierta la nota en una acción.** "Confunden área y perímetro" se transforma en un inicio de cinco minutos con dos figuras y la pregunta "¿Qué número es la cerca y cuál es el pasto?". "La práctica fue muy corta" se convierte en un tiempo asignado que protege 15 minutos de práctica. La planificación debería mostrar el cambio de manera que un colega pueda señalarlo.

**Compruebe si funcionó.** En la siguiente reflexión, diga algo al respecto: ¿el inicio resolvió la confusión? Si no, ¿qué probará ahora? Es un pequeño ciclo de indagación —planificar, enseñar, observar, ajustar— que se repite cada semana.

**Comparta los patrones con su equipo.** Si varios docentes arrastran el mismo problema, quizás convenga abordarlo juntos en el tiempo de planificación.

Los ajustes pequeños y constantes construyen experiencia más rápido que los cambios grandes y ocasionales. Quienes más mejoran suelen ser quienes mantienen vivo este circuito.`,
  whyItWorks: `La idea de **Donald Schön** sobre el profesional reflexivo describe cómo se aprende reflexionando sobre la propia acción y ajustando la siguiente. Los ciclos de indagación docente —planificar, actuar, observar, reflexionar— formalizan ese mismo circuito. En la evaluación formativa según **Dylan Wiliam**, las evidencias de la clase de hoy (tickets, verificaciones) deben orientar la enseñanza de mañana. Modelos de acompañamiento como el ciclo de impacto de **Jim Knight** y el trabajo de **Bambrick-Santoyo** insisten en pasos de acción pequeños y concretos, con seguimiento en el tiempo, en lugar de muchas metas a la vez.`,
  steps: [
    'Después de la clase de mañana, escriba una oración: ¿qué haré distinto o qué necesitan todavía?',
    'Apóyela en una evidencia (tickets de salida, lo que escuchó, el reloj).',
    'Al planificar la siguiente clase de ese grupo, empiece por esa nota.',
    'Convierta la nota en una acción visible en la planificación (un inicio, un tiempo asignado, un ejemplo nuevo).',
    'En su próxima reflexión, diga si funcionó.',
  ],
  example:
    'Reflexión del martes: "La mitad del grupo sigue diciendo que 0,45 es mayor que 0,5 porque 45 > 5". La planificación del miércoles empieza con seis minutos en la recta numérica comparando 0,5, 0,45 y 0,405, y el ticket de salida repite la comparación. Reflexión del miércoles: "Solo tres siguen con dificultad: grupo pequeño el jueves".',
  gradeBands: {
    'K-2': 'Lleve adelante también observaciones sobre rutinas, no solo sobre contenido (transiciones, ronda).',
    '3-5': 'Cuente a los estudiantes qué cambió gracias a su trabajo: "Ayer muchos… por eso hoy…".',
    '6-8': 'Si tiene varios grupos del mismo curso, anote si el "la próxima vez" vale para uno o para todos.',
    '9-12':
      'Registre los problemas que se repiten en una unidad y compártalos con su departamento antes de la siguiente.',
  },
  practiceTags: ['reflection', 'planning'],
  subjects: ['all'],
};
