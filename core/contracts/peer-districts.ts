import { z } from 'zod';
import { CONTEXT_LIMITS, URBANICITIES } from '../peers/context';
import { Timestamp } from './common';
import { BoundedSchoolYear } from './self-assessment';

/*
 * Districts like yours (issue 6, PRODUCT.md §6): a district's context profile and opt-in, and the
 * anonymised comparison with similar opted-in districts. Nothing here names or counts another
 * district: only coarsened medians and middle halves (docs/adr/0008-districts-like-yours.md).
 */

const percent = z
  .number()
  .finite()
  .min(CONTEXT_LIMITS.percent.min, 'Enter a percentage from 0 to 100.')
  .max(CONTEXT_LIMITS.percent.max, 'Enter a percentage from 0 to 100.');

export const UrbanicitySchema = z.enum(URBANICITIES);

export const PeerProfileBody = z
  .object({
    studentCount: z
      .number()
      .int('Enter the number of students, from 1 to 2,000,000.')
      .min(CONTEXT_LIMITS.studentCount.min, 'Enter the number of students, from 1 to 2,000,000.')
      .max(CONTEXT_LIMITS.studentCount.max, 'Enter the number of students, from 1 to 2,000,000.'),
    povertyRate: percent,
    englishLearnerShare: percent,
    urbanicity: UrbanicitySchema,
    optedIn: z.boolean(),
  })
  .strict();
export type PeerProfileBody = z.infer<typeof PeerProfileBody>;

export const PeerProfile = z.object({
  /** False until an admin saves the context for the first time. */
  saved: z.boolean(),
  studentCount: z.number().int().nullable(),
  povertyRate: z.number().nullable(),
  englishLearnerShare: z.number().nullable(),
  urbanicity: UrbanicitySchema.nullable(),
  optedIn: z.boolean(),
  /** Who opted the district in and when (people of the same district only). */
  optedInBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  optedInAt: Timestamp.nullable(),
  updatedAt: Timestamp.nullable(),
});
export type PeerProfile = z.infer<typeof PeerProfile>;

export const ComparisonQuery = z.object({ schoolYear: BoundedSchoolYear.optional() });

export const COMPARISON_STATUSES = ['no-profile', 'not-opted-in', 'too-few-peers', 'ready'] as const;
export const STANDINGS = ['below', 'within', 'above'] as const;

export const PeerComparison = z.object({
  schoolYear: z.string(),
  /**
   * no-profile / not-opted-in: the district shares nothing, so it sees nothing (give to get);
   * too-few-peers: fewer than 5 similar opted-in districts; ready: indicators compared.
   */
  status: z.enum(COMPARISON_STATUSES),
  /** When the district's own snapshot was last refreshed; null before the first. */
  refreshedAt: Timestamp.nullable(),
  indicators: z.array(
    z.object({
      key: z.string(),
      domain: z.string(),
      yours: z.number().nullable(),
      /** Null when fewer than 5 similar districts have a value resting on at least 5 people. */
      peers: z.object({ median: z.number(), low: z.number(), high: z.number() }).nullable(),
      standing: z.enum(STANDINGS).nullable(),
    }),
  ),
});
export type PeerComparison = z.infer<typeof PeerComparison>;
