import { z } from 'zod';
import { Id, Timestamp } from './common';

/*
 * Teacher-owned inquiry cycles (issue 5; research/pedagogy.md §8.1): a question ("If I …, will my
 * students …?"), an optional focus practice, a prediction, the evidence to collect, and stages
 * learn → try → gather-evidence → reflect → share, then closed with a summary. Linked strategy
 * cards, plans (the "try"), reflections, observations and student work gather on its timeline.
 *
 * An inquiry belongs to the teacher who opened it, or to a team (every member co-owns it). Nobody
 * else reads it — not a school leader, not a district admin: growth, not surveillance. The stage
 * rules (core/inquiry) answer 422 when broken: a prediction and one evidence source before "try",
 * a result (compared with the prediction) before "reflect", a reflection before "share".
 */

export const INQUIRY_STAGES = ['learn', 'try', 'gather-evidence', 'reflect', 'share', 'closed'] as const;
export type InquiryStage = (typeof INQUIRY_STAGES)[number];
/** The stages an open inquiry moves between (closing is its own route, with a summary). */
export const OPEN_INQUIRY_STAGES = ['learn', 'try', 'gather-evidence', 'reflect', 'share'] as const;
export type OpenInquiryStage = (typeof OPEN_INQUIRY_STAGES)[number];

export const EVIDENCE_KINDS = ['exit-ticket', 'student-work', 'observation', 'survey', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const INQUIRY_LINK_KINDS = ['card', 'plan', 'reflection', 'observation', 'student-work'] as const;
export type InquiryLinkKind = (typeof INQUIRY_LINK_KINDS)[number];

export const INQUIRY_LIMITS = {
  question: 500,
  text: 4_000,
  shortText: 500,
  evidence: 10,
  linksPerInquiry: 100,
} as const;

/** PostgreSQL text cannot hold NUL characters: refuse them as bad input rather than fail on them. */
const withoutNul = (schema: z.ZodString) =>
  schema.refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL characters from the text.' });
const text = (max: number = INQUIRY_LIMITS.text) => withoutNul(z.string().trim().min(1).max(max));

/** What will be collected, and how it is counted: "exit ticket: students who explain their method, of those present". */
export const EvidenceSource = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  description: text(INQUIRY_LIMITS.shortText),
});
export type EvidenceSource = z.infer<typeof EvidenceSource>;

export const StartInquiryBody = z.object({
  question: text(INQUIRY_LIMITS.question),
  /** A team the caller belongs to: its members co-own the inquiry. */
  teamId: Id.nullable().optional(),
  focusPracticeId: Id.nullable().optional(),
  prediction: text().nullable().optional(),
  evidence: z.array(EvidenceSource).max(INQUIRY_LIMITS.evidence).optional(),
});

export const UpdateInquiryBody = z.object({
  question: text(INQUIRY_LIMITS.question).optional(),
  focusPracticeId: Id.nullable().optional(),
  prediction: text().nullable().optional(),
  evidence: z.array(EvidenceSource).max(INQUIRY_LIMITS.evidence).optional(),
  /** What happened, compared with the prediction. */
  result: text().nullable().optional(),
  reflection: text().nullable().optional(),
  /** Checked against the rules with the other fields of the same request applied. */
  stage: z.enum(OPEN_INQUIRY_STAGES).optional(),
});

export const CloseInquiryBody = z.object({
  /** What was learned, in a few sentences: what may later be shared to a community. */
  summary: text(),
});

export const InquiryLinkBody = z.object({
  kind: z.enum(INQUIRY_LINK_KINDS),
  /** A strategy card's slug, or the plan's, reflection's, observation's or student work's id. */
  targetId: withoutNul(z.string().trim().min(1).max(100)),
});

export const InquiryLinkParams = z.object({ id: Id, linkId: Id });

export const InquiryListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const InquiryLink = z.object({
  id: Id,
  kind: z.enum(INQUIRY_LINK_KINDS),
  targetId: z.string(),
  /** The card's or plan's title (a reflection's: its plan's); null when there is none to show. */
  title: z.string().nullable(),
  /** YYYY-MM-DD: the plan's or visit's day, else when it was linked. */
  date: z.string(),
  /** The plan to open, for plans and reflections. */
  planId: Id.nullable(),
  createdBy: Id,
  createdAt: Timestamp,
});
export type InquiryLink = z.infer<typeof InquiryLink>;

export const InquirySummary = z.object({
  id: Id,
  question: z.string(),
  stage: z.enum(INQUIRY_STAGES),
  team: z.object({ id: Id, name: z.string() }).nullable(),
  owner: z.object({ id: Id, name: z.string() }),
  /** Open more than three weeks: time for a small, fast test to reach its reflection. */
  stale: z.boolean(),
  closedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type InquirySummary = z.infer<typeof InquirySummary>;

export const Inquiry = InquirySummary.extend({
  focusPractice: z.object({ id: Id, title: z.string() }).nullable(),
  prediction: z.string().nullable(),
  evidence: z.array(EvidenceSource),
  result: z.string().nullable(),
  reflection: z.string().nullable(),
  summary: z.string().nullable(),
  /** Only links to what the reader may see, oldest first. */
  links: z.array(InquiryLink),
});
export type Inquiry = z.infer<typeof Inquiry>;
