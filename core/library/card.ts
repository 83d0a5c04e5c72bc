import { z } from 'zod';

/** Bump when cards are added, removed or substantially rewritten (clients may cache the library). */
export const LIBRARY_VERSION = '1.0.0';

export const CARD_LOCALES = ['en', 'es'] as const;
export const GRADE_BANDS = ['K-2', '3-5', '6-8', '9-12'] as const;

/** Body length bounds (words): a 3–5 minute read once the other sections are added. */
export const BODY_WORDS = { min: 250, max: 600 } as const;

/** Counts words the way a reader would: runs of letters/digits, ignoring markdown punctuation. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case slug');
const text = z.string().trim().min(1);

export const StrategyCard = z
  .object({
    id: slug,
    locale: z.enum(CARD_LOCALES),
    title: text.max(120),
    /** One or two sentences. */
    summary: text.max(400),
    minutes: z.number().int().min(3).max(5),
    /** Markdown: what it is and how it looks in a classroom. */
    body: text.refine((b) => {
      const n = countWords(b);
      return n >= BODY_WORDS.min && n <= BODY_WORDS.max;
    }, `body must have ${BODY_WORDS.min}–${BODY_WORDS.max} words`),
    /** Markdown: the research behind it, named honestly (no invented citations or statistics). */
    whyItWorks: text,
    steps: z.array(text).min(3).max(6),
    example: text,
    gradeBands: z
      .object({ 'K-2': text.optional(), '3-5': text.optional(), '6-8': text.optional(), '9-12': text.optional() })
      .strict()
      .refine((g) => Object.values(g).filter(Boolean).length >= 2, 'at least two grade bands'),
    practiceTags: z.array(slug).min(1),
    subjects: z.array(text).min(1),
  })
  .strict();
export type StrategyCard = z.infer<typeof StrategyCard>;
