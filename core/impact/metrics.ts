import type { Role } from '../domain/roles';

/**
 * The Guskey metric catalogue (PEDAGOGY.md §6) as data: what each level counts, from which
 * source, and how a bucket of facts becomes a number. Adding a metric is adding a row here and a
 * reader that emits its facts.
 */
export const GUSKEY_LEVELS = [1, 2, 3, 4, 5] as const;
export type GuskeyLevel = (typeof GUSKEY_LEVELS)[number];

/**
 * Where a metric's facts come from. Each source is one reader with its own watermark; `pulses`
 * is impact's own table; the three slots (tried-it, credentials, assessments) are readers the
 * lead wires from other modules — absent, the metric shows "no data yet".
 */
export const IMPACT_SOURCES = [
  'reactions',
  'meetings',
  'reflections',
  'observations',
  'plans',
  'pulses',
  'tried-it',
  'credentials',
  'assessments',
] as const;
export type ImpactSource = (typeof IMPACT_SOURCES)[number];

/**
 * `mean`: Σ value / number of facts (a share when values are 0 or 1).
 * `perPersonWeek`: Σ value / distinct (person, week) pairs — minutes or visits per person a week.
 */
export type Combine = 'mean' | 'perPersonWeek';

export type MetricDefinition = {
  id: string;
  level: GuskeyLevel;
  label: { en: string; es: string };
  unit: 'share' | 'minutes' | 'days' | 'count' | 'score' | 'likert';
  /** Whether more is better; a target is met at or above (`up`) or at or below (`down`) it. */
  direction: 'up' | 'down';
  source: ImpactSource;
  combine: Combine;
  /** Facts carry the practice they are about; a dashboard keeps only its initiative's target practices. */
  perPractice?: boolean;
  /** A fixed reference line drawn beside the target (the 90-minute collaboration benchmark). */
  benchmark?: number;
  /** Only facts about people holding one of these roles count (leaders' participation). */
  countsRoles?: readonly Role[];
};

const m = (d: MetricDefinition) => d;

export const METRICS = [
  m({
    id: 'l1.card-useful-share',
    level: 1,
    label: { en: 'Strategy cards marked useful', es: 'Tarjetas de estrategia marcadas como útiles' },
    unit: 'share',
    direction: 'up',
    source: 'reactions',
    combine: 'mean',
  }),
  m({
    id: 'l1.meeting-completion',
    level: 1,
    label: { en: 'Team meetings held to the end', es: 'Reuniones de equipo completadas' },
    unit: 'share',
    direction: 'up',
    source: 'meetings',
    combine: 'mean',
  }),
  m({
    id: 'l1.pulse-reaction',
    level: 1,
    label: { en: 'Pulse: reaction', es: 'Pulso: reacción' },
    unit: 'likert',
    direction: 'up',
    source: 'pulses',
    combine: 'mean',
  }),
  m({
    id: 'l2.reflection-depth',
    level: 2,
    label: { en: 'Reflection depth (1–4)', es: 'Profundidad de la reflexión (1–4)' },
    unit: 'score',
    direction: 'up',
    source: 'reflections',
    combine: 'mean',
  }),
  m({
    id: 'l2.credential-score',
    level: 2,
    label: {
      en: 'Micro-credential rubric scores (0–1, 1 = top level)',
      es: 'Puntuaciones de rúbrica de microcredenciales (0–1, 1 = nivel más alto)',
    },
    unit: 'score',
    direction: 'up',
    source: 'credentials',
    combine: 'mean',
  }),
  m({
    id: 'l2.pulse-self-efficacy',
    level: 2,
    label: { en: 'Pulse: self-efficacy', es: 'Pulso: autoeficacia' },
    unit: 'likert',
    direction: 'up',
    source: 'pulses',
    combine: 'mean',
  }),
  m({
    id: 'l3.collaboration-minutes',
    level: 3,
    label: {
      en: 'Collaboration minutes held per teacher-week',
      es: 'Minutos de colaboración por docente y semana',
    },
    unit: 'minutes',
    direction: 'up',
    source: 'meetings',
    combine: 'perPersonWeek',
    benchmark: 90,
  }),
  m({
    id: 'l3.follow-up-rate',
    level: 3,
    label: { en: 'Visits with a follow-up', es: 'Visitas con seguimiento' },
    unit: 'share',
    direction: 'up',
    source: 'observations',
    combine: 'mean',
  }),
  m({
    id: 'l3.follow-up-delay',
    level: 3,
    label: { en: 'Days from visit to follow-up', es: 'Días de la visita al seguimiento' },
    unit: 'days',
    direction: 'down',
    source: 'observations',
    combine: 'mean',
  }),
  m({
    id: 'l3.coaching-load',
    level: 3,
    label: { en: 'Visits per coach a week', es: 'Visitas por coach a la semana' },
    unit: 'count',
    direction: 'down',
    source: 'observations',
    combine: 'perPersonWeek',
  }),
  m({
    id: 'l3.leader-participation',
    level: 3,
    label: { en: 'Leaders’ meetings attended a week', es: 'Reuniones con presencia de directivos por semana' },
    unit: 'count',
    direction: 'up',
    source: 'meetings',
    combine: 'perPersonWeek',
    countsRoles: ['school_leader', 'district_admin'],
  }),
  m({
    id: 'l3.pulse-support',
    level: 3,
    label: { en: 'Pulse: support', es: 'Pulso: apoyo' },
    unit: 'likert',
    direction: 'up',
    source: 'pulses',
    combine: 'mean',
  }),
  m({
    id: 'l4.plans-with-practice',
    level: 4,
    label: { en: 'Plans showing a target practice', es: 'Planes que muestran una práctica priorizada' },
    unit: 'share',
    direction: 'up',
    source: 'plans',
    combine: 'mean',
    perPractice: true,
  }),
  m({
    id: 'l4.look-for-count',
    level: 4,
    label: { en: 'Look-fors seen per visit', es: 'Indicadores observados por visita' },
    unit: 'count',
    direction: 'up',
    source: 'observations',
    combine: 'mean',
    perPractice: true,
  }),
  m({
    id: 'l4.action-steps-done',
    level: 4,
    label: { en: 'Action steps done', es: 'Pasos de acción logrados' },
    unit: 'share',
    direction: 'up',
    source: 'observations',
    combine: 'mean',
  }),
  m({
    id: 'l4.tried-it',
    level: 4,
    label: { en: '“I tried it” on a plan', es: '«Lo probé» en un plan' },
    unit: 'count',
    direction: 'up',
    source: 'tried-it',
    combine: 'perPersonWeek',
  }),
  m({
    id: 'l4.pulse-levels-of-use',
    level: 4,
    label: { en: 'Pulse: levels of use', es: 'Pulso: niveles de uso' },
    unit: 'likert',
    direction: 'up',
    source: 'pulses',
    combine: 'mean',
  }),
  m({
    id: 'l5.assessment-results',
    level: 5,
    label: { en: 'Class assessment results', es: 'Resultados de evaluaciones de clase' },
    unit: 'share',
    direction: 'up',
    source: 'assessments',
    combine: 'mean',
  }),
] as const satisfies readonly MetricDefinition[];

export type MetricId = (typeof METRICS)[number]['id'];
export const METRIC_IDS = METRICS.map((metric) => metric.id) as [MetricId, ...MetricId[]];
const byId = new Map<string, MetricDefinition>(METRICS.map((metric) => [metric.id, metric]));
export const metricById = (id: string): MetricDefinition | undefined => byId.get(id);
export const metricsOfLevel = (level: GuskeyLevel): MetricDefinition[] =>
  METRICS.filter((metric) => metric.level === level);
export const metricsOfSource = (source: ImpactSource): MetricDefinition[] =>
  METRICS.filter((metric) => metric.source === source);
