import { z } from 'zod';
import { Id, Timestamp } from './common';

/*
 * Observations (issue 4, PEDAGOGY.md §4): coaching by default (no ratings), peer, informal
 * walkthrough; evaluative only where the district turns it on (not in this first slice).
 * Evidence is low-inference notes, time-stamped and tagged to practices / look-fors, added one
 * by one with a client id so a device that was offline can send them again without duplicates.
 * Feedback is a strength first, one growth area, and exactly one bite-size action step.
 * Every observation has a follow-up date (default 14 days after the visit).
 */

export const OBSERVATION_KINDS = ['coaching', 'peer', 'walkthrough', 'evaluative'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** scheduled → observed (evidence taken) → feedback shared → followed up; or cancelled. */
export const OBSERVATION_STATUSES = ['scheduled', 'observed', 'feedback-shared', 'followed-up', 'cancelled'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export const ACTION_STEP_PROGRESS = ['done', 'progressing', 'not-yet'] as const;

export const OBSERVATION_LIMITS = {
  text: 4_000,
  shortText: 500,
  notesPerObservation: 500,
  tagsPerNote: 10,
  focusPractices: 3,
  followUpDays: 14,
  talliedLookFors: 30,
  tally: 999,
} as const;

const text = (max: number = OBSERVATION_LIMITS.text) => z.string().trim().min(1).max(max);
const day = z.iso.date();

export const ScheduleObservationBody = z.object({
  teacherId: Id,
  kind: z.enum(OBSERVATION_KINDS).default('coaching'),
  scheduledAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(5).max(240).default(20),
  classId: Id.nullable().optional(),
  /** Practices the visit looks at (agreed in advance), at most three. */
  focusPracticeIds: z.array(Id).max(OBSERVATION_LIMITS.focusPractices).default([]),
  /** Default: 14 days after the visit. */
  followUpDue: day.optional(),
  note: text(OBSERVATION_LIMITS.shortText).optional(),
});

export const UpdateObservationBody = z.object({
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
  durationMinutes: z.number().int().min(5).max(240).optional(),
  followUpDue: day.optional(),
  status: z.literal('cancelled').optional(),
});

/** The observed teacher shares the lesson plan, so the observer sees objective, criteria and sequence. */
export const AttachPlanBody = z.object({ planId: Id.nullable() });

export const EvidenceNoteBody = z.object({
  /** Made by the device that typed the note; sending it again answers 200 with the stored note. */
  clientId: z.uuid(),
  /** When it was seen (the device's clock). */
  at: z.iso.datetime({ offset: true }),
  text: text(),
  practiceIds: z.array(Id).max(OBSERVATION_LIMITS.tagsPerNote).default([]),
  lookForIds: z.array(Id).max(OBSERVATION_LIMITS.tagsPerNote).default([]),
});

export const EvidenceNote = z.object({
  id: Id,
  clientId: z.string(),
  at: Timestamp,
  text: z.string(),
  practiceIds: z.array(Id),
  lookForIds: z.array(Id),
  createdAt: Timestamp,
});
export type EvidenceNote = z.infer<typeof EvidenceNote>;

export const FeedbackBody = z.object({
  strength: text(),
  growthArea: text(),
  /** Exactly one bite-size step (PEDAGOGY.md §4): the shape allows no second one. */
  actionStep: z.object({
    text: text(OBSERVATION_LIMITS.shortText),
    howToPractise: text(),
    resourceId: z.string().trim().min(1).max(100).nullable().optional(),
    practiceId: Id.nullable().optional(),
  }),
  /** Shared feedback is what the teacher sees; until then it is the observer's draft. */
  share: z.boolean().default(false),
});

export const Feedback = z.object({
  strength: z.string(),
  growthArea: z.string(),
  actionStep: z.object({
    text: z.string(),
    howToPractise: z.string(),
    resourceId: z.string().nullable(),
    practiceId: Id.nullable(),
  }),
  sharedAt: Timestamp.nullable(),
  teacherResponse: z.string().nullable(),
  respondedAt: Timestamp.nullable(),
});

/**
 * Quick tallies: how many times each look-for was seen. The device sends its whole count each
 * time (last write wins), so a resend after being offline is harmless.
 */
export const TalliesBody = z.object({
  counts: z
    .record(Id, z.number().int().min(0).max(OBSERVATION_LIMITS.tally))
    .refine((counts) => Object.keys(counts).length <= OBSERVATION_LIMITS.talliedLookFors, {
      message: `At most ${OBSERVATION_LIMITS.talliedLookFors} look-fors.`,
    }),
});

/** The four performance levels of a framework's practices (1 lowest). */
export const RATING_LEVELS = [1, 2, 3, 4] as const;

/** Ratings of an evaluative visit, one per practice; stored apart from coaching evidence and feedback. */
export const RatingsBody = z.object({
  ratings: z
    .array(
      z.object({
        practiceId: Id,
        level: z.number().int().min(1).max(4),
        note: text(OBSERVATION_LIMITS.shortText).optional(),
      }),
    )
    .max(30),
});
export const Ratings = z.object({
  items: z.array(z.object({ practiceId: Id, level: z.number().int(), note: z.string().nullable() })),
  ratedAt: Timestamp.nullable(),
});

export const TeacherResponseBody = z.object({ text: text() });

export const FollowUpBody = z.object({
  actionStepProgress: z.enum(ACTION_STEP_PROGRESS),
  note: text().optional(),
});
export const FollowUp = z.object({
  actionStepProgress: z.enum(ACTION_STEP_PROGRESS),
  note: z.string().nullable(),
  at: Timestamp,
});

export const Observation = z.object({
  id: Id,
  kind: z.enum(OBSERVATION_KINDS),
  status: z.enum(OBSERVATION_STATUSES),
  observer: z.object({ id: Id, name: z.string() }),
  teacher: z.object({ id: Id, name: z.string() }),
  scheduledAt: Timestamp,
  durationMinutes: z.number().int(),
  classId: Id.nullable(),
  planId: Id.nullable(),
  focusPracticeIds: z.array(Id),
  note: z.string().nullable(),
  followUpDue: z.string(),
  /** Past due and not followed up (computed on read). */
  followUpOverdue: z.boolean(),
  evidenceCount: z.number().int(),
  /** Look-for id → times seen (quick tallies). */
  tallies: z.record(z.string(), z.number().int()),
  /** Only the observer sees an unshared draft; the teacher sees it once shared. */
  feedback: Feedback.nullable(),
  followUp: FollowUp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Observation = z.infer<typeof Observation>;

export const ObservationListQuery = z.object({
  /** `observing`: visits the caller makes; `observed`: visits to the caller's classroom. */
  role: z.enum(['observing', 'observed']).default('observing'),
  teacherId: Id.optional(),
  status: z.enum(OBSERVATION_STATUSES).optional(),
  overdue: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
