import type { ActionStep, Caseload, PendingFollowUp, SchoolObservationMetrics } from '#core/contracts/coaching';
import type { ActionStepRow, CaseloadRow, FollowUpRow, SchoolMetricsRow, UpcomingRow } from './coaching.repo';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));
const round1 = (value: number) => Math.round(value * 10) / 10;

export type ActiveCycle = { id: string; goal: string };

export function presentCaseload(
  rows: CaseloadRow[],
  cycles: Map<string, ActiveCycle>,
  cycleOnly: Map<string, string>,
  followUps: FollowUpRow[],
  upcoming: UpcomingRow[],
  today: string,
): Caseload {
  const visited = rows.map((row) => ({
    teacher: { id: row.teacher_id, name: row.teacher_name },
    lastVisitAt: isoOrNull(row.last_visit_at),
    nextVisitAt: isoOrNull(row.next_visit_at),
    activeCycle: cycles.get(row.teacher_id) ?? null,
    openActionStep:
      row.open_step_observation_id && row.open_step_text
        ? { observationId: row.open_step_observation_id, text: row.open_step_text }
        : null,
    nextFollowUpDue: row.next_follow_up_due,
    overdueFollowUps: Number(row.overdue),
  }));
  // Teachers coached in a cycle but not visited yet are in the caseload too.
  const coachedOnly = [...cycleOnly].map(([id, name]) => ({
    teacher: { id, name },
    lastVisitAt: null,
    nextVisitAt: null,
    activeCycle: cycles.get(id) ?? null,
    openActionStep: null,
    nextFollowUpDue: null,
    overdueFollowUps: 0,
  }));
  return {
    teachers: [...visited, ...coachedOnly].sort((a, b) => a.teacher.name.localeCompare(b.teacher.name)),
    followUps: followUps
      .map((row) => presentFollowUp(row, today))
      // Overdue first, then by due date (the query already orders by due date).
      .sort((a, b) => Number(b.overdue) - Number(a.overdue)),
    upcoming: upcoming.map((row) => ({
      observationId: row.observation_id,
      teacher: { id: row.teacher_id, name: row.teacher_name },
      kind: row.kind,
      scheduledAt: iso(row.scheduled_at),
      durationMinutes: Number(row.duration_minutes),
    })),
  };
}

const presentFollowUp = (row: FollowUpRow, today: string): PendingFollowUp => ({
  observationId: row.observation_id,
  teacher: { id: row.teacher_id, name: row.teacher_name },
  due: row.due,
  overdue: row.due < today,
  actionStep: row.action_step,
});

export const presentActionStep = (row: ActionStepRow, today: string): ActionStep => ({
  observationId: row.observation_id,
  kind: row.kind,
  observer: { id: row.observer_id, name: row.observer_name },
  teacher: { id: row.teacher_id, name: row.teacher_name },
  visitedAt: iso(row.scheduled_at),
  text: row.action_step_text,
  howToPractise: row.how_to_practise,
  resourceId: row.resource_id,
  practiceId: row.practice_id,
  sharedAt: iso(row.shared_at),
  followUpDue: row.follow_up_due,
  followUpOverdue: row.progress === null && row.follow_up_due < today,
  progress: row.progress,
  teacherResponse: row.teacher_response,
});

export function presentSchoolMetrics(
  schoolId: string,
  period: { from: string; to: string; months: number },
  teachersAtSchool: number,
  row: SchoolMetricsRow | null,
): SchoolObservationMetrics {
  const base = { schoolId, ...period };
  if (row === null)
    return {
      ...base,
      suppressed: true,
      teachersVisited: null,
      visits: null,
      visitsPerTeacherPerMonth: null,
      medianDaysToFeedback: null,
      followUpsDue: null,
      followUpsOnTimePercent: null,
      meanFollowUpDelayDays: null,
      overdueFollowUps: null,
    };
  const due = Number(row.follow_ups_due);
  return {
    ...base,
    suppressed: false,
    teachersVisited: Number(row.teachers_visited),
    visits: Number(row.visits),
    visitsPerTeacherPerMonth: round1(Number(row.visits) / teachersAtSchool / period.months),
    medianDaysToFeedback: row.median_days_to_feedback === null ? null : round1(Number(row.median_days_to_feedback)),
    followUpsDue: due,
    followUpsOnTimePercent: due === 0 ? null : Math.round((100 * Number(row.follow_ups_on_time)) / due),
    meanFollowUpDelayDays: row.mean_delay_days === null ? null : round1(Number(row.mean_delay_days)),
    overdueFollowUps: Number(row.overdue),
  };
}
