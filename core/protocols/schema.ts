import { z } from 'zod';

/**
 * A meeting protocol as data (PEDAGOGY.md §5): timed steps, who speaks in each, and the prompts
 * the facilitator reads. Built-in templates live in this folder; a district's own are stored in
 * the database and validated with the same schema.
 */
export const SPEAKERS = ['presenter', 'participants', 'all', 'facilitator'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** Text in English and Spanish; a district's own protocol may be written in one language only. */
// PostgreSQL text cannot hold NUL characters: refused as bad input rather than failed on.
const Words = z
  .string()
  .trim()
  .min(1)
  .max(600)
  .refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });
export const LocalizedText = z
  .object({ en: Words.optional(), es: Words.optional() })
  .refine((text) => text.en !== undefined || text.es !== undefined, { message: 'Write it in English or Spanish.' });
export type LocalizedText = z.infer<typeof LocalizedText>;

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes.')
  .max(60);

export const ProtocolStep = z.object({
  id: Slug,
  title: LocalizedText,
  minutes: z.number().int().min(1).max(240),
  speaker: z.enum(SPEAKERS),
  prompts: z.array(LocalizedText).min(1).max(10),
});
export type ProtocolStep = z.infer<typeof ProtocolStep>;

export const ProtocolDefinition = z
  .object({
    name: LocalizedText,
    purpose: LocalizedText,
    steps: z.array(ProtocolStep).min(1).max(30),
  })
  .superRefine((protocol, ctx) => {
    const seen = new Set<string>();
    protocol.steps.forEach((step, index) => {
      if (seen.has(step.id))
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: 'Each step needs its own id.' });
      seen.add(step.id);
    });
    if (totalMinutes(protocol.steps) > 600)
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'A protocol lasts at most 600 minutes.' });
  });
export type ProtocolDefinition = z.infer<typeof ProtocolDefinition>;

/** A built-in template: a stable slug id beside its definition. */
export type BuiltInProtocol = ProtocolDefinition & { id: string };

export const totalMinutes = (steps: readonly { minutes: number }[]) => steps.reduce((sum, s) => sum + s.minutes, 0);

/** The text in the reader's language, else the other one (a district's protocol may have only one). */
export const localized = (text: LocalizedText, locale: 'en' | 'es') =>
  (locale === 'es' ? (text.es ?? text.en) : (text.en ?? text.es)) ?? '';
