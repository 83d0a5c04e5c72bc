import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'success-criteria',
  locale: 'en',
  title: 'Success criteria: what "good" looks like',
  summary:
    'Success criteria are two to four short statements that tell students how they will know they have met the objective. They let students check their own work before you do.',
  minutes: 4,
  body: `The objective says where the lesson is going. Success criteria say **how you will recognise arrival**. They are a short list — usually two to four items — written so a student can hold their work next to it and say "yes, I did that" or "not yet".

**Two kinds, both useful.** Some criteria are *product* criteria: "My paragraph has a claim, two pieces of evidence and a sentence explaining how the evidence supports the claim." Others are *process* criteria: "I showed each step of my working" or "I checked my answer by estimating first." Pick whichever helps students most with today's task.

**Write them from a strong example.** The fastest way to write criteria is to do the task yourself, or look at a strong piece of student work, and ask: *what makes this good?* Name the two or three features that matter. Leave out things that are nice but not the point (neat handwriting, colour) unless they truly are the point.

**Build them with students when you can.** Show two anonymous samples — one strong, one weaker — and ask pairs to list what the strong one does. Then tidy their list into your criteria. Students remember criteria they helped discover.

**Use them all lesson long.** Criteria are not a poster. Refer to them while you model ("see, here is my second piece of evidence"), during practice ("check criterion two with your partner"), and at the end, when students mark each criterion with a tick or a dot. That self-check tells you who needs help tomorrow.

Keep the language simple and concrete. "Uses good evidence" is hard to check; "uses a quotation from the text and explains it in my own words" is easy. If a criterion cannot be checked by a student in under a minute, it is probably too vague.`,
  whyItWorks: `In **Dylan Wiliam's** account of formative assessment, clarifying and sharing *criteria for success* sits right beside sharing learning intentions: students cannot close a gap they cannot see. The same work also emphasises **activating students as owners of their own learning**, which is what a self-check against criteria does. **Shirley Clarke** has written extensively for practising teachers on co-constructing success criteria with students. Criteria also make feedback shorter and sharper, because you can point to a criterion instead of writing a paragraph.`,
  steps: [
    'Do tomorrow’s task yourself (or find a strong sample) and list the two to four features that make it good.',
    'Rewrite each feature as an "I…" statement a student could check in under a minute.',
    'Show the criteria before practice and model one of them out loud.',
    'Halfway through practice, ask students to check one criterion with a partner.',
    'At the end, have students tick each criterion they met; note who ticked none.',
  ],
  example:
    'Objective: "Write a persuasive paragraph about school uniforms." Criteria: "I state my opinion in the first sentence. I give two reasons. I support one reason with a fact or example. I end with a sentence that repeats my opinion in new words." Students highlight each part in a different colour before handing in.',
  gradeBands: {
    'K-2':
      'Use two or three picture criteria (a capital letter, a full stop, a finger space) and let students point to each one in their work.',
    '3-5': 'Co-build the list from two samples and keep it on a card on each desk during practice.',
    '6-8': 'Ask students to highlight where their work meets each criterion before peer feedback.',
    '9-12': 'Connect the criteria to the exam rubric, and ask students to justify the level they give themselves.',
  },
  practiceTags: ['objectives', 'checks-for-understanding', 'feedback'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'success-criteria',
  locale: 'es',
  title: 'Criterios de logro: cómo se ve un buen trabajo',
  summary:
    'Los criterios de logro son entre dos y cuatro frases breves que indican a los estudiantes cómo sabrán que alcanzaron el objetivo. Permiten que revisen su trabajo antes de entregarlo.',
  minutes: 4,
  body: `El objetivo dice hacia dónde va la clase. Los criterios de logro dicen **cómo reconocer que llegamos**. Son una lista corta —por lo general de dos a cuatro puntos— escrita para que cada estudiante pueda poner su trabajo al lado y decir "sí, lo hice" o "todavía no".

**Dos tipos, ambos útiles.** Algunos criterios se refieren al *producto*: "Mi párrafo tiene una idea principal, dos evidencias y una oración que explica cómo la evidencia apoya la idea". Otros se refieren al *proceso*: "Mostré cada paso de mi procedimiento" o "Verifiqué el resultado con una estimación". Elija el tipo que más ayude con la tarea de hoy.

**Escríbalos a partir de un buen ejemplo.** La manera más rápida es resolver usted la tarea, o mirar un trabajo destacado de un estudiante, y preguntarse: *¿qué lo hace bueno?* Nombre las dos o tres características que importan. Deje fuera lo que es agradable pero no es el punto (la letra bonita, los colores), salvo que de verdad lo sea.

**Constrúyalos con el grupo cuando pueda.** Muestre dos muestras anónimas —una sólida y otra más débil— y pida a las parejas que anoten qué hace bien la primera. Luego ordene esa lista y conviértala en los criterios. Los estudiantes recuerdan mejor lo que ayudaron a descubrir.

**Úselos durante toda la clase.** Los criterios no son un cartel decorativo. Nómbrelos cuando modela ("fíjense, aquí está mi segunda evidencia"), durante la práctica ("revisen con su compañero el criterio dos") y al final, cuando cada estudiante marca los criterios que cumplió. Esa autoevaluación le muestra quién necesitará apoyo mañana.

Use un lenguaje simple y concreto. "Usa buena evidencia" es difícil de comprobar; "uso una cita del texto y la explico con mis palabras" es fácil. Si un estudiante no puede revisar un criterio en menos de un minuto, probablemente es demasiado vago.`,
  whyItWorks: `En la propuesta de evaluación formativa de **Dylan Wiliam**, aclarar y compartir los *criterios de logro* va junto con compartir las intenciones de aprendizaje: nadie puede cerrar una brecha que no ve. El mismo marco insiste en **activar a los estudiantes como dueños de su aprendizaje**, y eso es justamente lo que hace la autoevaluación con criterios. **Shirley Clarke** ha escrito mucho, para docentes en ejercicio, sobre cómo construir criterios junto con los estudiantes. Además, los criterios acortan la retroalimentación: basta señalar un criterio en lugar de escribir un párrafo.`,
  steps: [
    'Resuelva usted la tarea de mañana (o busque un buen ejemplo) y anote de dos a cuatro rasgos que la hacen buena.',
    'Reescriba cada rasgo como una frase en primera persona que un estudiante pueda revisar en menos de un minuto.',
    'Presente los criterios antes de la práctica y modele uno en voz alta.',
    'A mitad de la práctica, pida que revisen un criterio en parejas.',
    'Al final, que cada estudiante marque los criterios que cumplió; anote quién no marcó ninguno.',
  ],
  example:
    'Objetivo: "Escribir un párrafo argumentativo sobre el uso del uniforme". Criterios: "Digo mi opinión en la primera oración. Doy dos razones. Apoyo una razón con un dato o ejemplo. Cierro repitiendo mi opinión con otras palabras". Antes de entregar, cada estudiante subraya cada parte con un color distinto.',
  gradeBands: {
    'K-2':
      'Use dos o tres criterios con dibujos (mayúscula, punto, espacio entre palabras) y pida que los señalen en su cuaderno.',
    '3-5': 'Construya la lista a partir de dos ejemplos y déjela en una tarjeta sobre cada mesa durante la práctica.',
    '6-8': 'Pida que subrayen dónde su trabajo cumple cada criterio antes de la coevaluación.',
    '9-12': 'Relacione los criterios con la rúbrica del examen y pida que justifiquen el nivel que se asignan.',
  },
  practiceTags: ['objectives', 'checks-for-understanding', 'feedback'],
  subjects: ['all'],
};
