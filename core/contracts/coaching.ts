import { z } from 'zod';
import { Id, Timestamp } from './common';
import { ACTION_STEP_PROGRESS, OBSERVATION_KINDS } from './observations';

/*
 * The views built from observations (issue 4, "Views"): a coach's caseload, a teacher's action
 * steps, and a school leader's counts. Evaluative visits never appear in these coaching views;
 * the leader's counts carry no coaching content and are suppressed for groups under five.
 */

const PersonRef = z.object({ id: Id, name: z.string() });

export const PendingFollowUp = z.object({
  observationId: Id,
  teacher: PersonRef,
  /** YYYY-MM-DD. */
  due: z.string(),
  overdue: z.boolean(),
  /** The action step the follow-up checks, once feedback is shared. */
  actionStep: z.string().nullable(),
});
export type PendingFollowUp = z.infer<typeof PendingFollowUp>;

export const UpcomingVisit = z.object({
  observationId: Id,
  teacher: PersonRef,
  kind: z.enum(OBSERVATION_KINDS),
  scheduledAt: Timestamp,
  durationMinutes: z.number().int(),
});

export const CaseloadTeacher = z.object({
  teacher: PersonRef,
  lastVisitAt: Timestamp.nullable(),
  nextVisitAt: Timestamp.nullable(),
  /** The teacher's open coaching cycle with this coach, if any. */
  activeCycle: z.object({ id: Id, goal: z.string() }).nullable(),
  /** The most recent shared action step not yet followed up. */
  openActionStep: z.object({ observationId: Id, text: z.string() }).nullable(),
  /** The earliest follow-up still to do. */
  nextFollowUpDue: z.string().nullable(),
  overdueFollowUps: z.number().int(),
});
export type CaseloadTeacher = z.infer<typeof CaseloadTeacher>;

/** The caller's own caseload: the teachers they visit or coach (never evaluative visits). */
export const Caseload = z.object({
  teachers: z.array(CaseloadTeacher),
  /** Every follow-up still to do, earliest first (overdue ones first of all). */
  followUps: z.array(PendingFollowUp),
  /** Visits not yet made, soonest first (the calendar). */
  upcoming: z.array(UpcomingVisit),
});
export type Caseload = z.infer<typeof Caseload>;

export const ActionStepsQuery = z.object({
  /** Omitted: the caller's own steps (as the observed teacher). Given: steps the caller gave that teacher. */
  teacherId: Id.optional(),
});

export const ActionStep = z.object({
  observationId: Id,
  kind: z.enum(OBSERVATION_KINDS),
  observer: PersonRef,
  teacher: PersonRef,
  visitedAt: Timestamp,
  text: z.string(),
  howToPractise: z.string(),
  resourceId: z.string().nullable(),
  practiceId: Id.nullable(),
  sharedAt: Timestamp,
  followUpDue: z.string(),
  followUpOverdue: z.boolean(),
  /** How it went at the follow-up visit; null until then. */
  progress: z.enum(ACTION_STEP_PROGRESS).nullable(),
  teacherResponse: z.string().nullable(),
});
export type ActionStep = z.infer<typeof ActionStep>;

export const SchoolMetricsQuery = z.object({
  /** Whole months back from today, this month included. */
  months: z.coerce.number().int().min(1).max(24).default(3),
});

/** Smallest group a count is shown for (PEDAGOGY.md §6). */
export const MIN_GROUP_SIZE = 5;

/**
 * Counts and timeliness for a school leader: no names, no feedback text. When fewer than five
 * teachers were visited in the period every figure is null and `suppressed` is true.
 */
export const SchoolObservationMetrics = z.object({
  schoolId: Id,
  from: z.string(),
  to: z.string(),
  months: z.number().int(),
  suppressed: z.boolean(),
  teachersVisited: z.number().int().nullable(),
  visits: z.number().int().nullable(),
  visitsPerTeacherPerMonth: z.number().nullable(),
  medianDaysToFeedback: z.number().nullable(),
  followUpsDue: z.number().int().nullable(),
  followUpsOnTimePercent: z.number().nullable(),
  /** Mean days past the due date, for follow-ups made late (organisational support, Guskey level 3). */
  meanFollowUpDelayDays: z.number().nullable(),
  overdueFollowUps: z.number().int().nullable(),
});
export type SchoolObservationMetrics = z.infer<typeof SchoolObservationMetrics>;
