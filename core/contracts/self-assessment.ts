import { z } from 'zod';
import { CPL_BANDS, CPL_DOMAINS, CPL_INDICATOR_KEYS, CPL_ITEM_IDS, isCplItemId } from '../cpl/index';
import { Timestamp } from './common';
import { SchoolYear } from './impact';

/*
 * The Connected-Professional-Learning self-assessment (issue 6): one per district per school year.
 * A district admin answers it (the draft autosaves) and submits it; school leaders read it. The
 * results set the self-ratings beside what the platform counts. Diagnostic, not evaluative.
 */

export const SELF_ASSESSMENT_LIMITS = { note: 2_000 } as const;
export const SELF_ASSESSMENT_STATUSES = ['not-started', 'draft', 'submitted'] as const;
export const STORED_SELF_ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;

/** The school years the platform counts over: "2000-01" to "2099-00" (the second half is the first + 1). */
export const SCHOOL_YEAR_RANGE = { first: 2000, last: 2099 } as const;
export const BoundedSchoolYear = SchoolYear.refine((year) => {
  const start = Number(year.slice(0, 4));
  return start >= SCHOOL_YEAR_RANGE.first && start <= SCHOOL_YEAR_RANGE.last;
}, 'Choose a school year from 2000-01 to 2099-00.');

export const SchoolYearParams = z.object({ schoolYear: BoundedSchoolYear });

const Domain = z.enum(CPL_DOMAINS);
const Localized = z.object({ en: z.string(), es: z.string() });

/** A partial save: each item set to 1–4 or cleared with null; each domain's note set or cleared. */
export const SaveSelfAssessmentBody = z
  .object({
    answers: z
      .record(z.string().max(80), z.number().int().min(1).max(4).nullable())
      .refine((answers) => Object.keys(answers).every(isCplItemId), 'Answer only the questions in the form.')
      .refine((answers) => Object.keys(answers).length <= CPL_ITEM_IDS.length, 'Too many answers.')
      .optional(),
    notes: z.partialRecord(Domain, z.string().max(SELF_ASSESSMENT_LIMITS.note).nullable()).optional(),
  })
  .strict();
export type SaveSelfAssessmentBody = z.infer<typeof SaveSelfAssessmentBody>;

export const SelfAssessmentEvent = z.object({ event: z.enum(['submitted', 'reopened']), at: Timestamp });

export const SelfAssessment = z.object({
  schoolYear: z.string(),
  status: z.enum(SELF_ASSESSMENT_STATUSES),
  instrumentVersion: z.number().int(),
  answers: z.record(z.string(), z.number().int()),
  notes: z.partialRecord(Domain, z.string()),
  updatedAt: Timestamp.nullable(),
  submittedAt: Timestamp.nullable(),
  /** Submissions and reopenings, oldest first. */
  history: z.array(SelfAssessmentEvent),
  /** Whether the reader may change it now (a district admin, while it is not submitted). */
  canEdit: z.boolean(),
  canReopen: z.boolean(),
});
export type SelfAssessment = z.infer<typeof SelfAssessment>;

const Score = { mean: z.number().nullable(), answered: z.number().int(), items: z.number().int() };

/** A platform indicator: its value, or nothing at all when it rests on fewer than 5 people or on no data. */
export const IndicatorCell = z.object({
  key: z.enum(CPL_INDICATOR_KEYS),
  benchmark: z.number().nullable(),
  suppressed: z.boolean(),
  reason: z.enum(['small-group', 'no-data']).nullable(),
  value: z.number().nullable(),
  people: z.number().int().nullable(),
});
export type IndicatorCell = z.infer<typeof IndicatorCell>;

export const DomainResult = z.object({
  domain: Domain,
  ...Score,
  band: z.enum(CPL_BANDS).nullable(),
  subDimensions: z.array(z.object({ id: z.string(), ...Score })),
  nextSteps: z.array(Localized),
  note: z.string().nullable(),
  indicators: z.array(IndicatorCell),
});
export type DomainResult = z.infer<typeof DomainResult>;

export const SelfAssessmentResults = z.object({
  schoolYear: z.string(),
  status: z.enum(SELF_ASSESSMENT_STATUSES),
  /** The span the indicators were counted over (the school year, up to today). */
  from: z.string(),
  to: z.string(),
  domains: z.array(DomainResult),
});
export type SelfAssessmentResults = z.infer<typeof SelfAssessmentResults>;

export const SelfAssessmentYear = z.object({
  schoolYear: z.string(),
  status: z.enum(STORED_SELF_ASSESSMENT_STATUSES),
  submittedAt: Timestamp.nullable(),
  domains: z.array(z.object({ domain: Domain, mean: z.number().nullable(), band: z.enum(CPL_BANDS).nullable() })),
});
export type SelfAssessmentYear = z.infer<typeof SelfAssessmentYear>;
export const SelfAssessmentYears = z.object({ items: z.array(SelfAssessmentYear) });
export type SelfAssessmentYears = z.infer<typeof SelfAssessmentYears>;
