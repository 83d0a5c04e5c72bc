import { z } from 'zod';
import { Id, LocaleSchema, Timestamp } from './common';
import { ResourceId } from './library';

/** Where a recommendation is shown: each surface asks for the context it sits next to. */
export const RECOMMENDATION_SURFACES = ['home', 'planner', 'feedback'] as const;
export const RECOMMENDATION_KINDS = ['card', 'pathway', 'community', 'peer'] as const;
export const REASON_CODES = [
  'growth-focus',
  'plan-insight',
  'reflection-theme',
  'action-step',
  'similar-teachers',
  'liked-related',
  'new-to-you',
  'starter',
] as const;

/** PostgreSQL text cannot hold NUL characters: refuse them as bad input rather than fail on them. */
const NoNul = z
  .string()
  .refine((text) => !text.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });

export const RecommendationsQuery = z.object({
  surface: z.enum(RECOMMENDATION_SURFACES).default('home'),
  /** In the planner: the caller's own plan the insight belongs to. */
  planId: Id.optional(),
  /** In the planner: the insight rule the teacher is looking at (e.g. "cfu.missing"). */
  ruleId: z
    .string()
    .max(64)
    .regex(/^[a-z0-9.-]+$/, 'Not an insight rule id.')
    .optional(),
  /** In feedback: the caller's own action step (its visit's id). */
  actionStepId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(3),
  /** Only this kind, ranked the same way (Home's "Colleagues to learn from" asks for `peer`). */
  kind: z.enum(RECOMMENDATION_KINDS).optional(),
  locale: LocaleSchema.optional().describe("The reasons' and cards' language; defaults to the caller's."),
});
export type RecommendationsQuery = z.infer<typeof RecommendationsQuery>;

/**
 * Why an item is recommended: a code, the sentence in the caller's language, and the values the
 * sentence was made from (only the ones its code uses). Never names another person.
 */
export const RecommendationReason = z.object({
  code: z.enum(REASON_CODES),
  text: z.string(),
  practice: z.string().optional(),
  ruleId: z.string().optional(),
  plans: z.number().int().optional(),
  practiceTag: z.string().optional(),
  reflections: z.number().int().optional(),
  actionStep: z.string().optional(),
  teachers: z.number().int().optional(),
  cardId: z.string().optional(),
});
export type RecommendationReason = z.infer<typeof RecommendationReason>;

export const RecommendationItem = z.object({
  kind: z.enum(RECOMMENDATION_KINDS),
  /** A card's slug (the library's resource id); a pathway's or community's id; a colleague's user id. */
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  minutes: z.number().int().nullable().describe('Reading time, for a card.'),
  /** For a colleague (`peer`): the practices they offered, one of which a request names. */
  practiceTags: z.array(z.string()).optional(),
  /** Strongest first; at least one. */
  reasons: z.array(RecommendationReason).min(1),
});
export type RecommendationItem = z.infer<typeof RecommendationItem>;

export const RecommendationList = z.object({ items: z.array(RecommendationItem) });
export type RecommendationList = z.infer<typeof RecommendationList>;

export const RecommendationOpenedInput = z.object({
  id: ResourceId,
  /** Where it was opened from. */
  surface: z.enum(RECOMMENDATION_SURFACES).default('home'),
});
export type RecommendationOpenedInput = z.infer<typeof RecommendationOpenedInput>;

export const TRIAL_NOTE_MAX = 2000;

/** "I tried it" (Guskey level 4): optionally on one of the caller's own plans, with a note. */
export const TrialInput = z.object({
  planId: Id.optional(),
  note: NoNul.trim().max(TRIAL_NOTE_MAX, 'Keep the note under 2,000 characters.').optional(),
});
export type TrialInput = z.infer<typeof TrialInput>;

export const Trial = z.object({
  id: Id,
  resourceId: ResourceId,
  /** The caller's plan where it was tried, while it exists. */
  plan: z.object({ id: Id, title: z.string(), date: z.string().nullable() }).nullable(),
  note: z.string().nullable(),
  createdAt: Timestamp,
});
export type Trial = z.infer<typeof Trial>;

export const TrialList = z.object({ items: z.array(Trial) });
export type TrialList = z.infer<typeof TrialList>;
