import { z } from 'zod';

/**
 * Community-of-Inquiry draft codes (PEDAGOGY.md §3). The scheme is fixed here so the server,
 * the web (labels in en/es) and stored codes agree: presence → category → indicator.
 */
export const COI_PRESENCES = ['social', 'cognitive', 'teaching'] as const;
export type CoiPresence = (typeof COI_PRESENCES)[number];

/** Practical Inquiry Model phases, lowest to highest. */
export const COI_PHASES = ['triggering', 'exploration', 'integration', 'resolution'] as const;
export type CoiPhase = (typeof COI_PHASES)[number];

export const COI_CATEGORIES = {
  social: ['affective', 'open-communication', 'group-cohesion'],
  cognitive: COI_PHASES,
  teaching: ['design-organization', 'facilitation', 'direct-instruction'],
} as const satisfies Record<CoiPresence, readonly string[]>;
export type CoiCategory = (typeof COI_CATEGORIES)[CoiPresence][number];
export const COI_CATEGORY_LIST = [
  ...COI_CATEGORIES.social,
  ...COI_CATEGORIES.cognitive,
  ...COI_CATEGORIES.teaching,
] as const;

/** Indicators per category (Rourke et al.; Garrison, Anderson & Archer; Anderson et al.). */
export const COI_INDICATORS = {
  affective: ['emotion', 'humour', 'self-disclosure'],
  'open-communication': [
    'continuing-thread',
    'quoting',
    'referring-to-others',
    'asking-questions',
    'compliment',
    'agreement',
  ],
  'group-cohesion': ['vocative', 'inclusive-pronoun', 'phatic'],
  triggering: ['recognising-problem', 'puzzlement'],
  exploration: ['information-exchange', 'suggestion', 'divergence'],
  integration: ['building-on-others', 'connecting-ideas', 'tentative-hypothesis', 'offering-solution'],
  resolution: ['applying-solution', 'testing-solution'],
  'design-organization': ['setting-curriculum', 'time-parameters', 'netiquette'],
  facilitation: ['seeking-consensus', 'encouraging', 'drawing-in', 'identifying-agreement'],
  'direct-instruction': ['summarising', 'focusing-discussion', 'presenting-content'],
} as const satisfies Record<CoiCategory, readonly string[]>;
export type CoiIndicator = (typeof COI_INDICATORS)[CoiCategory][number];
export const COI_INDICATOR_LIST = [...new Set(Object.values(COI_INDICATORS).flat())] as unknown as readonly [
  CoiIndicator,
  ...CoiIndicator[],
];

export const CoiPhaseSchema = z.enum(COI_PHASES);

export const CoiEvidence = z.object({
  start: z.number().int().min(0).describe('Offset (UTF-16 units) into the original post text.'),
  end: z.number().int().min(0).describe('Exclusive end offset into the original post text.'),
  text: z.string().describe('The exact words at [start, end) of the post.'),
});
export type CoiEvidence = z.infer<typeof CoiEvidence>;

export const CoiCode = z.object({
  presence: z.enum(COI_PRESENCES),
  category: z.enum(COI_CATEGORY_LIST),
  indicator: z.enum(COI_INDICATOR_LIST),
  phase: CoiPhaseSchema.optional().describe('Set on cognitive codes only.'),
  evidence: CoiEvidence,
  confidence: z.number().min(0).max(1).describe('How sure the draft coder is (0–1); a human confirms.'),
});
export type CoiCode = z.infer<typeof CoiCode>;

export const CoiCoding = z.object({
  codes: z.array(CoiCode),
  phase: CoiPhaseSchema.nullable().describe('Highest evident cognitive phase, coded down when unsure.'),
  version: z.string().describe('Ruleset version that produced the draft.'),
});
export type CoiCoding = z.infer<typeof CoiCoding>;

export const CoiThreadProfile = z.object({
  posts: z.number().int().min(0),
  phaseShares: z.object({
    triggering: z.number(),
    exploration: z.number(),
    integration: z.number(),
    resolution: z.number(),
  }),
  stuckInExploration: z.boolean(),
  facilitatorShare: z.number(),
  facilitatorDominance: z.boolean(),
});
export type CoiThreadProfile = z.infer<typeof CoiThreadProfile>;
