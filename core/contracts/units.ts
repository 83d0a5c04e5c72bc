import { z } from 'zod';
import { Id, Timestamp } from './common';

/** Limits shared by the schemas, the server and the web forms. */
export const UNIT_LIMITS = {
  title: 200,
  shortText: 200,
  text: 4_000,
  standards: 50,
  bigIdeas: 20,
  assessments: 20,
  sequence: 60,
  successCriteria: 12,
  comment: 4_000,
  mentions: 20,
} as const;

/** Student work: what may be uploaded, and how big (checked against the file's bytes, not its declared type). */
export const STUDENT_WORK_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type StudentWorkType = (typeof STUDENT_WORK_TYPES)[number];
export const STUDENT_WORK_MAX_BYTES = 10 * 1024 * 1024;
export const SCORE_LEVELS = [1, 2, 3, 4] as const;

const line = (max: number = UNIT_LIMITS.shortText) => z.string().trim().min(1).max(max);

export const SequenceItem = z.object({
  title: line(),
  /** The lesson plan planned from this step, when someone has planned it. */
  planId: Id.nullable().default(null),
});
export type SequenceItem = z.infer<typeof SequenceItem>;

export const UnitInput = z.object({
  title: line(UNIT_LIMITS.title),
  standards: z.array(line()).max(UNIT_LIMITS.standards).default([]),
  bigIdeas: z.array(line(UNIT_LIMITS.text)).max(UNIT_LIMITS.bigIdeas).default([]),
  assessments: z.array(line(UNIT_LIMITS.text)).max(UNIT_LIMITS.assessments).default([]),
  sequence: z.array(SequenceItem).max(UNIT_LIMITS.sequence).default([]),
  curriculumSource: z.string().trim().max(UNIT_LIMITS.shortText).nullable().default(null),
});

export const CreateUnitBody = UnitInput.extend({ teamId: Id });
/** PUT sends the version it was editing; a stale one answers 409 with `currentVersion`. */
export const UpdateUnitBody = UnitInput.extend({ version: z.number().int().min(1) });

export const Unit = z.object({
  id: Id,
  teamId: Id,
  teamName: z.string(),
  title: z.string(),
  standards: z.array(z.string()),
  bigIdeas: z.array(z.string()),
  assessments: z.array(z.string()),
  sequence: z.array(z.object({ title: z.string(), planId: Id.nullable() })),
  curriculumSource: z.string().nullable(),
  version: z.number().int(),
  createdBy: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Unit = z.infer<typeof Unit>;

export const UnitListQuery = z.object({
  teamId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** "Plan a lesson from the unit": a plan prefilled from the unit, linked into a step of its sequence. */
export const PlanFromUnitBody = z.object({
  /** The step to plan; without it a new step is added at the end. */
  sequenceIndex: z.number().int().min(0).max(UNIT_LIMITS.sequence).optional(),
  date: z.iso.date().nullable().optional(),
});
export const PlanFromUnitResult = z.object({ unit: Unit, planId: Id });

// ── comments ──

export const COMMENT_TARGETS = ['plan', 'unit'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];
/** A field path in the target: `objectives`, `segments.2`, `sequence.0`… */
export const Section = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z]+(\.[0-9]{1,3})?$/, 'Name a section such as objectives or segments.2.');

export const CommentTargetQuery = z.object({ targetType: z.enum(COMMENT_TARGETS), targetId: Id });
export const CreateCommentBody = CommentTargetQuery.extend({
  section: Section,
  body: z.string().trim().min(1).max(UNIT_LIMITS.comment),
  /** People picked in the @mention picker; names written as "@Name" are found as well. */
  mentionIds: z.array(Id).max(UNIT_LIMITS.mentions).default([]),
});
export const Person = z.object({ id: Id, name: z.string() });
export const Comment = z.object({
  id: Id,
  targetType: z.enum(COMMENT_TARGETS),
  targetId: Id,
  section: z.string(),
  body: z.string(),
  author: Person,
  mentions: z.array(Person),
  createdAt: Timestamp,
});
export type Comment = z.infer<typeof Comment>;

// ── student work ──

export const StudentWorkListQuery = z.object({
  teamId: Id.optional(),
  unitId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const TeamIdParams = z.object({ teamId: Id });

export const CriterionSummary = z.object({
  criterion: z.string(),
  count: z.number().int(),
  mean: z.number().nullable(),
  /** How many scorers gave each level, levels 1 to 4. */
  levels: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
});
export const CriterionScore = z.object({
  criterion: line(),
  level: z.number().int().min(1).max(4),
  note: z.string().trim().max(UNIT_LIMITS.text).optional(),
});
export const ScoreBody = z.object({
  meetingId: Id.nullable().optional(),
  scores: z.array(CriterionScore).min(1).max(UNIT_LIMITS.successCriteria),
});

export const StudentWorkSample = z.object({
  id: Id,
  teamId: Id,
  unitId: Id.nullable(),
  meetingId: Id.nullable(),
  title: z.string(),
  successCriteria: z.array(z.string()),
  contentType: z.enum(STUDENT_WORK_TYPES),
  byteSize: z.number().int(),
  fileName: z.string(),
  uploadedBy: Person,
  createdAt: Timestamp,
});
export type StudentWorkSample = z.infer<typeof StudentWorkSample>;

export const StudentWorkDetail = StudentWorkSample.extend({
  summary: z.array(CriterionSummary),
  scorers: z.number().int(),
  /** The caller's own scores, to edit them. */
  myScores: z.array(z.object({ criterion: z.string(), level: z.number().int(), note: z.string().nullable() })),
});
export type StudentWorkDetail = z.infer<typeof StudentWorkDetail>;

/** The multipart fields that come with the file (sent before it). */
export const UploadFields = z.object({
  title: line(UNIT_LIMITS.title),
  /** One criterion per line. */
  successCriteria: z
    .string()
    .max(UNIT_LIMITS.text)
    .default('')
    .transform((text) =>
      text
        .split('\n')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(UNIT_LIMITS.shortText)).max(UNIT_LIMITS.successCriteria)),
  unitId: Id.optional(),
  meetingId: Id.optional(),
  /** The uploader confirms they removed students' names and faces they should not share. */
  namesRemoved: z.literal('true', 'Confirm that student names are removed.'),
});
