import { z } from 'zod';
import { Id } from './common';

/*
 * Learning walks (issue 4), non-evaluative: the school's leaders and coaches choose one look-for
 * from the school's framework, visit several classrooms and record, per room, whether the
 * look-for was there and an optional tally of students showing it. What leaves the walk is the
 * school-level pattern: counts, percentages and unattributed notes. No teacher is named, no room
 * is identifiable, and groups of fewer than five rooms are never shown (PEDAGOGY.md §6).
 *
 * Room rows are the walker's own working notes: each walker sees the rooms they captured while
 * the walk is open (to correct a mis-tap); once closed only the pattern remains.
 */

/** Groups smaller than this are never shown (PEDAGOGY.md §6). */
export const WALK_MIN_GROUP = 5;

export const WALK_LIMITS = {
  purpose: 500,
  note: 280,
  roomLabel: 40,
  roomsPerWalk: 200,
  studentsPerRoom: 200,
} as const;

export const WALK_STATUSES = ['open', 'closed'] as const;
export type WalkStatus = (typeof WALK_STATUSES)[number];

/** Whether the focus look-for was seen in the room: clearly, in part (some students, some of the time), or not. */
export const WALK_EVIDENCE = ['seen', 'partly', 'not-seen'] as const;
export type WalkEvidence = (typeof WALK_EVIDENCE)[number];

/** Grade bands, coarse on purpose: a band holds several classrooms, so grouping by it does not point at one. */
export const WALK_GRADE_BANDS = ['prek-2', '3-5', '6-8', '9-12'] as const;
export type WalkGradeBand = (typeof WALK_GRADE_BANDS)[number];

export const WALK_SUBJECTS = [
  'math',
  'literacy',
  'science',
  'social-studies',
  'world-languages',
  'arts',
  'physical-education',
  'other',
] as const;
export type WalkSubject = (typeof WALK_SUBJECTS)[number];

const day = z.iso.date();

export const StartWalkBody = z.object({
  schoolId: Id,
  /** A look-for of the framework the school uses (422 otherwise). */
  lookForId: Id,
  purpose: z.string().trim().min(1).max(WALK_LIMITS.purpose).optional(),
  /** The day of the walk; default: today (server calendar). */
  date: day.optional(),
});

/**
 * Students showing the look-for out of the students the walker could see. Optional: a room may
 * be recorded with its evidence alone. Summed over rooms it gives the share of students doing it.
 */
export const RoomTally = z
  .object({
    showing: z.number().int().min(0).max(WALK_LIMITS.studentsPerRoom),
    observed: z.number().int().min(1).max(WALK_LIMITS.studentsPerRoom),
  })
  .refine((t) => t.showing <= t.observed, { message: 'Cannot exceed the students observed.', path: ['showing'] });

/**
 * One room, sent with the walker's device-made client id in the path: sending it again (offline
 * resend) changes nothing, sending it changed corrects the room.
 */
export const RoomVisitBody = z.object({
  /** The walker's own reminder (e.g. "Room 12"); never shown in a report. Never a person's name. */
  roomLabel: z.string().trim().min(1).max(WALK_LIMITS.roomLabel).nullable().optional(),
  gradeBand: z.enum(WALK_GRADE_BANDS).nullable().optional(),
  subject: z.enum(WALK_SUBJECTS).nullable().optional(),
  evidence: z.enum(WALK_EVIDENCE),
  tally: RoomTally.nullable().optional(),
  /** What was seen, without names (max 280 characters). */
  note: z.string().trim().min(1).max(WALK_LIMITS.note).nullable().optional(),
});

export const RoomVisitParams = z.object({ id: Id, clientId: z.uuid() });

export const RoomVisit = z.object({
  clientId: z.string(),
  roomLabel: z.string().nullable(),
  gradeBand: z.enum(WALK_GRADE_BANDS).nullable(),
  subject: z.enum(WALK_SUBJECTS).nullable(),
  evidence: z.enum(WALK_EVIDENCE),
  tally: z.object({ showing: z.number().int(), observed: z.number().int() }).nullable(),
  note: z.string().nullable(),
});
export type RoomVisit = z.infer<typeof RoomVisit>;

export const WalkFocus = z.object({
  lookForId: Id,
  /** The look-for's and its practice's text as they were when the walk started, in the reader's language. */
  lookForText: z.string(),
  practiceId: Id,
  practiceTitle: z.string(),
});

export const Share = z.object({ rooms: z.number().int(), percent: z.number().int() });

/** The school-level pattern; null while fewer than five rooms were visited. */
export const WalkPattern = z.object({
  seen: Share,
  partly: Share,
  notSeen: Share,
  /** Seen or partly. */
  seenAtLeastPartly: Share,
});
export type WalkPattern = z.infer<typeof WalkPattern>;

export const WalkSummary = z.object({
  id: Id,
  schoolId: Id,
  schoolName: z.string(),
  date: z.string(),
  status: z.enum(WALK_STATUSES),
  purpose: z.string().nullable(),
  focus: WalkFocus,
  roomsVisited: z.number().int(),
  /** True when fewer than five rooms were visited: the pattern is not shown. */
  suppressed: z.boolean(),
  pattern: WalkPattern.nullable(),
  /** The caller may record rooms and close the walk (a leader or coach of its school, while open). */
  canCapture: z.boolean(),
  /** The caller may read the full report (leaders and coaches of the school, district admins). */
  canReadReport: z.boolean(),
});
export type WalkSummary = z.infer<typeof WalkSummary>;

export const Walk = WalkSummary.extend({
  /** The caller's own rooms while the walk is open; empty for everyone once it is closed. */
  myRooms: z.array(RoomVisit),
});
export type Walk = z.infer<typeof Walk>;

export const WalkGroup = z.object({ key: z.string(), rooms: z.number().int(), pattern: WalkPattern });

/** A breakdown by one dimension: only groups of five rooms or more, and only when what is left out cannot be derived. */
export const WalkBreakdown = z.object({
  groups: z.array(WalkGroup),
  /** Rooms in groups not shown (smaller than five, or unspecified). */
  roomsNotShown: z.number().int(),
  /** The whole breakdown is withheld because the hidden rooms could be worked out by subtraction. */
  withheld: z.boolean(),
});

export const WalkReport = z.object({
  walk: WalkSummary,
  minimumGroup: z.number().int(),
  roomsVisited: z.number().int(),
  suppressed: z.boolean(),
  pattern: WalkPattern.nullable(),
  /** Students showing the look-for over students observed, in rooms with a tally (five or more such rooms). */
  students: z
    .object({
      rooms: z.number().int(),
      showing: z.number().int(),
      observed: z.number().int(),
      percent: z.number().int(),
    })
    .nullable(),
  byGradeBand: WalkBreakdown.nullable(),
  bySubject: WalkBreakdown.nullable(),
  /** Notes sorted by their text, so none can be matched to a room or a moment. */
  notes: z.array(z.string()),
});
export type WalkReport = z.infer<typeof WalkReport>;

export const WalkListQuery = z.object({
  schoolId: Id.optional(),
  status: z.enum(WALK_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
