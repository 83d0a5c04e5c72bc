import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'feedback',
  locale: 'en',
  title: 'Feedback that moves learning forward',
  summary:
    'Useful feedback tells students where they are against the goal and gives them one clear next step — and then gives them time to act on it. A grade alone, or "good job", rarely does that.',
  minutes: 5,
  body: `Teachers spend hours writing comments, and students often glance at the grade and put the work away. Feedback only helps if students **understand it and do something with it**. That changes how we give it.

**Tie it to the goal.** Feedback is most useful when it refers to the objective and the success criteria: "Your claim is clear. Your second piece of evidence doesn't support it yet — find a quotation that shows the character is afraid." Students can see where they are and where they are going.

**One next step beats ten corrections.** A page covered in red ink tells a student everything at once and nothing in particular. Choose the one or two changes that will make the biggest difference, and phrase them as actions: "Add…", "Check…", "Rewrite the last sentence so that…".

**Make time to act on it.** Plan ten minutes in the next lesson for students to read the feedback and improve their work. Without that time, most feedback is wasted effort. A highlighter routine helps: students highlight the change they made.

**Consider delaying the grade.** When a grade and comments arrive together, many students look only at the grade. Try comments first, with the grade later or not at all for practice work.

**Use quick, whole-class feedback.** You don't have to write on every notebook. Read a set of work, note the three most common issues and one great example, and open the next lesson with them: "Many of us… Here's how to fix it. Now check your own work for it."

**Comment on the work, not the person.** "You're so smart" focuses on the student; "You used two strategies and checked your answer" names what worked, so it can be repeated.

**Invite students in.** Peer and self-assessment against clear criteria make feedback part of daily work rather than something only the teacher provides.`,
  whyItWorks: `**John Hattie and Helen Timperley's** model describes feedback as answering three questions: *Where am I going? How am I going? Where to next?* **Dylan Wiliam** includes "providing feedback that moves learners forward" among the key strategies of formative assessment and stresses that feedback should cause thinking and action. A well-known review by **Avraham Kluger and Angelo DeNisi** found that feedback does not always help and sometimes harms performance, especially when it focuses on the person rather than the task — a reason to keep feedback specific, task-focused and actionable.`,
  steps: [
    'Before marking, reread the objective and success criteria for the task.',
    'For each piece of work, write one strength and one next step phrased as an action.',
    'Note the two or three most common issues for whole-class feedback.',
    'Plan ten minutes in the next lesson for students to act on the feedback.',
    'Ask students to mark (highlight) what they changed.',
  ],
  example:
    'Grade 6 science lab reports. Instead of grading all of them, the teacher reads them and notes: many conclusions repeat the results without explaining them. Next lesson she shows one anonymous conclusion, rewrites it with the class using "This shows that… because…", and gives students ten minutes to improve their own conclusions, highlighting the new sentence.',
  gradeBands: {
    'K-2':
      'Give feedback orally and immediately, with one thing to try again ("Try it once more, leaving finger spaces").',
    '3-5':
      'Use symbols linked to success criteria (a star for a strength, an arrow for a next step) and time to respond.',
    '6-8': 'Use whole-class feedback sheets with common errors and a "fix it" task.',
    '9-12': 'Give comments before grades on drafts, and ask students to write how they used the feedback.',
  },
  practiceTags: ['feedback', 'checks-for-understanding'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'feedback',
  locale: 'es',
  title: 'Retroalimentación que hace avanzar el aprendizaje',
  summary:
    'Una retroalimentación útil dice a los estudiantes dónde están respecto de la meta y les da un próximo paso claro, y luego les da tiempo para usarlo. Una nota sola, o un "muy bien", rara vez lo logra.',
  minutes: 5,
  body: `Los docentes dedican horas a escribir comentarios, y muchas veces los estudiantes miran la nota y guardan el trabajo. La retroalimentación solo ayuda si **la entienden y hacen algo con ella**. Eso cambia la manera de darla.

**Conéctela con la meta.** La retroalimentación sirve más cuando se refiere al objetivo y a los criterios de logro: "Tu idea principal es clara. Tu segunda evidencia todavía no la apoya: busca una cita que muestre que el personaje tiene miedo". Así el estudiante ve dónde está y hacia dónde va.

**Un próximo paso vale más que diez correcciones.** Una hoja llena de rojo le dice todo a la vez y nada en particular. Elija uno o dos cambios que harán la mayor diferencia y escríbalos como acciones: "Agrega…", "Revisa…", "Reescribe la última oración para que…".

**Dé tiempo para usarla.** Reserve diez minutos en la clase siguiente para que lean la retroalimentación y mejoren su trabajo. Sin ese tiempo, casi todo el esfuerzo se pierde. Una rutina con resaltador ayuda: cada estudiante marca el cambio que hizo.

**Piense en postergar la nota.** Cuando la nota y los comentarios llegan juntos, muchos miran solo la nota. Pruebe primero con comentarios y deje la nota para después, o sin nota en los trabajos de práctica.

**Use retroalimentación rápida para todo el grupo.** No hace falta escribir en cada cuaderno. Lea los trabajos, anote los tres problemas más frecuentes y un buen ejemplo, y abra la próxima clase con ellos: "Muchos… Así se corrige. Ahora revisen su propio trabajo".

**Comente el trabajo, no a la persona.** "Eres muy inteligente" pone el foco en el estudiante; "Usaste dos estrategias y comprobaste el resultado" nombra lo que funcionó, para que se pueda repetir.

**Involucre a los estudiantes.** La coevaluación y la autoevaluación con criterios claros hacen que la retroalimentación sea parte del trabajo diario y no algo que solo aporta la o el docente.`,
  whyItWorks: `El modelo de **John Hattie y Helen Timperley** describe la retroalimentación como respuesta a tres preguntas: *¿Hacia dónde voy? ¿Cómo voy? ¿Qué sigue?* **Dylan Wiliam** incluye "dar retroalimentación que haga avanzar a los estudiantes" entre las estrategias clave de la evaluación formativa e insiste en que debe provocar pensamiento y acción. Una conocida revisión de **Avraham Kluger y Angelo DeNisi** encontró que la retroalimentación no siempre ayuda y que a veces empeora el desempeño, sobre todo cuando se centra en la persona y no en la tarea: una razón para que sea concreta, centrada en la tarea y accionable.`,
  steps: [
    'Antes de revisar, relea el objetivo y los criterios de logro de la tarea.',
    'En cada trabajo, escriba una fortaleza y un próximo paso formulado como acción.',
    'Anote los dos o tres problemas más frecuentes para una retroalimentación grupal.',
    'Reserve diez minutos de la clase siguiente para que usen la retroalimentación.',
    'Pida que resalten lo que cambiaron.',
  ],
  example:
    'Informes de laboratorio de 6.º grado. En lugar de calificarlos todos, la docente los lee y nota que muchas conclusiones repiten los resultados sin explicarlos. En la clase siguiente muestra una conclusión anónima, la reescribe con el grupo usando "Esto muestra que… porque…" y da diez minutos para mejorar las propias conclusiones, resaltando la oración nueva.',
  gradeBands: {
    'K-2':
      'Dé retroalimentación oral e inmediata, con una cosa para volver a intentar ("Prueba otra vez dejando espacio entre palabras").',
    '3-5':
      'Use símbolos ligados a los criterios de logro (estrella para una fortaleza, flecha para un próximo paso) y tiempo para responder.',
    '6-8': 'Use hojas de retroalimentación grupal con errores frecuentes y una tarea de "corrígelo".',
    '9-12': 'Dé comentarios antes que notas en los borradores y pida que escriban cómo usaron la retroalimentación.',
  },
  practiceTags: ['feedback', 'checks-for-understanding'],
  subjects: ['all'],
};
