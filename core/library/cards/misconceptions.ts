import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'misconceptions',
  locale: 'en',
  title: 'Plan for misconceptions before they appear',
  summary:
    'Students rarely arrive as blank slates: they bring ideas that make sense to them but are wrong. Naming the likely misconceptions while planning lets you design examples, questions and checks that bring them to the surface.',
  minutes: 4,
  body: `"Heavier things fall faster." "Multiplying always makes a number bigger." "The main idea is the first sentence." These are not careless slips; they are **reasonable ideas that happen to be wrong**, often built from everyday experience. If a lesson never brings them into the open, many students will leave with the new content stored next to the old idea — and use the old one on the test.

**Name them while you plan.** Before the lesson, write down two or three things students are likely to think or do wrong. Sources: your own experience, last year's student work, exit tickets, colleagues, the teacher's guide of your textbook. Ask yourself: *what will a smart student who hasn't got it yet say?*

**Design to surface them.**
- *Predict first:* ask students to predict before you demonstrate ("Which will land first?"). A wrong prediction, seen to be wrong, is memorable.
- *Hinge questions:* build options from the misconceptions, so the answers show who holds which idea.
- *Non-examples:* show cases that look right but aren't, and ask students to explain why.
- *"Agree or disagree?":* put a misconception on the board as a statement from a fictional student and let the class argue.

**Respond without embarrassment.** When a student voices the misconception, treat it as useful: "Many people think that. Let's test it." Ask the class what evidence would help decide.

**Plan the re-teach.** For each misconception, write one short move you will make if it appears: a different representation, a counter-example, a quick demonstration.

**Come back to it later.** Misconceptions return. A question on the same idea a week later, in a new context, shows whether the change stuck.

Keep a running list with your team; every year it gets more accurate and more useful.`,
  whyItWorks: `A long line of research in science and mathematics education has documented students' **alternative conceptions** and shown that they are often consistent, resistant to simple telling, and best addressed when they are made explicit and tested. **Dylan Wiliam's** hinge questions are designed around such misconceptions. Coaching and planning guides, including **Paul Bambrick-Santoyo's** *Get Better Faster*, recommend anticipating student errors as part of intellectual preparation. Asking students to predict, explain and confront counter-examples connects to the emphasis on reasoning in **Accountable Talk**.`,
  steps: [
    'Write two or three misconceptions students are likely to have about tomorrow’s topic.',
    'For one of them, plan a moment that brings it out: a prediction, a hinge question or an "agree or disagree?" statement.',
    'Plan the counter-example or demonstration you will use if it appears.',
    'Prepare the words you will use to welcome the wrong idea ("Many people think that. Let’s test it.").',
    'Add a question on the same idea to next week’s warm-up.',
  ],
  example:
    'Science, grade 6, on shadows. The teacher expects students to think a shadow is "a reflection" or that it grows when you move away from the lamp. She asks students to predict what happens to a puppet’s shadow as it moves toward the light, records predictions, then tests it with a torch. Students explain the result in pairs using the words "blocks" and "light".',
  gradeBands: {
    'K-2': 'Use predictions with real objects and simple "true or not true?" statements.',
    '3-5': 'Use a fictional student ("Leo thinks…") to present the misconception so no one feels exposed.',
    '6-8': 'Build hinge questions with misconception options and discuss why each wrong option is tempting.',
    '9-12': 'Ask students to research a common misconception in the topic and design a question to test it.',
  },
  practiceTags: ['misconceptions', 'checks-for-understanding', 'planning'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'misconceptions',
  locale: 'es',
  title: 'Anticipar los errores conceptuales',
  summary:
    'Los estudiantes no llegan en blanco: traen ideas que para ellos tienen sentido pero son erróneas. Nombrar esas ideas al planificar permite diseñar ejemplos, preguntas y verificaciones que las hagan visibles.',
  minutes: 4,
  body: `"Las cosas pesadas caen más rápido". "Multiplicar siempre agranda". "La idea principal es la primera oración". No son descuidos: son **ideas razonables que resultan ser falsas**, muchas veces construidas a partir de la experiencia cotidiana. Si la clase nunca las saca a la luz, muchos estudiantes guardarán el contenido nuevo junto a la idea antigua… y en la prueba usarán la antigua.

**Nómbrelas al planificar.** Antes de la clase, anote dos o tres cosas que los estudiantes probablemente pensarán o harán mal. Fuentes: su experiencia, los trabajos del año anterior, los tickets de salida, sus colegas, la guía docente del libro de texto. Pregúntese: *¿qué diría una estudiante inteligente que todavía no lo entendió?*

**Diseñe para que aparezcan.**
- *Predecir primero:* pida una predicción antes de la demostración ("¿Cuál cae primero?"). Una predicción equivocada que se ve equivocada se recuerda.
- *Preguntas bisagra:* arme las opciones con los errores conceptuales, para saber quién sostiene qué idea.
- *Contraejemplos:* muestre casos que parecen correctos y no lo son, y pida explicar por qué.
- *"¿De acuerdo o en desacuerdo?":* escriba el error en la pizarra como la opinión de un estudiante imaginario y deje que el grupo discuta.

**Responda sin avergonzar.** Cuando alguien exprese la idea errónea, trátela como algo útil: "Mucha gente piensa eso. Pongámoslo a prueba". Pregunte al grupo qué evidencia ayudaría a decidir.

**Planifique la reenseñanza.** Para cada error, escriba un movimiento breve que hará si aparece: otra representación, un contraejemplo, una demostración rápida.

**Vuelva sobre el tema.** Los errores conceptuales regresan. Una pregunta sobre la misma idea una semana después, en otro contexto, muestra si el cambio se sostuvo.

Lleve una lista con su equipo: cada año se vuelve más precisa y más útil.`,
  whyItWorks: `Una larga línea de investigación en didáctica de las ciencias y de la matemática ha documentado las **concepciones alternativas** de los estudiantes y ha mostrado que suelen ser coherentes, que resisten la simple explicación y que se trabajan mejor cuando se hacen explícitas y se ponen a prueba. Las preguntas bisagra de **Dylan Wiliam** están diseñadas en torno a esos errores. Guías de planificación y acompañamiento, como *Get Better Faster* de **Paul Bambrick-Santoyo**, recomiendan anticipar los errores como parte de la preparación intelectual de la clase. Pedir predicciones, explicaciones y contraejemplos conecta con el énfasis en el razonamiento de **Accountable Talk**.`,
  steps: [
    'Anote dos o tres errores conceptuales probables sobre el tema de mañana.',
    'Para uno de ellos, planifique un momento que lo haga aparecer: una predicción, una pregunta bisagra o un "¿de acuerdo o en desacuerdo?".',
    'Prepare el contraejemplo o la demostración que usará si aparece.',
    'Piense las palabras con que recibirá la idea errónea ("Mucha gente piensa eso. Pongámoslo a prueba").',
    'Agregue una pregunta sobre la misma idea al inicio de una clase de la semana siguiente.',
  ],
  example:
    'Ciencias, 6.º grado, las sombras. La docente prevé que algunos creerán que la sombra es "un reflejo" o que crece al alejarse de la lámpara. Pide predecir qué pasará con la sombra de un títere al acercarlo a la luz, anota las predicciones y luego lo prueban con una linterna. En parejas explican el resultado usando las palabras "tapa" y "luz".',
  gradeBands: {
    'K-2': 'Use predicciones con objetos reales y afirmaciones simples de "¿verdadero o no?".',
    '3-5':
      'Presente el error a través de un estudiante imaginario ("Leo piensa que…") para que nadie se sienta expuesto.',
    '6-8':
      'Arme preguntas bisagra con opciones basadas en errores y discutan por qué cada opción incorrecta es tentadora.',
    '9-12': 'Pida investigar un error frecuente del tema y diseñar una pregunta para detectarlo.',
  },
  practiceTags: ['misconceptions', 'checks-for-understanding', 'planning'],
  subjects: ['all'],
};
