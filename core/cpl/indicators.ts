import type { CplDomain, Localized } from './instrument';

/**
 * What the platform can count beside each domain's self-ratings (research/pedagogy.md §6,
 * "platform-computed indicators"). `direction` says whether more is better; `benchmark` is a fixed
 * reference where research gives one (ERS: 90 minutes a week of shared-content team time).
 * `metric` names the impact rollup the value comes from; the others come from a module's reader.
 */
export type CplIndicatorDefinition = {
  key: string;
  domain: CplDomain;
  label: Localized;
  unit: 'share' | 'minutes' | 'days' | 'count';
  direction: 'up' | 'down';
  benchmark?: number;
  metric?: string;
  /** How the value is counted, where the label alone could mislead (shown beside it). */
  help?: Localized;
};

/** The "a week" indicators: spread over every week of the span, not only the active ones. */
const PER_WEEK_HELP: Localized = {
  en: 'Averaged over every week of the school year so far, holidays included, among the people counted.',
  es: 'Promedio sobre todas las semanas del año escolar hasta hoy, vacaciones incluidas, entre las personas contadas.',
};

const d = (x: CplIndicatorDefinition) => x;

export const CPL_INDICATORS = [
  d({
    key: 'plans-with-practice',
    domain: 'curriculum',
    label: { en: 'Plans showing a target practice', es: 'Planes que muestran una práctica priorizada' },
    unit: 'share',
    direction: 'up',
    metric: 'l4.plans-with-practice',
  }),
  d({
    key: 'plans-from-units',
    domain: 'curriculum',
    label: {
      en: 'Lesson plans made from a team’s unit',
      es: 'Planes de clase hechos a partir de una unidad del equipo',
    },
    unit: 'share',
    direction: 'up',
  }),
  d({
    key: 'meetings-on-curriculum',
    domain: 'curriculum',
    label: {
      en: 'Team meetings looking at a unit or lesson plan',
      es: 'Reuniones de equipo que revisan una unidad o un plan de clase',
    },
    unit: 'share',
    direction: 'up',
  }),
  d({
    key: 'meeting-attendance',
    domain: 'collaboration',
    label: { en: 'Attendance at held team meetings', es: 'Asistencia a las reuniones de equipo celebradas' },
    unit: 'share',
    direction: 'up',
    metric: 'l1.meeting-completion',
  }),
  d({
    key: 'meetings-with-commitments',
    domain: 'collaboration',
    label: {
      en: 'Team meetings ending with a decision or commitment',
      es: 'Reuniones de equipo que terminan con una decisión o compromiso',
    },
    unit: 'share',
    direction: 'up',
  }),
  d({
    key: 'follow-up-rate',
    domain: 'feedback',
    label: { en: 'Visits with a follow-up', es: 'Visitas con seguimiento' },
    unit: 'share',
    direction: 'up',
    metric: 'l3.follow-up-rate',
  }),
  d({
    key: 'follow-up-delay',
    domain: 'feedback',
    label: { en: 'Days from visit to follow-up', es: 'Días de la visita al seguimiento' },
    unit: 'days',
    direction: 'down',
    metric: 'l3.follow-up-delay',
  }),
  d({
    key: 'action-steps-done',
    domain: 'feedback',
    label: { en: 'Action steps done', es: 'Pasos de acción logrados' },
    unit: 'share',
    direction: 'up',
    metric: 'l4.action-steps-done',
  }),
  d({
    key: 'collaboration-minutes',
    help: PER_WEEK_HELP,
    domain: 'time',
    label: { en: 'Team minutes per teacher a week', es: 'Minutos de equipo por docente a la semana' },
    unit: 'minutes',
    direction: 'up',
    benchmark: 90,
    metric: 'l3.collaboration-minutes',
  }),
  d({
    key: 'coaching-load',
    help: PER_WEEK_HELP,
    domain: 'time',
    label: { en: 'Visits per coach a week', es: 'Visitas por coach a la semana' },
    unit: 'count',
    direction: 'down',
    metric: 'l3.coaching-load',
  }),
  d({
    key: 'leader-participation',
    help: PER_WEEK_HELP,
    domain: 'leadership',
    label: {
      en: 'Team meetings attended per leader a week',
      es: 'Reuniones de equipo con presencia de cada directivo por semana',
    },
    unit: 'count',
    direction: 'up',
    metric: 'l3.leader-participation',
  }),
] as const satisfies readonly CplIndicatorDefinition[];

export type CplIndicatorKey = (typeof CPL_INDICATORS)[number]['key'];
export const CPL_INDICATOR_KEYS = CPL_INDICATORS.map((i) => i.key) as [CplIndicatorKey, ...CplIndicatorKey[]];
const byKey = new Map<string, CplIndicatorDefinition>(CPL_INDICATORS.map((i) => [i.key, i]));
export const cplIndicatorByKey = (key: string) => byKey.get(key);

/** A school year "2026-27" as the days it spans (1 August to 31 July). */
export function schoolYearSpan(schoolYear: string): { from: string; to: string } {
  const start = Number(schoolYear.slice(0, 4));
  const year = (y: number) => String(y).padStart(4, '0');
  return { from: `${year(start)}-08-01`, to: `${year(start + 1)}-07-31` };
}

/** The school year a day falls in: from August it is the year starting then. */
export function schoolYearOf(day: string): string {
  const y = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 8 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
