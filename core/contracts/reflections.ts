import { z } from 'zod';
import { Id, LocaleSchema, Timestamp } from './common';

/** The four optional prompts a teacher answers after a lesson (PEDAGOGY.md §2). */
export const REFLECTION_FIELDS = ['whatHappened', 'studentEvidence', 'whyAndAlternatives', 'nextTime'] as const;
export type ReflectionField = (typeof REFLECTION_FIELDS)[number];

/** Hatton & Smith levels, indexed by level - 1. */
export const REFLECTION_LABELS = ['descriptive', 'descriptive-reflective', 'dialogic', 'critical'] as const;
export type ReflectionLabel = (typeof REFLECTION_LABELS)[number];

export const INDICATOR_CATEGORIES = [
  'causal',
  'evidence',
  'alternative',
  'self-question',
  'perspective',
  'assumption',
  'context',
  'future-plan',
  'blame',
] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/** Long enough for a thorough reflection, bounded so analysis time stays predictable. */
export const REFLECTION_FIELD_MAX = 10_000;

const ReflectionText = z.string().max(REFLECTION_FIELD_MAX, 'Keep each answer under 10,000 characters.');

const reflectionFields = {
  whatHappened: ReflectionText.optional(),
  studentEvidence: ReflectionText.optional(),
  whyAndAlternatives: ReflectionText.optional(),
  nextTime: ReflectionText.optional(),
};

type ReflectionFieldValues = Partial<Record<ReflectionField, string | undefined>>;

function hasSomeText(value: ReflectionFieldValues): boolean {
  return REFLECTION_FIELDS.some((field) => (value[field] ?? '').trim().length > 0);
}

const AT_LEAST_ONE = {
  message: 'Answer at least one of the prompts (what happened, student evidence, why and alternatives, next time).',
  path: [] as string[],
};

/** Unrefined object, kept so other schemas can extend it (Zod refuses to extend refined objects). */
const ReflectionInputObject = z.object(reflectionFields);

export const ReflectionInput = ReflectionInputObject.refine(hasSomeText, AT_LEAST_ONE);
export type ReflectionInput = z.infer<typeof ReflectionInput>;

export const ReflectionLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type ReflectionLevel = z.infer<typeof ReflectionLevel>;

export const ReflectionIndicator = z.object({
  id: z.string().describe('Stable indicator id from the ruleset, e.g. "causal.because".'),
  category: z.enum(INDICATOR_CATEGORIES),
  text: z.string().describe("The exact words from the teacher's writing that triggered the indicator."),
  field: z.enum(REFLECTION_FIELDS).optional().describe('The prompt the words came from.'),
});
export type ReflectionIndicator = z.infer<typeof ReflectionIndicator>;

export const ReflectionAnalysis = z.object({
  level: ReflectionLevel,
  label: z.enum(REFLECTION_LABELS),
  indicators: z.array(ReflectionIndicator),
  nudge: z.string().describe('One formative question asking for the next level’s missing ingredient.'),
  rulesetVersion: z.string().optional().describe('Version of the word lists and rules, so a result can be reproduced.'),
});
export type ReflectionAnalysis = z.infer<typeof ReflectionAnalysis>;

export const Reflection = ReflectionInputObject.extend(ReflectionAnalysis.shape).extend({
  id: Id,
  planId: Id,
  authorId: Id,
  createdAt: Timestamp,
});
export type Reflection = z.infer<typeof Reflection>;

/** Body of POST /api/v1/insights/reflection: analysis without saving. */
export const AnalyzeReflectionBody = ReflectionInputObject.extend({ locale: LocaleSchema }).refine(
  hasSomeText,
  AT_LEAST_ONE,
);
export type AnalyzeReflectionBody = z.infer<typeof AnalyzeReflectionBody>;
