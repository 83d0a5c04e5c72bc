import type {
  DomainResult,
  IndicatorCell,
  SelfAssessment,
  SelfAssessmentResults,
  SelfAssessmentYear,
} from '#core/contracts/self-assessment';
import { CPL_VERSION, nextStepsFor, scoreCpl } from '#core/cpl/index';
import { MIN_GROUP } from '#core/impact/index';
import type { Indicator } from './indicators';
import type { SelfAssessmentRow } from './self-assessment.repo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentSelfAssessment(
  schoolYear: string,
  row: SelfAssessmentRow | null,
  can: { edit: boolean },
): SelfAssessment {
  const submitted = row?.status === 'submitted';
  return {
    schoolYear,
    status: row ? row.status : 'not-started',
    instrumentVersion: row?.instrumentVersion ?? CPL_VERSION,
    answers: row?.answers ?? {},
    notes: row?.notes ?? {},
    updatedAt: iso(row?.updatedAt ?? null),
    submittedAt: iso(row?.submittedAt ?? null),
    // Who acted stays in the audit log; readers see when.
    history: (row?.history ?? []).map(({ event, at }) => ({ event, at })),
    canEdit: can.edit && !submitted,
    canReopen: can.edit && submitted,
  };
}

/** A value leaves the server only when at least MIN_GROUP people stand behind it. */
export function presentIndicator(indicator: Indicator): IndicatorCell {
  const base = { key: indicator.key, benchmark: indicator.benchmark ?? null };
  if (indicator.value === null || indicator.people === 0)
    return { ...base, suppressed: true, reason: 'no-data', value: null, people: null };
  if (indicator.people < MIN_GROUP)
    return { ...base, suppressed: true, reason: 'small-group', value: null, people: null };
  return { ...base, suppressed: false, reason: null, value: indicator.value, people: indicator.people };
}

export function presentResults(
  schoolYear: string,
  row: SelfAssessmentRow | null,
  span: { from: string; to: string },
  indicators: Indicator[],
): SelfAssessmentResults {
  const domains: DomainResult[] = scoreCpl(row?.answers ?? {}).map((score) => ({
    ...score,
    nextSteps: score.band ? nextStepsFor(score.domain, score.band) : [],
    note: row?.notes[score.domain] ?? null,
    indicators: indicators.filter((i) => i.domain === score.domain).map(presentIndicator),
  }));
  return { schoolYear, status: row ? row.status : 'not-started', ...span, domains };
}

export function presentYear(row: SelfAssessmentRow): SelfAssessmentYear {
  return {
    schoolYear: row.schoolYear,
    status: row.status,
    submittedAt: iso(row.submittedAt),
    domains: scoreCpl(row.answers).map(({ domain, mean, band }) => ({ domain, mean, band })),
  };
}
