import { z } from 'zod';
import { GRADE_BANDS } from '../library/card';
import { LocaleSchema, Timestamp } from './common';

/** PostgreSQL text cannot hold NUL characters: refuse them as bad input rather than fail on them. */
const NoNul = z
  .string()
  .refine((text) => !text.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });

/**
 * A resource id is an opaque string. Built-in starter cards use their stable slug
 * ("hinge-questions"), the same in every language, so insight rules can link to them.
 */
export const ResourceId = z.string().min(1).max(64).describe('Opaque resource id; built-in cards use stable slugs.');
export const ResourceParams = z.object({ id: ResourceId });

export const ResourceListQuery = z.object({
  q: NoNul.trim().max(200).optional().describe('Words to search for, ranked by relevance (web-search syntax).'),
  locale: LocaleSchema.optional().describe("The cards' language; defaults to the caller's locale."),
  practiceId: z.string().max(64).optional().describe('Only cards tagged with this practice (e.g. "questioning").'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type ResourceListQuery = z.infer<typeof ResourceListQuery>;

export const ResourceQuery = z.object({
  locale: LocaleSchema.optional().describe("Preferred language (falls back to the other); defaults to the caller's."),
});

/** One row of a library list. */
export const ResourceSummary = z.object({
  id: ResourceId,
  title: z.string(),
  summary: z.string(),
  locale: LocaleSchema,
  minutes: z.number().int().describe('Reading time.'),
  practiceIds: z.array(z.string()).describe('The teaching practices the card supports (slugs).'),
  tags: z.array(z.string()).describe('practiceIds, then the subjects the card names (none for "all subjects").'),
});
export type ResourceSummary = z.infer<typeof ResourceSummary>;

/** How useful readers in the caller's organization found a card; `mine` is the caller's answer (null: none yet). */
export const ResourceReactions = z.object({
  useful: z.number().int(),
  notUseful: z.number().int(),
  mine: z.boolean().nullable(),
});
export type ResourceReactions = z.infer<typeof ResourceReactions>;

/** The full strategy card. */
export const Resource = ResourceSummary.extend({
  body: z.string().describe('Markdown.'),
  steps: z.array(z.string()),
  whyItWorks: z.string().describe('Markdown: the research behind the strategy.'),
  example: z.string(),
  gradeBands: z.partialRecord(z.enum(GRADE_BANDS), z.string()).describe('How it looks at each grade band.'),
  subjects: z.array(z.string()),
  builtIn: z.boolean().describe("True for Conecta's starter cards; false for a district's own."),
  reactions: ResourceReactions,
});
export type Resource = z.infer<typeof Resource>;

export const REACTION_COMMENT_MAX = 2000;

export const ReactionInput = z.object({
  useful: z.boolean(),
  comment: NoNul.trim().max(REACTION_COMMENT_MAX, 'Keep the comment under 2,000 characters.').optional(),
});
export type ReactionInput = z.infer<typeof ReactionInput>;

/** The caller's one reaction to a card (a second one replaces it). */
export const Reaction = z.object({
  resourceId: ResourceId,
  userId: z.string(),
  useful: z.boolean(),
  comment: z.string().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Reaction = z.infer<typeof Reaction>;
