import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'retrieval-practice',
  locale: 'en',
  title: 'Retrieval practice: remembering makes memories stronger',
  summary:
    'Asking students to pull information out of memory — through short, low-stakes quizzes or "brain dumps" — strengthens learning more than re-reading or re-listening. A few minutes at the start of class is enough.',
  minutes: 4,
  body: `Students often study by re-reading notes or highlighting. It feels productive because the material looks familiar. But familiarity is not memory. What strengthens memory is the effort of **bringing something back to mind without looking**. That is retrieval practice, and it fits into a few minutes of any lesson.

**Low stakes, high frequency.** Retrieval practice is not a test for marks. It is a short, regular routine where getting something wrong is expected and useful. Tell students clearly: "This is not graded. It's exercise for your memory."

**Simple formats.**
- *Three-question warm-up:* one question from last lesson, one from last week, one from last month. Students answer from memory, then check.
- *Brain dump:* "Write everything you remember about photosynthesis in two minutes." Then students compare with a partner and add what they missed in another colour.
- *Fill the gaps:* a diagram or timeline with blanks.
- *Flash questions:* you ask, everyone writes on a whiteboard or scrap paper, then shows.

**Space it out.** Coming back to the same idea after a few days, and again after a few weeks, works better than many repetitions in one day. Keep a list of key ideas from the unit and mix older ones into your warm-ups.

**Always give the answers.** After retrieving, students should check and correct. That feedback turns mistakes into learning and shows you which ideas have faded.

**Watch what it tells you.** If most of the class can't recall something you taught last week, that's evidence to revisit it — better to find out now than on the unit test.

Retrieval practice works for facts, vocabulary and procedures, but also for ideas: "Explain in two sentences why the Roman Empire split" is retrieval too. Start with tomorrow's first five minutes.`,
  whyItWorks: `Cognitive psychology has studied the **testing effect** (or retrieval-practice effect) for a long time; research by **Henry Roediger, Jeffrey Karpicke** and others found that practising retrieval tends to produce better long-term retention than restudying the same material. **Spacing** practice over time is another well-replicated finding from memory research. **Rosenshine's principles of instruction** begin with a short daily review of previous learning, which is one classroom form of retrieval. Effects depend on the task and on giving feedback, so keep it low-stakes and always check answers.`,
  steps: [
    'Write three questions: one on last lesson, one on last week, one on last month.',
    'Open tomorrow’s lesson with them; students answer from memory, without notes.',
    'Give the answers straight away and have students correct in another colour.',
    'Note which question most students missed and plan to revisit it.',
    'Keep a running list of key ideas to mix into future warm-ups.',
  ],
  example:
    'Geography, grade 9. Warm-up on the board: "1) What is a delta? 2) Name two causes of soil erosion (last week). 3) What does a contour line show (last month)?" Students write for three minutes, then check with the answers on the slide. Question 3 is mostly wrong, so the teacher adds a quick contour-map task to Friday’s lesson.',
  gradeBands: {
    'K-2': 'Use oral or picture recall: "Show me with your hands how a seed grows", "Draw what we learned yesterday".',
    '3-5': 'Use three-question warm-ups and let students track their own scores over the week.',
    '6-8': 'Use brain dumps with partner comparison and a second colour for additions.',
    '9-12': 'Teach students to use retrieval in their own study (self-quizzing, flashcards) instead of re-reading.',
  },
  practiceTags: ['checks-for-understanding', 'review'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'retrieval-practice',
  locale: 'es',
  title: 'Práctica de recuperación: recordar fortalece la memoria',
  summary:
    'Pedir a los estudiantes que traigan información desde la memoria —con preguntas breves sin calificación o "vaciados de memoria"— fortalece el aprendizaje más que releer o volver a escuchar. Bastan unos minutos al inicio de la clase.',
  minutes: 4,
  body: `Muchos estudiantes estudian releyendo apuntes o subrayando. Parece productivo porque el material se ve conocido. Pero que algo resulte familiar no significa que se recuerde. Lo que fortalece la memoria es el esfuerzo de **traer algo a la mente sin mirarlo**. Eso es la práctica de recuperación, y cabe en pocos minutos de cualquier clase.

**Sin nota y con frecuencia.** La práctica de recuperación no es una prueba calificada. Es una rutina breve y regular en la que equivocarse es esperable y útil. Dígalo con claridad: "Esto no lleva nota. Es ejercicio para la memoria".

**Formatos sencillos.**
- *Tres preguntas de inicio:* una de la clase anterior, una de la semana pasada y una del mes pasado. Responden de memoria y luego revisan.
- *Vaciado de memoria:* "Escribe todo lo que recuerdes sobre la fotosíntesis en dos minutos". Después comparan con un compañero y agregan con otro color lo que faltaba.
- *Completar:* un esquema o una línea de tiempo con espacios en blanco.
- *Preguntas relámpago:* usted pregunta, todos escriben en una pizarrita o un papel y luego lo muestran.

**Espacie la práctica.** Volver a la misma idea a los pocos días, y otra vez después de unas semanas, funciona mejor que muchas repeticiones en un solo día. Lleve una lista de ideas clave de la unidad y mezcle las más antiguas en sus inicios de clase.

**Siempre dé las respuestas.** Después de recordar, los estudiantes deben revisar y corregir. Esa retroalimentación convierte el error en aprendizaje y le muestra a usted qué ideas se han ido borrando.

**Fíjese en lo que le dice.** Si casi nadie recuerda algo que enseñó la semana pasada, es una señal para retomarlo; mejor saberlo ahora que en la prueba de la unidad.

La recuperación sirve para datos, vocabulario y procedimientos, pero también para ideas: "Explica en dos oraciones por qué se dividió el Imperio romano" también es recuperar. Empiece con los primeros cinco minutos de mañana.`,
  whyItWorks: `La psicología cognitiva estudia desde hace tiempo el **efecto de la evaluación** (o de la práctica de recuperación): investigaciones de **Henry Roediger, Jeffrey Karpicke** y otros encontraron que practicar el recuerdo suele producir una retención a largo plazo mejor que volver a estudiar el mismo material. **Espaciar** la práctica en el tiempo es otro hallazgo muy replicado de la investigación sobre la memoria. Los **principios de instrucción de Rosenshine** empiezan con un breve repaso diario de lo aprendido, que es una forma de recuperación en el aula. Los efectos dependen de la tarea y de dar retroalimentación; por eso conviene que sea sin nota y con revisión de respuestas.`,
  steps: [
    'Escriba tres preguntas: una de la clase anterior, una de la semana pasada y una del mes pasado.',
    'Abra la clase de mañana con ellas; responden de memoria, sin cuaderno.',
    'Dé las respuestas de inmediato y pida que corrijan con otro color.',
    'Anote qué pregunta falló la mayoría y planifique retomarla.',
    'Lleve una lista de ideas clave para mezclar en futuros inicios de clase.',
  ],
  example:
    'Geografía, 3.º de secundaria. Inicio en la pizarra: "1) ¿Qué es un delta? 2) Nombra dos causas de la erosión del suelo (semana pasada). 3) ¿Qué muestra una curva de nivel (mes pasado)?". Escriben durante tres minutos y revisan con las respuestas proyectadas. La pregunta 3 sale mal en casi todos, así que el docente agrega una tarea breve con un mapa topográfico para el viernes.',
  gradeBands: {
    'K-2':
      'Use recuperación oral o con dibujos: "Muéstrame con las manos cómo crece una semilla", "Dibuja lo que aprendimos ayer".',
    '3-5': 'Use tres preguntas de inicio y deje que registren sus propios aciertos durante la semana.',
    '6-8': 'Use vaciados de memoria con comparación en parejas y otro color para lo agregado.',
    '9-12': 'Enseñe a usar la recuperación al estudiar (autopreguntas, tarjetas) en lugar de releer.',
  },
  practiceTags: ['checks-for-understanding', 'review'],
  subjects: ['all'],
};
