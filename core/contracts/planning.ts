import { z } from 'zod';
import { Id, Timestamp } from './common';
import { InsightsResult, LessonPlanInput } from './lesson-plans';

export const PLAN_STATUSES = ['draft', 'ready', 'taught'] as const;

/** API.md: LessonPlan = LessonPlanInput & { id, ownerId, version, createdAt, updatedAt, status }. */
export const LessonPlan = LessonPlanInput.extend({
  id: Id,
  ownerId: Id,
  version: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  /** The plan this one was copied from, when it is a copy (POST /lesson-plans/{id}/copies). */
  copiedFrom: Id.nullable().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type LessonPlan = z.infer<typeof LessonPlan>;

export const CreateLessonPlanBody = LessonPlanInput.extend({ status: z.enum(PLAN_STATUSES).optional() });

/** PUT sends the version it was editing; a stale one answers 409 with `currentVersion`. */
export const UpdateLessonPlanBody = CreateLessonPlanBody.extend({ version: z.number().int().min(1) });

export const LessonPlanListQuery = z.object({
  /** `mine` (default): the caller's plans; `shared`: other people's plans shared with the caller. */
  scope: z.enum(['mine', 'shared']).default('mine'),
  /** By date: `asc` (default, a week in order) or `desc` (newest first, e.g. to pick a plan to copy). */
  order: z.enum(['asc', 'desc']).default('asc'),
  classId: Id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const LessonPlanVersion = LessonPlan.omit({ createdAt: true, updatedAt: true }).extend({ savedAt: Timestamp });
export type LessonPlanVersion = z.infer<typeof LessonPlanVersion>;

export const DismissInsightBody = z.object({ reason: z.string().trim().min(1).max(1000) });
export const DismissalParams = z.object({ id: Id, ruleId: z.string().min(1).max(100) });
export const Dismissal = z.object({ ruleId: z.string(), reason: z.string(), createdAt: Timestamp });

/**
 * The stored plan's insights, plus what the analysis took into account, so that a browser
 * re-running `core/insights` as the teacher types reaches the same answer as the server.
 */
export const StoredPlanInsights = InsightsResult.extend({
  context: z.object({
    /** The latest "next time" from a reflection on an earlier lesson of the same class. */
    previousNextTime: z.string().nullable(),
    dismissals: z.array(Dismissal),
    /** The plan owner's growth-focus practices, with the words that show each in a plan (for `focus.absent`). */
    focusPractices: z.array(z.object({ id: Id, title: z.string(), lookForTerms: z.array(z.string()) })),
  }),
});
export type StoredPlanInsights = z.infer<typeof StoredPlanInsights>;
