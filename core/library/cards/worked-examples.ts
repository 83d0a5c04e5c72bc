import type { StrategyCard } from '../card';

export const en: StrategyCard = {
  id: 'worked-examples',
  locale: 'en',
  title: 'Worked examples, then fade the help',
  summary:
    'When students are new to a kind of problem, studying a fully worked example — and then completing partly worked ones — helps them learn faster than solving from scratch. Fade the support step by step.',
  minutes: 4,
  body: `When students meet a new type of problem, asking them to "have a go" straight away can overload them: they must hold the goal, the steps and the new vocabulary in mind at once. A **worked example** shows a complete solution, step by step, with the thinking made visible. Studying it first frees students' attention to understand *why* each step happens.

**Show the thinking, not just the steps.** Solve the example in front of the class and say out loud what you are thinking: "I'm looking for what the question asks… I notice the units are different, so first I'll convert…". Write short labels next to each step.

**Pair examples thoughtfully.** Show two examples side by side that differ in one important way — one where you add, one where you subtract; one with a common denominator, one without. Ask students what changed and why.

**Fade the help.** Move from complete examples to partly completed ones:
1. *Full example:* students study it and explain a step to a partner.
2. *Completion problem:* the first steps are done; students finish it.
3. *Half-done:* only the first step is given.
4. *Independent:* students solve on their own.

This "I do, we do, you do" path gives a high success rate early, which keeps students trying.

**Ask students to explain.** "Why did I divide here?" "What would go wrong if I skipped this step?" Explaining a worked example is more powerful than just reading it.

**Don't overdo it.** As students become confident, worked examples become less useful, and solving problems on their own becomes the better practice. Watch your checks for understanding to know when to let go.

Worked examples work well beyond mathematics: a model paragraph with annotations, a solved map-reading task, a lab report with comments all follow the same idea.`,
  whyItWorks: `The **worked-example effect** comes from research in **cognitive load theory** (John Sweller and colleagues): for novices, studying worked solutions often leads to better learning than solving equivalent problems unaided, because it reduces unnecessary load on working memory. The same research describes the **expertise reversal effect**: as learners gain skill, worked examples help less, which is why support should fade. **Rosenshine's principles** include providing models and worked examples and guiding student practice, and the "I do, we do, you do" sequence is a common classroom form of that guidance.`,
  steps: [
    'Pick the new problem type in tomorrow’s lesson and prepare one fully worked example with labels for each step.',
    'Solve it aloud, naming your thinking at each step.',
    'Prepare a completion problem (first steps done) for pairs to finish.',
    'Ask students to explain one step of the example to a partner.',
    'Move to independent problems only after a quick check shows most are ready.',
  ],
  example:
    'Chemistry, grade 10, balancing equations. The teacher balances one equation aloud, labelling each step. Students then get a second equation with the first two steps done and finish it in pairs, then a third with only the atom count done. A whiteboard check shows most are ready, so they move to independent practice; five students stay with the teacher for one more completion problem.',
  gradeBands: {
    'K-2': 'Model a task with think-aloud ("First I…, then I…") and let children repeat each step with you.',
    '3-5': 'Use side-by-side examples and "spot the step I skipped" to keep students thinking.',
    '6-8': 'Use completion problems and ask students to annotate why each step works.',
    '9-12': 'Use annotated model answers for extended writing and fade to outlines, then independent drafts.',
  },
  practiceTags: ['modelling', 'supports'],
  subjects: ['all'],
};

export const es: StrategyCard = {
  id: 'worked-examples',
  locale: 'es',
  title: 'Ejemplos resueltos y retiro gradual de la ayuda',
  summary:
    'Cuando los estudiantes recién empiezan con un tipo de problema, estudiar un ejemplo resuelto —y luego completar ejemplos a medio resolver— les ayuda a aprender más rápido que resolver desde cero. Retire el apoyo paso a paso.',
  minutes: 4,
  body: `Cuando los estudiantes se enfrentan a un tipo de problema nuevo, pedirles que "lo intenten" de inmediato puede sobrecargarlos: tienen que sostener a la vez la meta, los pasos y el vocabulario nuevo. Un **ejemplo resuelto** muestra una solución completa, paso a paso, con el razonamiento a la vista. Estudiarlo primero libera su atención para entender *por qué* se da cada paso.

**Muestre el razonamiento, no solo los pasos.** Resuelva el ejemplo frente al grupo y diga en voz alta lo que piensa: "Busco qué me pide la pregunta… Veo que las unidades son distintas, así que primero convierto…". Anote etiquetas breves junto a cada paso.

**Combine ejemplos con intención.** Muestre dos ejemplos lado a lado que se diferencien en un aspecto importante: uno en que se suma y otro en que se resta; uno con denominador común y otro sin él. Pregunte qué cambió y por qué.

**Retire la ayuda de a poco.** Pase de ejemplos completos a ejemplos incompletos:
1. *Ejemplo completo:* lo estudian y explican un paso a su pareja.
2. *Problema para completar:* los primeros pasos están hechos; ellos lo terminan.
3. *A medio camino:* solo se da el primer paso.
4. *Independiente:* resuelven solos.

Este recorrido de "yo hago, hacemos juntos, ustedes hacen" asegura muchos aciertos al principio, y eso mantiene las ganas de intentarlo.

**Pida explicaciones.** "¿Por qué dividí aquí?" "¿Qué saldría mal si me salto este paso?" Explicar un ejemplo resuelto rinde mucho más que solo leerlo.

**No abuse.** A medida que ganan seguridad, los ejemplos resueltos ayudan menos y resolver por cuenta propia pasa a ser la mejor práctica. Guíese por sus verificaciones de la comprensión para saber cuándo soltar.

Los ejemplos resueltos van mucho más allá de la matemática: un párrafo modelo con anotaciones, una lectura de mapa resuelta o un informe de laboratorio comentado siguen la misma lógica.`,
  whyItWorks: `El **efecto del ejemplo resuelto** proviene de la investigación sobre la **teoría de la carga cognitiva** (John Sweller y colaboradores): para quienes recién aprenden, estudiar soluciones resueltas suele producir mejor aprendizaje que resolver problemas equivalentes sin ayuda, porque reduce la carga innecesaria sobre la memoria de trabajo. La misma línea describe el **efecto de inversión de la experticia**: cuando el estudiante gana dominio, los ejemplos resueltos ayudan menos, y por eso el apoyo debe retirarse. Los **principios de Rosenshine** incluyen ofrecer modelos y ejemplos resueltos y guiar la práctica; la secuencia "yo hago, hacemos juntos, ustedes hacen" es una forma habitual de esa guía en el aula.`,
  steps: [
    'Elija el tipo de problema nuevo de mañana y prepare un ejemplo completo con una etiqueta para cada paso.',
    'Resuélvalo en voz alta, nombrando su razonamiento en cada paso.',
    'Prepare un problema para completar (primeros pasos hechos) que terminarán en parejas.',
    'Pida que expliquen a su pareja un paso del ejemplo.',
    'Pase a problemas independientes solo cuando una verificación rápida muestre que la mayoría está lista.',
  ],
  example:
    'Química, 4.º de secundaria, balanceo de ecuaciones. La docente balancea una ecuación en voz alta, rotulando cada paso. Luego entrega una segunda ecuación con los dos primeros pasos hechos para terminar en parejas, y una tercera con solo el conteo de átomos. Una verificación con pizarritas muestra que la mayoría está lista; cinco estudiantes se quedan con ella para un problema más a completar.',
  gradeBands: {
    'K-2': 'Modele la tarea pensando en voz alta ("Primero…, después…") y pida que repitan cada paso con usted.',
    '3-5': 'Use ejemplos lado a lado y "encuentra el paso que me salté" para mantenerlos pensando.',
    '6-8': 'Use problemas para completar y pida anotar por qué funciona cada paso.',
    '9-12':
      'Use respuestas modelo comentadas para la escritura extensa y avance hacia esquemas y luego borradores propios.',
  },
  practiceTags: ['modelling', 'supports'],
  subjects: ['all'],
};
