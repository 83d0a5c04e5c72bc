import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'language-supports',
  locale: 'en',
  title: 'Language supports that open the content',
  summary:
    'Students learning in a new language — and many native speakers — need support with the words and sentence patterns of your subject. Plan a few specific supports so the language is not the barrier to the thinking.',
  minutes: 4,
  body: `Every subject has its own language: "denominator", "photosynthesis", "the author implies". For students learning the language of instruction, and for many others, that language can hide the thinking you want. A **language support** is a specific tool that helps students understand and use the words and sentences of the lesson — without lowering what they are asked to think about.

**Name the group and the support.** "Differentiate as needed" is not a plan. "For the four students new to Spanish: a word bank with pictures and a sentence frame for the explanation" is a plan you can carry out tomorrow.

**Supports that work across subjects.**
- *Key vocabulary, shown and used:* pick five to seven words that matter most, show each with a picture, gesture or example, and have students say them aloud.
- *Sentence frames:* "I think ___ because ___.", "The graph shows that ___ increases when ___." Frames let students produce academic sentences before they can build them alone.
- *Visuals and objects:* diagrams, real objects, labelled drawings and gestures carry meaning that words alone don't.
- *Home language as a resource:* let students discuss in their first language before reporting in the language of instruction; point out cognates (*reaction / reacción*).
- *Structured talk:* pair a newer speaker with a supportive partner and give the pair a clear task.
- *Graphic organisers:* tables, flowcharts and T-charts reduce the reading load while keeping the content.

**Keep the thinking high.** The goal is access, not a simpler task. A student with limited English can still compare, explain and argue — with a frame, a picture and a partner.

**Fade as students grow.** Supports are scaffolds. Once students use a frame easily, offer a more complex one or remove it, and notice their progress out loud.

Check the supports work: listen to the language students actually use in pair talk and in the exit ticket.`,
  whyItWorks: `**Universal Design for Learning** (CAST) includes guidelines on clarifying vocabulary, symbols and language structures, and on cultivating understanding and respect across languages — supports designed in from the start rather than added later. Research on second-language learning widely recognises that academic language develops through supported use, which is why sentence frames and structured talk matter. **Neil Mercer's** work on classroom talk and the **Accountable Talk** framework both show how talk builds reasoning. Using students' home languages as a resource is supported by research on bilingual learners and translanguaging.`,
  steps: [
    'Name the students who need language support in tomorrow’s lesson.',
    'Pick five to seven key words and plan a picture, gesture or example for each.',
    'Write one sentence frame for the main thing students will say or write.',
    'Plan one moment where students can talk (in any language) before speaking to the class.',
    'In the exit ticket, check whether they used the key words and frame.',
  ],
  example:
    'Science, grade 5, lesson on states of matter. For three students who recently arrived, the teacher prepares a word bank (solid, liquid, gas, melt, freeze) with photos, and the frame "When ___ is heated, it changes from ___ to ___." During pair talk, they may discuss in Portuguese first. In the exit ticket, all three use the frame correctly.',
  gradeBands: {
    'K-2': 'Use songs, gestures and real objects for new words, and let children repeat and act out frames.',
    '3-5': 'Keep a class word wall with pictures for each unit and practise frames in pairs.',
    '6-8': 'Offer frames at two levels (simple and complex) and let students choose.',
    '9-12':
      'Teach subject-specific language structures (cause and effect, comparison) explicitly with model paragraphs.',
  },
  practiceTags: ['supports', 'student-talk'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'language-supports',
  locale: 'es',
  title: 'Apoyos lingüísticos que abren el contenido',
  summary:
    'Los estudiantes que aprenden en una lengua nueva —y muchos hablantes nativos— necesitan apoyo con las palabras y las estructuras propias de cada asignatura. Planifique apoyos concretos para que el idioma no sea la barrera del pensamiento.',
  minutes: 4,
  body: `Cada asignatura tiene su propio lenguaje: "denominador", "fotosíntesis", "el autor sugiere". Para los estudiantes que están aprendiendo la lengua de instrucción —por ejemplo, quienes hablan una lengua indígena en casa o llegaron hace poco de otro país— y también para muchos otros, ese lenguaje puede ocultar el razonamiento que usted busca. Un **apoyo lingüístico** es una herramienta concreta que ayuda a entender y usar las palabras y oraciones de la clase, sin bajar la exigencia de lo que se piensa.

**Nombre al grupo y el apoyo.** "Adecuar según sea necesario" no es un plan. "Para los cuatro estudiantes que están aprendiendo español: un banco de palabras con imágenes y una frase modelo para la explicación" es un plan que se puede ejecutar mañana.

**Apoyos que sirven en cualquier asignatura.**
- *Vocabulario clave, a la vista y en uso:* elija de cinco a siete palabras esenciales, muestre cada una con una imagen, un gesto o un ejemplo, y pida que las digan en voz alta.
- *Frases modelo:* "Yo pienso que ___ porque ___", "El gráfico muestra que ___ aumenta cuando ___". Permiten producir oraciones académicas antes de poder armarlas solos.
- *Imágenes y objetos:* esquemas, objetos reales, dibujos rotulados y gestos transmiten lo que las palabras solas no logran.
- *La lengua materna como recurso:* permita conversar primero en su lengua y luego compartir en la lengua de la clase; señale palabras parecidas (*reacción / reaction*).
- *Conversación estructurada:* forme pareja con un compañero que apoye y dé una tarea clara.
- *Organizadores gráficos:* tablas, diagramas de flujo y cuadros comparativos reducen la carga de lectura sin quitar contenido.

**Mantenga alto el nivel de pensamiento.** La meta es el acceso, no una tarea más fácil. Un estudiante con poco dominio del idioma igual puede comparar, explicar y argumentar, con una frase modelo, una imagen y una pareja.

**Retire los apoyos de a poco.** Son andamios. Cuando alguien usa una frase con soltura, ofrezca una más compleja o quítela, y reconozca su avance en voz alta.

Compruebe que funcionan: escuche el lenguaje que usan en la conversación en parejas y revise el ticket de salida.`,
  whyItWorks: `El **Diseño Universal para el Aprendizaje** (CAST) incluye pautas para aclarar el vocabulario, los símbolos y las estructuras del lenguaje, y para cultivar la comprensión y el respeto entre lenguas: apoyos pensados desde el inicio y no agregados después. La investigación sobre la adquisición de segundas lenguas reconoce ampliamente que el lenguaje académico se desarrolla usándolo con apoyo; por eso importan las frases modelo y la conversación estructurada. Los trabajos de **Neil Mercer** sobre la conversación en el aula y la propuesta de **Accountable Talk** muestran cómo hablar construye razonamiento. Usar la lengua materna como recurso se apoya en la investigación sobre estudiantes bilingües y el translenguaje.`,
  steps: [
    'Nombre a los estudiantes que necesitan apoyo lingüístico en la clase de mañana.',
    'Elija de cinco a siete palabras clave y prepare una imagen, un gesto o un ejemplo para cada una.',
    'Escriba una frase modelo para lo principal que dirán o escribirán.',
    'Planifique un momento en que puedan conversar (en cualquier lengua) antes de hablar frente al grupo.',
    'En el ticket de salida, revise si usaron las palabras clave y la frase modelo.',
  ],
  example:
    'Ciencias, 5.º grado, estados de la materia. Para tres estudiantes quechuahablantes, la docente prepara un banco de palabras (sólido, líquido, gaseoso, derretir, congelar) con fotos y la frase "Cuando ___ se calienta, pasa de ___ a ___". En la conversación en parejas pueden hablar primero en quechua. En el ticket de salida, los tres usan la frase correctamente.',
  gradeBands: {
    'K-2': 'Use canciones, gestos y objetos reales para las palabras nuevas; que repitan y actúen las frases.',
    '3-5': 'Mantenga un muro de palabras con imágenes por unidad y practiquen frases modelo en parejas.',
    '6-8': 'Ofrezca frases modelo en dos niveles (simple y compleja) y deje que elijan.',
    '9-12':
      'Enseñe de forma explícita las estructuras propias de la asignatura (causa y efecto, comparación) con párrafos modelo.',
  },
  practiceTags: ['supports', 'student-talk'],
  subjects: ['all'],
};
