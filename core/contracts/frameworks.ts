import { z } from 'zod';
import { Id, LocaleSchema, Timestamp } from './common';

/*
 * Practice frameworks (issue 4): domains → practices → look-fors and four level descriptors.
 * Two shapes live here:
 * - `FrameworkDocument`: the framework as written — our import/edit format, with text in English
 *   and/or Spanish (`LocalizedText`). Codes identify domains, practices and look-fors inside one
 *   framework, so re-importing an edited document keeps every id (and what points at it).
 * - `Framework` & co.: what the API answers, with text resolved to the reader's language.
 */

export const FRAMEWORK_LIMITS = {
  code: 40,
  title: 200,
  text: 2_000,
  domains: 12,
  practicesPerDomain: 12,
  lookForsPerPractice: 10,
  planTerms: 40,
  /** An import body (CSV text or JSON) in characters. */
  content: 5_000_000,
} as const;

export const LEVELS = [1, 2, 3, 4] as const;

/** A code inside one framework: "D1", "1.2", "cfu", "1.2.a". */
export const Code = z
  .string()
  .trim()
  .min(1)
  .max(FRAMEWORK_LIMITS.code)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'Use letters, digits, dots, dashes or underscores.');

const text = (max: number) => z.string().trim().min(1).max(max);

/** Text in one or both languages; at least one. */
export const LocalizedText = (max: number = FRAMEWORK_LIMITS.text) =>
  z
    .object({ en: text(max).optional(), es: text(max).optional() })
    .strict()
    .refine((value) => value.en !== undefined || value.es !== undefined, 'Give the text in English or Spanish.');
export type LocalizedText = { en?: string; es?: string };

export const LookForDocument = z.object({ code: Code, text: LocalizedText() }).strict();

export const LevelDocument = z
  .object({ level: z.union(LEVELS.map((n) => z.literal(n))), label: LocalizedText(80), descriptor: LocalizedText() })
  .strict();

export const PracticeDocument = z
  .object({
    code: Code,
    title: LocalizedText(FRAMEWORK_LIMITS.title),
    description: LocalizedText().optional(),
    /** Four descriptors, levels 1–4, or none. */
    levels: z
      .array(LevelDocument)
      .refine(
        (levels) => levels.length === 0 || levels.map((l) => l.level).join() === '1,2,3,4',
        'Give the four levels 1, 2, 3 and 4 in order, or none.',
      )
      .default([]),
    lookFors: z.array(LookForDocument).min(1).max(FRAMEWORK_LIMITS.lookForsPerPractice),
    /** Words that show the practice in a lesson plan (what `focus.absent` looks for), per language. */
    planTerms: z
      .object({
        en: z.array(text(80)).max(FRAMEWORK_LIMITS.planTerms).optional(),
        es: z.array(text(80)).max(FRAMEWORK_LIMITS.planTerms).optional(),
      })
      .strict()
      .default({}),
    /** Strategy card ids (library slugs) that help with this practice. */
    resourceIds: z.array(text(100)).max(20).default([]),
  })
  .strict();

export const DomainDocument = z
  .object({
    code: Code,
    title: LocalizedText(FRAMEWORK_LIMITS.title),
    description: LocalizedText().optional(),
    practices: z.array(PracticeDocument).min(1).max(FRAMEWORK_LIMITS.practicesPerDomain),
  })
  .strict();

export const FrameworkSource = z
  .object({
    name: text(200).optional(),
    url: z.url().max(2000).optional(),
    license: text(500).optional(),
    /** CASE CFDocument identifier when imported from a CFPackage. */
    caseIdentifier: text(200).optional(),
  })
  .strict();

export const FrameworkDocument = z
  .object({
    format: z.literal('conecta-framework'),
    version: z.literal(1),
    code: Code,
    title: LocalizedText(FRAMEWORK_LIMITS.title),
    description: LocalizedText().optional(),
    source: FrameworkSource.default({}),
    domains: z.array(DomainDocument).min(1).max(FRAMEWORK_LIMITS.domains),
  })
  .strict()
  .superRefine((framework, ctx) => {
    // Codes are how an edited framework keeps its ids: each must be unique where it lives.
    const seen = new Set<string>();
    framework.domains.forEach((domain, d) => {
      if (seen.has(`d:${domain.code}`))
        ctx.addIssue({ code: 'custom', path: ['domains', d, 'code'], message: 'Each domain needs its own code.' });
      seen.add(`d:${domain.code}`);
      domain.practices.forEach((practice, p) => {
        if (seen.has(`p:${practice.code}`))
          ctx.addIssue({
            code: 'custom',
            path: ['domains', d, 'practices', p, 'code'],
            message: 'Each practice needs its own code.',
          });
        seen.add(`p:${practice.code}`);
        const lookFors = new Set<string>();
        practice.lookFors.forEach((lookFor, l) => {
          if (lookFors.has(lookFor.code))
            ctx.addIssue({
              code: 'custom',
              path: ['domains', d, 'practices', p, 'lookFors', l, 'code'],
              message: 'Each look-for of a practice needs its own code.',
            });
          lookFors.add(lookFor.code);
        });
      });
    });
  });
export type FrameworkDocument = z.infer<typeof FrameworkDocument>;
export type DomainDocument = z.infer<typeof DomainDocument>;
export type PracticeDocument = z.infer<typeof PracticeDocument>;

/** A problem found in an imported file, pointing at the row (CSV, 1-based, header is row 1) or the JSON path. */
export const ImportIssue = z.object({
  path: z
    .string()
    .describe('"row 4: look_for_text" for CSV, a JSON path such as "domains[0].practices[2].code" otherwise.'),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const IMPORT_FORMATS = ['json', 'csv', 'case'] as const;

export const ImportFrameworkBody = z.object({
  format: z.enum(IMPORT_FORMATS),
  /** The file's text: our JSON document, CSV (see docs/api.md for the columns), or a CASE CFPackage. */
  content: z.string().min(1).max(FRAMEWORK_LIMITS.content),
  /** The language of a CSV's or CASE package's text (our JSON says it per field). */
  locale: LocaleSchema.optional(),
  /** A CSV carries no framework title. */
  title: z.string().trim().min(1).max(FRAMEWORK_LIMITS.title).optional(),
});

// ---- What the API answers (text in the reader's language, falling back to the other). ----

export const LookFor = z.object({ id: Id, code: z.string(), text: z.string() });
export const PracticeLevel = z.object({ level: z.number().int(), label: z.string(), descriptor: z.string() });
export const Practice = z.object({
  id: Id,
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  levels: z.array(PracticeLevel),
  lookFors: z.array(LookFor),
  resourceIds: z.array(z.string()),
});
export type Practice = z.infer<typeof Practice>;
export const Domain = z.object({
  id: Id,
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  practices: z.array(Practice),
});
export const FrameworkSummary = z.object({
  id: Id,
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  /** The built-in Conecta Teaching Framework: shared by every district, not editable. */
  builtIn: z.boolean(),
  source: FrameworkSource,
  locales: z.array(LocaleSchema),
  practiceCount: z.number().int(),
  updatedAt: Timestamp,
});
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;
export const Framework = FrameworkSummary.extend({ domains: z.array(Domain) });
export type Framework = z.infer<typeof Framework>;

export const SchoolFramework = z.object({ schoolId: Id, frameworkId: Id });
export const SetSchoolFrameworkBody = z.object({ frameworkId: Id });

/** A teacher's one or two growth-focus practices (used by `focus.absent` and, later, recommendations). */
export const GrowthFocusBody = z.object({ practiceIds: z.array(Id).max(2) });
export const GrowthFocus = z.object({
  practiceIds: z.array(Id),
  practices: z.array(Practice.extend({ frameworkId: Id })),
});
export type GrowthFocus = z.infer<typeof GrowthFocus>;
