/**
 * Lesson-plan insights micro-benchmark: a typical plan (~600 words, 8 segments) in English
 * and Spanish, analysed ≥ 2000 times after a warm-up. Prints median / p95 / p99 in ms.
 * Run with `tsx bench/insights.ts` (npm run bench:insights). PEDAGOGY.md asks for well under
 * 5 ms per typical plan; the target here is a median under 2 ms.
 */
import type { LessonPlanDraft } from '../core/contracts/lesson-plans';
import { analyzePlan } from '../core/insights';

const RUNS = 3000;
const WARMUP = 300;

const EN_SEGMENTS: [string, string, string][] = [
  [
    'Do Now',
    'opening',
    'Students solve two unit-rate problems from yesterday on mini whiteboards while I take attendance and check homework completion. I note who still adds instead of multiplying and which students leave the second problem blank, because those are the students I will check on first during the launch.',
  ],
  [
    'Launch: the lemonade problem',
    'instruction',
    'I model one ratio table with the lemonade recipe, thinking aloud about why doubling both quantities keeps the taste the same. Then students turn and talk with an elbow partner: why does adding two cups of each not keep the same taste? I listen to three pairs and choose one to share.',
  ],
  [
    'Vocabulary and representations',
    'instruction',
    'We connect the ratio table to the double number line and to the tape diagram. Students record the three representations in their notebooks with one example each, and label the multiplicative relationship with an arrow. I show a common error and ask students to explain what went wrong.',
  ],
  [
    'Guided practice in pairs',
    'guided-practice',
    'Pairs complete three ratio tables of increasing difficulty. I circulate with the class list and note who is adding instead of multiplying; the partner who did not write explains the strategy to the other. Early finishers compare their tables with the pair next to them.',
  ],
  [
    'Hinge question',
    'assessment',
    'Which table shows a ratio equivalent to 3:5? Students vote with fingers on the count of three. The distractors are built on the additive misconception and on reversing the quantities.',
  ],
  [
    'Independent practice',
    'independent-practice',
    'Four word problems on the handout, increasing difficulty, each requiring a table or a double number line. Students check their answers with the answer key at the back table after the second problem and fix errors in a different colour.',
  ],
  [
    'Discussion',
    'discussion',
    'Compare the double number line and the table: which one makes the pattern easier to see, and how do you know? Students use agree and disagree stems and must add on to the previous speaker before giving a new idea.',
  ],
  [
    'Closure and exit ticket',
    'closure',
    'Students summarize the rule for equivalent ratios in their own words in one sentence, then complete the exit ticket individually. I sort the tickets tonight into three piles to plan tomorrow’s groups.',
  ],
];

const ES_SEGMENTS: [string, string, string][] = [
  [
    'Activación',
    'opening',
    'Los estudiantes resuelven dos problemas de razón unitaria de la clase anterior en sus pizarritas mientras tomo la asistencia. Anoto quiénes todavía suman en lugar de multiplicar y quiénes dejan el segundo problema en blanco, porque con ellos hablaré primero durante el modelado.',
  ],
  [
    'Modelado: el problema de la limonada',
    'instruction',
    'Modelo una tabla de razones con la receta de limonada y pienso en voz alta sobre por qué duplicar ambas cantidades mantiene el sabor. Luego gira y conversa con tu compañero: ¿por qué agregar dos tazas de cada uno no mantiene el mismo sabor? Escucho a tres parejas.',
  ],
  [
    'Vocabulario y representaciones',
    'instruction',
    'Conectamos la tabla de razones con la doble recta numérica y el diagrama de cinta. Los estudiantes registran las tres representaciones en su cuaderno con un ejemplo cada una y rotulan la relación multiplicativa con una flecha. Muestro un error frecuente y pido que expliquen qué salió mal.',
  ],
  [
    'Práctica guiada en parejas',
    'guided-practice',
    'Las parejas completan tres tablas de dificultad creciente. Recorro la sala con la lista del curso y anoto quién suma en lugar de multiplicar; quien no escribió explica la estrategia al otro. Quienes terminan antes comparan sus tablas con la pareja de al lado.',
  ],
  [
    'Pregunta bisagra',
    'assessment',
    '¿Qué tabla muestra una razón equivalente a 3:5? Los estudiantes votan con los dedos a la cuenta de tres. Los distractores se basan en la idea aditiva y en invertir las cantidades.',
  ],
  [
    'Práctica independiente',
    'independent-practice',
    'Cuatro problemas de la guía, de dificultad creciente, cada uno con una tabla o una doble recta numérica. Los estudiantes revisan sus respuestas con la pauta de la mesa del fondo después del segundo problema y corrigen en otro color.',
  ],
  [
    'Discusión',
    'discussion',
    'Comparen la doble recta numérica y la tabla: ¿cuál permite ver mejor el patrón y cómo lo saben? Usan los marcos «estoy de acuerdo con… porque» y deben agregar a lo que dijo el compañero anterior antes de dar una idea nueva.',
  ],
  [
    'Cierre y ticket de salida',
    'closure',
    'Los estudiantes resumen con sus palabras la regla de las razones equivalentes en una oración y completan el ticket de salida. Esta tarde ordeno los tickets en tres grupos para planificar los grupos de mañana.',
  ],
];

// Teachers' notes make real descriptions longer; this brings the plan to about 600 words.
const NOTE = {
  en: ' Materials are ready on the side table, and the timer is visible on the board so students can pace themselves.',
  es: ' Los materiales están listos en la mesa lateral y el temporizador se ve en la pizarra para que regulen su ritmo.',
};

function typicalPlan(locale: 'en' | 'es'): LessonPlanDraft {
  const en = locale === 'en';
  const segments = (en ? EN_SEGMENTS : ES_SEGMENTS).map(([title, kind, description], i) => ({
    title,
    kind: kind as never,
    minutes: [5, 8, 7, 10, 3, 12, 6, 4][i] ?? 5,
    grouping: (
      [
        'individual',
        'whole-class',
        'whole-class',
        'pairs',
        'whole-class',
        'individual',
        'whole-class',
        'individual',
      ] as const
    )[i],
    description: description + NOTE[locale],
    checkForUnderstanding:
      i === 3
        ? en
          ? {
              technique: 'Hinge question',
              question: 'Which table is equivalent to 3:5?',
              decisionRule: 'If more than a third choose B, pull a small group.',
            }
          : {
              technique: 'Pregunta bisagra',
              question: '¿Qué tabla equivale a 3:5?',
              decisionRule: 'Si más de un tercio elige B, formo un grupo pequeño.',
            }
        : null,
  }));
  return {
    title: en
      ? 'Equivalent ratios with tables and double number lines'
      : 'Razones equivalentes con tablas y doble recta numérica',
    periodMinutes: 55,
    locale,
    objectives: [
      en
        ? 'SWBAT use ratio tables and double number lines to find equivalent ratios, solving at least 3 of 4 word problems correctly.'
        : 'Los estudiantes usarán tablas de razones y la doble recta numérica para encontrar razones equivalentes, resolviendo correctamente al menos 3 de 4 problemas.',
    ],
    successCriteria: en
      ? ['I can build a ratio table from a word problem.', 'I can explain why two ratios are equivalent.']
      : [
          'Puedo construir una tabla de razones a partir de un problema.',
          'Puedo explicar por qué dos razones son equivalentes.',
        ],
    materials: en ? ['mini whiteboards', 'handout', 'recipe cards'] : ['pizarritas', 'guía', 'tarjetas de recetas'],
    segments,
    supports: en
      ? [
          {
            for: 'English learners',
            description: 'Sentence frames for the turn and talk and a picture glossary for recipe words.',
          },
          { for: 'Early finishers', description: 'Challenge problem with fractional quantities.' },
        ]
      : [
          {
            for: 'Estudiantes recién llegados',
            description: 'Marcos de oración para la conversación y glosario con imágenes.',
          },
          { for: 'Quienes terminan antes', description: 'Desafío con cantidades fraccionarias.' },
        ],
    exitTicket: en
      ? 'Use a ratio table to solve: 4 cups of flour make 3 loaves. How many cups for 12 loaves? Explain how you know.'
      : 'Usa una tabla de razones: 4 tazas de harina rinden 3 panes. ¿Cuántas tazas para 12 panes? Explica cómo lo sabes.',
    rationale: {},
  };
}

/** Words in every string of the plan (what a teacher typed). */
function words(value: unknown): number {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean).length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + words(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + words(v), 0);
  return 0;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

for (const locale of ['en', 'es'] as const) {
  const plan = typicalPlan(locale);
  const context = {
    previousNextTime: locale === 'en' ? 'Start with the double number line.' : 'Empezar con la doble recta numérica.',
  };
  for (let i = 0; i < WARMUP; i++) analyzePlan(plan, context);
  const times: number[] = [];
  let insights = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    insights = analyzePlan(plan, context).insights.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(3);
  console.log(
    `${locale}: ~${words(plan)} words, ${plan.segments.length} segments, ${insights} insights, ${RUNS} runs — ` +
      `median ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms, p99 ${fmt(percentile(times, 99))} ms`,
  );
}
