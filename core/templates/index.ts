import type { LessonPlanDraft, LessonSegment } from '../contracts/lesson-plans';
import type { Locale } from '../domain/roles';

/**
 * Plan templates: the shape of a lesson (an arc of timed segments with their checks for
 * understanding), never its content — the teacher writes that, and the insights ask about it.
 */
export const TEMPLATE_IDS = ['blank', 'direct-instruction', 'inquiry'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

type Step = Omit<LessonSegment, 'title' | 'checkForUnderstanding'> & {
  /** Share of the period, before rounding to whole minutes. */
  share: number;
  title: Record<Locale, string>;
  technique?: Record<Locale, string>;
};

const ARCS: Record<Exclude<TemplateId, 'blank'>, readonly Step[]> = {
  // Modelling, then guided and independent practice, each followed by a check (Rosenshine's principles).
  'direct-instruction': [
    {
      share: 0.1,
      kind: 'opening',
      grouping: 'individual',
      title: { en: 'Do now: retrieval', es: 'Para empezar: recuperación' },
    },
    {
      share: 0.2,
      kind: 'instruction',
      grouping: 'whole-class',
      title: { en: 'I do: model and think aloud', es: 'Yo hago: modelar pensando en voz alta' },
      technique: { en: 'Mini-whiteboards', es: 'Pizarritas' },
    },
    {
      share: 0.2,
      kind: 'guided-practice',
      grouping: 'pairs',
      title: { en: 'We do: guided practice', es: 'Hacemos juntos: práctica guiada' },
      technique: { en: 'Hinge question', es: 'Pregunta bisagra' },
    },
    {
      share: 0.3,
      kind: 'independent-practice',
      grouping: 'individual',
      title: { en: 'You do: independent practice', es: 'Tú haces: práctica independiente' },
      technique: { en: 'Circulate and check three students', es: 'Recorrer el aula y revisar a tres estudiantes' },
    },
    {
      share: 0.2,
      kind: 'closure',
      grouping: 'whole-class',
      title: { en: 'Closure and exit ticket', es: 'Cierre y ticket de salida' },
    },
  ],
  // A question students investigate before the ideas are named (launch, explore, discuss, summarise).
  inquiry: [
    {
      share: 0.1,
      kind: 'opening',
      grouping: 'whole-class',
      title: { en: 'Launch: the question or phenomenon', es: 'Inicio: la pregunta o el fenómeno' },
    },
    {
      share: 0.35,
      kind: 'guided-practice',
      grouping: 'small-groups',
      title: { en: 'Explore in groups', es: 'Explorar en grupos' },
      technique: { en: 'Listen in and note strategies', es: 'Escuchar y anotar estrategias' },
    },
    {
      share: 0.25,
      kind: 'discussion',
      grouping: 'whole-class',
      title: { en: 'Share and compare ideas', es: 'Compartir y comparar ideas' },
      technique: { en: 'Turn and talk', es: 'Conversar en parejas' },
    },
    {
      share: 0.15,
      kind: 'instruction',
      grouping: 'whole-class',
      title: { en: 'Name the idea together', es: 'Nombrar juntos la idea' },
    },
    {
      share: 0.15,
      kind: 'closure',
      grouping: 'individual',
      title: { en: 'Reflect and exit ticket', es: 'Reflexión y ticket de salida' },
    },
  ],
};

/** Whole minutes that add up exactly to the period (largest remainders get the spare minutes). */
export function splitMinutes(total: number, shares: readonly number[]): number[] {
  const exact = shares.map((share) => share * total);
  const minutes = exact.map(Math.floor);
  let spare = total - minutes.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of byRemainder) {
    if (spare <= 0) break;
    minutes[index]! += 1;
    spare -= 1;
  }
  return minutes;
}

export type TemplateOptions = {
  locale: Locale;
  title: string;
  classId?: string | null;
  date?: string | null;
  periodMinutes?: number | null;
};

/** A new plan from a template, in the plan's language, timed to the class period. */
export function planFromTemplate(id: TemplateId, options: TemplateOptions): LessonPlanDraft {
  const { locale, title, classId = null, date = null, periodMinutes = null } = options;
  const base: LessonPlanDraft = {
    classId,
    title,
    date,
    periodMinutes,
    locale,
    objectives: [''],
    successCriteria: [''],
    segments: [],
    visibility: 'private',
  };
  if (id === 'blank') return base;
  const steps = ARCS[id];
  const minutes = periodMinutes
    ? splitMinutes(
        periodMinutes,
        steps.map((step) => step.share),
      )
    : [];
  return {
    ...base,
    segments: steps.map(({ share: _share, title: stepTitle, technique, ...segment }, index) => ({
      ...segment,
      title: stepTitle[locale],
      minutes: minutes[index] ?? null,
      description: '',
      checkForUnderstanding: technique ? { technique: technique[locale], question: '', decisionRule: '' } : null,
    })),
    exitTicket: '',
  };
}
