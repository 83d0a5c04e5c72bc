import { z } from 'zod';
import { Id, LocaleSchema } from './common';

/**
 * Lesson plans and their insights (API.md). Every string and array is bounded so that a
 * plan sent to the analysis endpoint (or typed in the browser) cannot grow without limit:
 * the insights engine is linear in the size of the plan, so bounding the input bounds its cost.
 */

export const SEGMENT_KINDS = [
  'opening',
  'instruction',
  'guided-practice',
  'independent-practice',
  'discussion',
  'assessment',
  'closure',
  'other',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const GROUPINGS = ['whole-class', 'small-groups', 'pairs', 'individual'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const PLAN_VISIBILITIES = ['private', 'team', 'coach'] as const;
export type PlanVisibility = (typeof PLAN_VISIBILITIES)[number];

export const INSIGHT_KINDS = ['question', 'suggestion', 'strength'] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** Limits shared by the schema and by tests that generate plans at the bounds. */
export const PLAN_LIMITS = {
  title: 200,
  shortText: 200,
  text: 4_000,
  longText: 10_000,
  objectives: 20,
  successCriteria: 20,
  standards: 30,
  materials: 50,
  segments: 50,
  supports: 30,
  rationaleEntries: 50,
  focusPracticeIds: 20,
  minutes: 600,
} as const;

const text = (max: number = PLAN_LIMITS.text) => z.string().max(max);

export const CheckForUnderstanding = z.object({
  technique: text(PLAN_LIMITS.shortText * 2).optional(),
  question: text().optional(),
  decisionRule: text().optional(),
});
export type CheckForUnderstanding = z.infer<typeof CheckForUnderstanding>;

export const LessonSegment = z.object({
  title: text(PLAN_LIMITS.shortText),
  kind: z.enum(SEGMENT_KINDS).optional(),
  minutes: z.number().min(0).max(PLAN_LIMITS.minutes).nullable().optional(),
  grouping: z.enum(GROUPINGS).optional(),
  description: text(PLAN_LIMITS.longText).optional(),
  checkForUnderstanding: CheckForUnderstanding.nullable().optional(),
});
export type LessonSegment = z.infer<typeof LessonSegment>;

export const LessonSupport = z.object({
  for: text(PLAN_LIMITS.shortText).optional(),
  description: text(),
});
export type LessonSupport = z.infer<typeof LessonSupport>;

export const LessonPlanInput = z.object({
  classId: Id.nullable().optional(),
  title: z.string().min(1).max(PLAN_LIMITS.title),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.')
    .nullable()
    .optional(),
  periodMinutes: z.number().int().min(1).max(PLAN_LIMITS.minutes).nullable().optional(),
  locale: LocaleSchema.optional(),
  objectives: z.array(text()).max(PLAN_LIMITS.objectives),
  successCriteria: z.array(text()).max(PLAN_LIMITS.successCriteria).optional(),
  standards: z.array(text(PLAN_LIMITS.shortText)).max(PLAN_LIMITS.standards).optional(),
  materials: z
    .array(text(PLAN_LIMITS.shortText * 2))
    .max(PLAN_LIMITS.materials)
    .optional(),
  segments: z.array(LessonSegment).max(PLAN_LIMITS.segments),
  supports: z.array(LessonSupport).max(PLAN_LIMITS.supports).optional(),
  exitTicket: text().nullable().optional(),
  rationale: z
    .record(text(PLAN_LIMITS.shortText), text())
    .refine((value) => Object.keys(value).length <= PLAN_LIMITS.rationaleEntries, {
      message: `At most ${PLAN_LIMITS.rationaleEntries} rationale notes.`,
    })
    .optional()
    .describe('"Why" notes keyed by field path, e.g. "objectives[0]" or "segments[2].grouping".'),
  focusPracticeIds: z.array(Id).max(PLAN_LIMITS.focusPracticeIds).optional(),
  visibility: z.enum(PLAN_VISIBILITIES).default('private'),
});
/** A validated plan (defaults applied). */
export type LessonPlanInput = z.infer<typeof LessonPlanInput>;
/** A plan as a client writes it (defaults not yet applied); the insights engine accepts this. */
export type LessonPlanDraft = z.input<typeof LessonPlanInput>;

export const InsightEvidence = z.object({
  field: z.string().describe('JSON path into the plan, e.g. "objectives[0]" or "segments[2].minutes".'),
  text: z.string().describe('The words that triggered the insight, or a short statement of what is absent.'),
});
export type InsightEvidence = z.infer<typeof InsightEvidence>;

export const Insight = z.object({
  ruleId: z.string(),
  kind: z.enum(INSIGHT_KINDS),
  message: z.string(),
  evidence: z.array(InsightEvidence),
  resourceIds: z.array(z.string()),
});
export type Insight = z.infer<typeof Insight>;

export const InsightsResult = z.object({
  rulesetVersion: z.string(),
  insights: z.array(Insight),
});
export type InsightsResult = z.infer<typeof InsightsResult>;
