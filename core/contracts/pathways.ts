import { z } from 'zod';
import { Id, Timestamp } from './common';
import { ResourceId } from './library';

/**
 * Pathways (issue 6): an ordered set of strategy cards and tasks for a group (new teachers,
 * coaches) or an initiative, with each learner's progress. Authors write text in English and/or
 * Spanish; the API answers in the reader's language, and gives authors the text as written.
 */

export const PATHWAY_AUDIENCES = ['new_teachers', 'teachers', 'coaches', 'leaders'] as const;
export type PathwayAudience = (typeof PATHWAY_AUDIENCES)[number];
export const PATHWAY_STATUSES = ['draft', 'published', 'archived'] as const;
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];
export const STEP_KINDS = ['card', 'task'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const PATHWAY_LIMITS = {
  title: 200,
  description: 2_000,
  instructions: 4_000,
  note: 2_000,
  steps: 30,
  enrol: 500,
} as const;

/** PostgreSQL text and jsonb cannot hold NUL characters: refuse them as bad input. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });

/** Text in one or both languages; at least one. */
export const PathwayText = (max: number) =>
  z
    .object({ en: text(max).optional(), es: text(max).optional() })
    .strict()
    .refine((value) => value.en !== undefined || value.es !== undefined, 'Give the text in English or Spanish.');
export type PathwayText = { en?: string | undefined; es?: string | undefined };

/** A step as an author writes it; `id` keeps an existing step (and everyone's completions of it). */
export const StepBody = z.discriminatedUnion('kind', [
  z.object({ id: Id.optional(), kind: z.literal('card'), cardId: ResourceId }).strict(),
  z
    .object({
      id: Id.optional(),
      kind: z.literal('task'),
      title: PathwayText(PATHWAY_LIMITS.title),
      instructions: PathwayText(PATHWAY_LIMITS.instructions),
    })
    .strict(),
]);
export type StepBody = z.infer<typeof StepBody>;

/** Create, or replace whole (PUT): the steps in their new order; steps left out are removed. */
export const PathwayBody = z
  .object({
    title: PathwayText(PATHWAY_LIMITS.title),
    description: PathwayText(PATHWAY_LIMITS.description).nullable().optional(),
    audience: z.enum(PATHWAY_AUDIENCES),
    initiativeId: Id.nullable().optional(),
    steps: z.array(StepBody).max(PATHWAY_LIMITS.steps, 'Keep a pathway to 30 steps.').default([]),
  })
  .strict();
export type PathwayBody = z.infer<typeof PathwayBody>;

export const StatusBody = z.object({ status: z.enum(PATHWAY_STATUSES) }).strict();
export type StatusBody = z.infer<typeof StatusBody>;

export const EnrolBody = z
  .object({ userIds: z.array(Id).min(1).max(PATHWAY_LIMITS.enrol, 'Enrol at most 500 people at once.') })
  .strict();
export type EnrolBody = z.infer<typeof EnrolBody>;

export const CompletionBody = z
  .object({
    note: z
      .string()
      .trim()
      .max(PATHWAY_LIMITS.note, 'Keep the note under 2,000 characters.')
      .refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' })
      .optional(),
    /** One of the caller's own lesson plans, where they tried it. */
    planId: Id.nullable().optional(),
  })
  .strict();
export type CompletionBody = z.infer<typeof CompletionBody>;

export const StepParams = z.object({ id: Id, stepId: Id });

export const Progress = z.object({ completed: z.number().int(), total: z.number().int() });
export type Progress = z.infer<typeof Progress>;

export const PathwayStep = z.object({
  id: Id,
  kind: z.enum(STEP_KINDS),
  /** A card step: the card's slug (link to /library/{cardId}); null for a task. */
  cardId: z.string().nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  instructions: z.string().nullable(),
  /** The caller's own completion; never anyone else's. */
  completion: z
    .object({
      completedAt: Timestamp,
      note: z.string().nullable(),
      plan: z.object({ id: Id, title: z.string() }).nullable(),
    })
    .nullable(),
});
export type PathwayStep = z.infer<typeof PathwayStep>;

/** The text as written, for the authoring form (authors only). */
export const PathwaySource = z.object({
  title: z.object({ en: z.string().optional(), es: z.string().optional() }),
  description: z.object({ en: z.string().optional(), es: z.string().optional() }).nullable(),
  steps: z.array(
    z.object({
      id: Id,
      kind: z.enum(STEP_KINDS),
      cardId: z.string().nullable(),
      title: z.object({ en: z.string().optional(), es: z.string().optional() }).nullable(),
      instructions: z.object({ en: z.string().optional(), es: z.string().optional() }).nullable(),
    }),
  ),
});
export type PathwaySource = z.infer<typeof PathwaySource>;

export const PathwaySummary = z.object({
  id: Id,
  title: z.string(),
  description: z.string().nullable(),
  audience: z.enum(PATHWAY_AUDIENCES),
  status: z.enum(PATHWAY_STATUSES),
  initiativeId: Id.nullable(),
  stepCount: z.number().int(),
  enrolled: z.boolean(),
  /** The caller's own progress, when enrolled. */
  progress: Progress.nullable(),
  canEdit: z.boolean(),
  updatedAt: Timestamp,
});
export type PathwaySummary = z.infer<typeof PathwaySummary>;

export const PathwayList = z.object({ items: z.array(PathwaySummary) });
export type PathwayList = z.infer<typeof PathwayList>;

export const Pathway = PathwaySummary.extend({
  authorName: z.string().nullable(),
  steps: z.array(PathwayStep),
  source: PathwaySource.nullable(),
});
export type Pathway = z.infer<typeof Pathway>;

/**
 * How a pathway is going, for its editors: per step, how many enrolled people completed it (null,
 * suppressed, while fewer than 5 follow it). `people` (each person's count, never their notes):
 * only those the editors assigned who are within the caller's people scope (their schools; the
 * district for admins), never those who enrolled themselves.
 */
export const PathwayProgress = z.object({
  enrolled: z.number().int(),
  steps: z.array(z.object({ stepId: Id, title: z.string(), completed: z.number().int().nullable() })),
  people: z
    .array(
      z.object({
        userId: Id,
        name: z.string(),
        completed: z.number().int(),
        total: z.number().int(),
        assigned: z.boolean(),
      }),
    )
    .nullable(),
});
export type PathwayProgress = z.infer<typeof PathwayProgress>;

export const EnrolResult = z.object({ enrolled: z.number().int(), already: z.number().int() });
export type EnrolResult = z.infer<typeof EnrolResult>;
