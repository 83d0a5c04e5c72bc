import { z } from 'zod';
import { Id, Timestamp } from './common';
import { OBSERVATION_KINDS } from './observations';

/*
 * Coaching cycles (issue 4; PEDAGOGY.md §4): identify → learn → improve, then closed. A goal about
 * students that can be measured (core/cycles checks it and hints, never blocks), a baseline, a
 * target by a date, a strategy (a strategy card and/or the coach's own words), practice sessions,
 * progress checks (the chart's data points), and links to the teacher's plans, the coach's
 * observations of them and the teacher's reflections, all on one timeline.
 *
 * Only the coach and the teacher ever read a cycle. Who may do what:
 * - the coach (a coach or school leader at the teacher's school) opens it, edits the goal, data,
 *   strategy and stage, logs practice sessions and closes it with an outcome;
 * - the teacher writes their reflection (also after the close) and may add progress checks;
 * - either adds progress checks and links, and removes links they added (the teacher any link:
 *   the work is theirs).
 * Everything but the teacher's reflection is read-only once closed (409).
 */

export const CYCLE_STAGES = ['identify', 'learn', 'improve', 'closed'] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];
/** The stages an open cycle moves between (closing is its own route, with an outcome). */
export const OPEN_CYCLE_STAGES = ['identify', 'learn', 'improve'] as const;

export const PRACTICE_SESSION_KINDS = [
  'modelling',
  'co-planning',
  'rehearsal',
  'co-teaching',
  'observation',
  'debrief',
  'other',
] as const;
export type PracticeSessionKind = (typeof PRACTICE_SESSION_KINDS)[number];

/** `percent`: values 0–100; `count`: any number of things (minutes, answers, students). */
export const CYCLE_UNITS = ['percent', 'count'] as const;
export type CycleUnit = (typeof CYCLE_UNITS)[number];

export const CYCLE_LINK_KINDS = ['plan', 'observation', 'reflection'] as const;
export type CycleLinkKind = (typeof CYCLE_LINK_KINDS)[number];

export const CYCLE_LIMITS = {
  goal: 500,
  text: 4_000,
  shortText: 500,
  sessionsPerCycle: 200,
  checksPerCycle: 200,
  linksPerCycle: 100,
  maxValue: 1_000_000,
} as const;

/** PostgreSQL text cannot hold NUL characters: refuse them as bad input rather than fail on them. */
const withoutNul = (schema: z.ZodString) =>
  schema.refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });
const text = (max: number = CYCLE_LIMITS.text) => withoutNul(z.string().trim().min(1).max(max));
const day = z.iso.date();
const value = z.number().finite().min(0).max(CYCLE_LIMITS.maxValue);
/** A strategy card's id (its slug, see /resources). */
const CardId = withoutNul(z.string().trim().min(1).max(100));

export const StartCycleBody = z.object({
  teacherId: Id,
  /** About students and measurable: "80 % of students cite evidence in their written answers by March". */
  goal: text(CYCLE_LIMITS.goal),
  /** What is counted, and how: "students citing evidence in Friday's exit ticket, of those present". */
  measure: text(CYCLE_LIMITS.shortText),
  unit: z.enum(CYCLE_UNITS).default('percent'),
  baselineValue: value,
  /** Where the baseline comes from (a task, an observation, student work). */
  baselineEvidence: text().nullable().optional(),
  targetValue: value,
  targetDate: day,
  strategyCardId: CardId.nullable().optional(),
  strategyText: text().nullable().optional(),
});

/**
 * The coach edits the cycle's substance and stage; the teacher writes `teacherReflection` (the
 * only field that may change after the close). Sending a field the caller may not change is 403.
 */
export const UpdateCycleBody = z.object({
  goal: text(CYCLE_LIMITS.goal).optional(),
  measure: text(CYCLE_LIMITS.shortText).optional(),
  unit: z.enum(CYCLE_UNITS).optional(),
  baselineValue: value.optional(),
  baselineEvidence: text().nullable().optional(),
  targetValue: value.optional(),
  targetDate: day.optional(),
  strategyCardId: CardId.nullable().optional(),
  strategyText: text().nullable().optional(),
  stage: z.enum(OPEN_CYCLE_STAGES).optional(),
  teacherReflection: text().nullable().optional(),
});

export const CloseCycleBody = z.object({
  /** What happened to the goal, in the coach's words (the teacher adds their reflection). */
  outcome: text(),
});

export const PracticeSessionBody = z.object({
  /** Made by the device; sending it again answers 200 with the stored session. */
  clientId: z.uuid().optional(),
  date: day,
  kind: z.enum(PRACTICE_SESSION_KINDS),
  notes: text().nullable().optional(),
});

export const ProgressCheckBody = z.object({
  clientId: z.uuid().optional(),
  date: day,
  value,
  note: text(CYCLE_LIMITS.shortText).nullable().optional(),
});

export const CycleLinkBody = z.object({
  kind: z.enum(CYCLE_LINK_KINDS),
  /** The lesson plan's, observation's or reflection's id. */
  targetId: Id,
});

export const LinkParams = z.object({ id: Id, linkId: Id });

const PersonRef = z.object({ id: Id, name: z.string() });

export const PracticeSession = z.object({
  id: Id,
  clientId: z.string().nullable(),
  date: z.string(),
  kind: z.enum(PRACTICE_SESSION_KINDS),
  notes: z.string().nullable(),
  createdBy: Id,
  createdAt: Timestamp,
});
export type PracticeSession = z.infer<typeof PracticeSession>;

export const ProgressCheck = z.object({
  id: Id,
  clientId: z.string().nullable(),
  date: z.string(),
  value: z.number(),
  note: z.string().nullable(),
  createdBy: Id,
  createdAt: Timestamp,
});
export type ProgressCheck = z.infer<typeof ProgressCheck>;

export const CycleLink = z.object({
  id: Id,
  kind: z.enum(CYCLE_LINK_KINDS),
  targetId: Id,
  createdBy: Id,
  createdAt: Timestamp,
});
export type CycleLink = z.infer<typeof CycleLink>;

export const CycleSummary = z.object({
  id: Id,
  coach: PersonRef,
  teacher: PersonRef,
  goal: z.string(),
  stage: z.enum(CYCLE_STAGES),
  unit: z.enum(CYCLE_UNITS),
  baselineValue: z.number(),
  targetValue: z.number(),
  targetDate: z.string(),
  /** The newest progress check's value (by date), null before the first. */
  latestValue: z.number().nullable(),
  closedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CycleSummary = z.infer<typeof CycleSummary>;

export const Cycle = CycleSummary.extend({
  measure: z.string(),
  baselineEvidence: z.string().nullable(),
  strategy: z.object({
    cardId: z.string().nullable(),
    /** The card's title in the reader's language (or its other one); null when no card or it was withdrawn. */
    cardTitle: z.string().nullable(),
    text: z.string().nullable(),
  }),
  outcome: z.string().nullable(),
  teacherReflection: z.string().nullable(),
  reflectedAt: Timestamp.nullable(),
  /** By date, oldest first. */
  sessions: z.array(PracticeSession),
  /** By date, oldest first: the chart's points. */
  checks: z.array(ProgressCheck),
  /** Only links to what both people may see (a plan the teacher stopped sharing drops out). */
  links: z.array(CycleLink),
});
export type Cycle = z.infer<typeof Cycle>;

export const CycleListQuery = z.object({
  /** `coaching`: cycles the caller coaches; `coached`: cycles about the caller's teaching. */
  role: z.enum(['coaching', 'coached']).default('coaching'),
  status: z.enum(['open', 'closed']).optional(),
  teacherId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const TIMELINE_KINDS = ['opened', 'session', 'check', 'plan', 'observation', 'reflection', 'closed'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * One event of the cycle, in date order. Only what both people may see: a linked plan or
 * reflection while the coach may read it, an observation's action step only once shared.
 */
export const CycleTimelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
  /** The session's, check's or artefact's id (the cycle's own for opened / closed). */
  id: Id,
  /** YYYY-MM-DD. */
  date: z.string(),
  /** A plan's title (also for a reflection: the plan it reflects on); null for the rest. */
  title: z.string().nullable(),
  /** Session notes, a check's note, an observation's shared action step, a reflection's "next time", the outcome. */
  text: z.string().nullable(),
  /** A progress check's value. */
  value: z.number().nullable(),
  /** A session's kind or an observation's kind. */
  subtype: z.enum([...PRACTICE_SESSION_KINDS, ...OBSERVATION_KINDS]).nullable(),
  /** The link (to remove it), for linked artefacts. */
  linkId: Id.nullable(),
  /** The plan to open, for plans and reflections. */
  planId: Id.nullable(),
});
export type CycleTimelineItem = z.infer<typeof CycleTimelineItem>;

export const CycleTimeline = z.object({ items: z.array(CycleTimelineItem) });
export type CycleTimeline = z.infer<typeof CycleTimeline>;
