import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'planning-rationale',
  locale: 'en',
  title: 'Write the "why" behind one decision',
  summary:
    'A plan says what will happen; a short rationale says why you chose it. Writing one sentence of "why" for a key decision sharpens your thinking and makes conversations with colleagues and coaches far more useful.',
  minutes: 3,
  body: `Most lesson plans list activities: "Warm-up. Explanation. Group work. Exit ticket." What they rarely show is the **thinking behind the choices** — and that thinking is where a teacher's expertise lives. A planning rationale is one or two sentences that explain *why* you made a key decision.

**Pick the decision that matters most.** You don't need a rationale for everything. Choose one of these:
- *The objective:* why this goal, today, for these students?
- *The first check for understanding:* why this question, at this point?
- *The grouping of the longest activity:* why pairs, groups, or individual work here?

**Answer with students and evidence in mind.** A useful rationale refers to something real: "Because last week's exit tickets showed most students could find the area of rectangles but not explain it." "Because this group talks more in pairs than in fours." "Because the unit test asks them to compare sources, and they haven't done that yet." It is not a justification for an inspector; it is a note to yourself.

**Let the rationale test the plan.** Sometimes, writing the "why" reveals there isn't one: "I'm doing group work because… we always do group work on Fridays." That is a good moment to reconsider. Other times it confirms the choice and makes you more confident when teaching it.

**Use it in conversation.** When you share a plan with a colleague or a coach, the rationale turns the discussion from "I would do it differently" into "given your reason, does this activity get you there?" That is a much more helpful conversation.

**Revisit it after the lesson.** Did the reason hold up? If the pairs didn't talk much after all, that's useful learning for the next plan.

One sentence, once per plan, is enough. Over time, these sentences become a record of your professional judgement.`,
  whyItWorks: `**Donald Schön's** work on the reflective practitioner describes professional expertise as the ability to make and examine decisions in action; making the reasoning explicit is what allows it to be examined. Teacher-education research on **pedagogical reasoning** (associated with Lee Shulman) describes how teachers transform content for particular students, and writing a rationale makes that transformation visible. Collaborative planning protocols and **lesson study** rely on teachers stating the purpose behind their choices so that colleagues can respond to the reasoning, not just the activity.`,
  steps: [
    'Pick one key decision in tomorrow’s plan: the objective, the first check, or the grouping of the longest activity.',
    'Write one sentence starting "I chose this because…".',
    'Mention one piece of evidence about your students (work, tickets, what you observed).',
    'If no good reason comes, reconsider the decision.',
    'After the lesson, add a few words: did the reason hold up?',
  ],
  example:
    'Plan, grade 7 English: "Longest activity: pairs annotate the poem. Why: in last week’s whole-class reading only five students spoke, and pairs give everyone a chance to try the new vocabulary before sharing." After the lesson: "Worked — most pairs used at least two of the new words."',
  gradeBands: {
    'K-2':
      'Rationales often concern routines and attention: "short segments because this group needs movement every ten minutes."',
    '3-5': 'Link rationales to what you saw in recent student work or reading records.',
    '6-8': 'When co-planning, ask each other for the "why" of one decision before discussing activities.',
    '9-12': 'Connect rationales to the unit’s final assessment and to what students will need for it.',
  },
  practiceTags: ['planning', 'reflection'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'planning-rationale',
  locale: 'es',
  title: 'Escriba el "porqué" de una decisión',
  summary:
    'Una planificación dice qué va a pasar; una breve fundamentación dice por qué lo eligió. Escribir una oración sobre el porqué de una decisión clave afina su pensamiento y enriquece mucho las conversaciones con colegas y acompañantes pedagógicos.',
  minutes: 3,
  body: `La mayoría de las planificaciones enumeran actividades: "Inicio. Explicación. Trabajo en grupos. Ticket de salida". Lo que casi nunca muestran es **el razonamiento detrás de las elecciones**, y es justamente ahí donde vive la experiencia docente. Una fundamentación es una o dos oraciones que explican *por qué* tomó una decisión importante.

**Elija la decisión que más importa.** No hace falta justificarlo todo. Elija una de estas:
- *El objetivo:* ¿por qué esta meta, hoy, con estos estudiantes?
- *La primera verificación de la comprensión:* ¿por qué esta pregunta, en este momento?
- *El agrupamiento de la actividad más larga:* ¿por qué en parejas, en grupos o de forma individual?

**Piense en sus estudiantes y en la evidencia.** Una fundamentación útil se refiere a algo real: "Porque los tickets de la semana pasada mostraron que la mayoría calcula el área de rectángulos pero no sabe explicarla". "Porque este grupo habla más en parejas que en grupos de cuatro". "Porque la prueba de la unidad les pedirá comparar fuentes y todavía no lo hemos practicado". No es una justificación para una supervisión; es una nota para usted.

**Deje que el porqué ponga a prueba la planificación.** A veces, al escribirlo, descubre que no lo hay: "Hago trabajo en grupos porque… los viernes siempre hacemos trabajo en grupos". Es un buen momento para repensarlo. Otras veces confirma la elección y le da más seguridad al enseñar.

**Úselo en la conversación.** Cuando comparte una planificación con un colega o con su acompañante pedagógico, la fundamentación cambia la charla de "yo lo haría distinto" a "con esa razón, ¿esta actividad te lleva a donde quieres?". Es una conversación mucho más provechosa.

**Revísela después de la clase.** ¿La razón se sostuvo? Si al final las parejas hablaron poco, eso es un aprendizaje útil para la próxima planificación.

Una oración, una vez por planificación, es suficiente. Con el tiempo, esas oraciones forman un registro de su juicio profesional.`,
  whyItWorks: `El trabajo de **Donald Schön** sobre el profesional reflexivo describe la experticia como la capacidad de tomar decisiones en la acción y de examinarlas; hacer explícito el razonamiento es lo que permite examinarlo. La investigación sobre el **razonamiento pedagógico** (asociada a Lee Shulman) describe cómo los docentes transforman el contenido para estudiantes concretos, y escribir una fundamentación hace visible esa transformación. Los protocolos de planificación colaborativa y el **estudio de clases** (lesson study) se apoyan en que los docentes expliciten el propósito de sus elecciones, para que los colegas respondan al razonamiento y no solo a la actividad.`,
  steps: [
    'Elija una decisión clave de la planificación de mañana: el objetivo, la primera verificación o el agrupamiento de la actividad más larga.',
    'Escriba una oración que empiece con "Elegí esto porque…".',
    'Mencione una evidencia sobre sus estudiantes (trabajos, tickets, lo que observó).',
    'Si no aparece una buena razón, reconsidere la decisión.',
    'Después de la clase, agregue unas palabras: ¿la razón se sostuvo?',
  ],
  example:
    'Planificación de Lengua, 1.º de secundaria: "Actividad más larga: anotar el poema en parejas. Por qué: en la lectura con todo el grupo de la semana pasada solo hablaron cinco estudiantes; en parejas todos pueden probar el vocabulario nuevo antes de compartir". Después de la clase: "Funcionó: casi todas las parejas usaron al menos dos palabras nuevas".',
  gradeBands: {
    'K-2':
      'Las fundamentaciones suelen tratar de rutinas y atención: "momentos cortos porque este grupo necesita moverse cada diez minutos".',
    '3-5': 'Relacione la fundamentación con lo que vio en trabajos recientes o registros de lectura.',
    '6-8': 'Al planificar en equipo, pregúntense el porqué de una decisión antes de discutir actividades.',
    '9-12':
      'Conecte la fundamentación con la evaluación final de la unidad y con lo que los estudiantes necesitarán para ella.',
  },
  practiceTags: ['planning', 'reflection'],
  subjects: ['all'],
};
