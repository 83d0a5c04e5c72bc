import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'cold-call-wait-time',
  locale: 'en',
  title: 'Cold calling with wait time',
  summary:
    'Ask the question, pause so everyone thinks, then call on a student by name instead of taking raised hands. Done warmly, it keeps the whole class thinking and hears from more voices.',
  minutes: 3,
  body: `When we ask "Who can tell me…?", the same few hands go up, and the rest of the class learns they can wait it out. **Cold calling** means you choose who answers, and **wait time** means everyone gets a few seconds to think first. Together, they make every student expect to think.

**The sequence matters: question, pause, name.** Ask the question to the whole class. Wait three to five seconds — silently count in your head. Then say the student's name. If you say the name first ("Ana, what is…?"), everyone else relaxes.

**Make it warm, not a trap.** Cold calling should feel like an invitation, not a test to catch students out. Explain the routine: "I'll call on anyone, because I want to hear everyone's thinking. Mistakes are welcome." Use a friendly tone and start with questions most students can answer.

**Give a way in.** If a student is stuck:
- Offer a choice: "Is it A or B?"
- Let them ask a friend and come back: "Check with your partner; I'll come back to you."
- Then *do* come back, so they finish with success.

**Combine with pair talk.** A turn-and-talk before the cold call gives everyone a rehearsed answer. You can ask, "What did your partner say?", which also lowers the pressure.

**Spread the questions.** Keep a mental (or paper) tally so that over a week you hear from every student, not just those sitting near you. Some teachers use name sticks, but choosing deliberately lets you match questions to students.

**Wait after the answer, too.** A second pause after a student answers often brings a fuller explanation, or lets others add on.

Be sensitive: some students need a gentler start — a quick private heads-up ("I'm going to ask you about question 2") helps shy students or those learning the language.`,
  whyItWorks: `Research on **wait time** by **Mary Budd Rowe** found that when teachers paused a few seconds after questions, students tended to give longer answers and more of them responded. Cold calling is described as a classroom technique by **Doug Lemov** in *Teach Like a Champion*, and **Dylan Wiliam** recommends "no hands up" questioning as a way of getting evidence from the whole class rather than from volunteers only. Its effect depends heavily on classroom climate: it works when mistakes are safe.`,
  steps: [
    'Write three questions for tomorrow that you will cold call.',
    'Tell students about the routine and why you use it.',
    'Ask, count silently to at least three, then name a student.',
    'If a student is stuck, offer a choice or a partner check and come back to them.',
    'Keep a simple tally to hear from everyone over the week.',
  ],
  example:
    'Grade 7 maths. "Everyone, think: why does a negative times a negative give a positive? … (four seconds) … Tomás." Tomás hesitates. "Talk to Mei for 20 seconds, I’ll come back." After 20 seconds, Tomás explains a pattern from the multiplication table. The teacher then asks, "Who can add to Tomás’s idea?"',
  gradeBands: {
    'K-2': 'Use simple questions, lots of think time and whole-class chorus answers alongside individual calls.',
    '3-5': 'Pair cold call with turn-and-talk so every student has an answer ready.',
    '6-8': 'Give a private heads-up to anxious students and build a culture where "I’m not sure yet" is accepted.',
    '9-12': 'Cold call to ask students to build on or challenge a classmate’s idea, not just to recall.',
  },
  practiceTags: ['questioning', 'checks-for-understanding', 'student-talk'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'cold-call-wait-time',
  locale: 'es',
  title: 'Llamar por nombre, después de dar tiempo para pensar',
  summary:
    'Haga la pregunta, espere unos segundos para que todos piensen y luego llame a un estudiante por su nombre, en lugar de esperar manos levantadas. Si se hace con calidez, mantiene pensando a todo el grupo y da voz a más estudiantes.',
  minutes: 3,
  body: `Cuando preguntamos "¿Quién me puede decir…?", se levantan las mismas pocas manos y el resto aprende que puede esperar a que pase. **Llamar por nombre** significa que usted elige quién responde, y el **tiempo de espera** significa que todos tienen unos segundos para pensar primero. Juntos, hacen que cada estudiante espere tener que pensar.

**El orden importa: pregunta, pausa, nombre.** Haga la pregunta a todo el grupo. Espere de tres a cinco segundos contando en silencio. Después diga el nombre. Si dice el nombre primero ("Ana, ¿cuánto es…?"), los demás se relajan.

**Con calidez, no como trampa.** Llamar por nombre debe sentirse como una invitación, no como una prueba para atrapar a alguien. Explique la rutina: "Voy a llamar a cualquiera, porque quiero escuchar lo que piensan todos. Equivocarse está bien". Use un tono amable y empiece con preguntas que la mayoría puede responder.

**Ofrezca una puerta de entrada.** Si alguien se traba:
- Dé opciones: "¿Es A o B?"
- Permita consultar y vuelva después: "Consúltalo con tu compañero; ya vuelvo contigo".
- Y *vuelva*, para que termine con un acierto.

**Combínelo con la conversación en parejas.** Un momento de conversación antes del llamado da a todos una respuesta ensayada. Puede preguntar "¿Qué dijo tu compañero?", lo que también baja la presión.

**Reparta las preguntas.** Lleve una cuenta mental (o en papel) para escuchar a todos a lo largo de la semana, no solo a quienes se sientan cerca. Hay docentes que usan palitos con nombres, pero elegir a propósito permite ajustar cada pregunta a cada estudiante.

**Espere también después de la respuesta.** Una segunda pausa después de que alguien responde suele traer una explicación más completa o permite que otros agreguen.

Sea sensible: a algunos estudiantes les conviene un comienzo más suave; un aviso privado ("te voy a preguntar por la pregunta 2") ayuda a quienes son tímidos o están aprendiendo la lengua.`,
  whyItWorks: `Las investigaciones de **Mary Budd Rowe** sobre el **tiempo de espera** encontraron que, cuando los docentes hacían una pausa de unos segundos después de preguntar, los estudiantes solían dar respuestas más largas y respondían más de ellos. **Doug Lemov** describe el llamado por nombre como técnica de aula en *Teach Like a Champion*, y **Dylan Wiliam** recomienda preguntar "sin manos levantadas" para obtener evidencias de todo el grupo y no solo de voluntarios. Su efecto depende mucho del clima del aula: funciona cuando equivocarse es seguro.`,
  steps: [
    'Escriba tres preguntas para mañana en las que llamará por nombre.',
    'Explique al grupo la rutina y por qué la usa.',
    'Pregunte, cuente en silencio al menos hasta tres y luego diga un nombre.',
    'Si alguien se traba, ofrezca opciones o una consulta con su pareja, y vuelva a preguntarle.',
    'Lleve una cuenta sencilla para escuchar a todos durante la semana.',
  ],
  example:
    'Matemática, 1.º de secundaria. "Todos piensen: ¿por qué negativo por negativo da positivo? … (cuatro segundos) … Tomás". Tomás duda. "Conversa 20 segundos con Mei, ya vuelvo contigo". Luego Tomás explica un patrón de la tabla de multiplicar, y el docente pregunta: "¿Quién puede agregar algo a la idea de Tomás?"',
  gradeBands: {
    'K-2': 'Use preguntas simples, bastante tiempo para pensar y respuestas a coro junto con llamados individuales.',
    '3-5': 'Combine el llamado por nombre con la conversación en parejas para que todos tengan una respuesta lista.',
    '6-8':
      'Avise en privado a quienes se ponen nerviosos y construya un clima donde "todavía no estoy seguro" sea aceptado.',
    '9-12':
      'Llame por nombre para pedir que amplíen o cuestionen la idea de un compañero, no solo para recordar datos.',
  },
  practiceTags: ['questioning', 'checks-for-understanding', 'student-talk'],
  subjects: ['all'],
};
