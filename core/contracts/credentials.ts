import { z } from 'zod';
import { Id, Timestamp } from './common';
import { LocalizedText } from './frameworks';

/*
 * Micro-credentials (issue 6): a district's short, evidence-based recognitions of one competency.
 * A teacher attaches evidence they already have on the platform (a snapshot is taken when they
 * submit), a reviewer scores a rubric, and an earned one is issued as an Open Badges 3.0
 * verifiable credential anyone can check (adr/0007).
 */

export const EVIDENCE_KINDS = ['plan', 'reflection', 'observation', 'student-work', 'text'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'not-yet', 'earned'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const CREDENTIAL_LIMITS = {
  requirements: 8,
  perRequirement: 5,
  criteria: 8,
  levels: 5,
  reflection: 4000,
  text: 4000,
  feedback: 4000,
} as const;

/** Short keys the author picks ("plan-1", "clarity") so scores and evidence point at one thing. */
const Key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use lowercase letters, digits and hyphens.');

export const EvidenceRequirement = z
  .object({
    id: Key,
    kind: z.enum(EVIDENCE_KINDS),
    prompt: LocalizedText(1000),
    count: z.number().int().min(1).max(CREDENTIAL_LIMITS.perRequirement).default(1),
  })
  .strict();
export type EvidenceRequirement = z.infer<typeof EvidenceRequirement>;

/** Levels in rising order (index 0 lowest); passLevel is the index a score must reach. */
export const RubricCriterion = z
  .object({
    id: Key,
    name: LocalizedText(200),
    levels: z.array(LocalizedText(500)).min(2).max(CREDENTIAL_LIMITS.levels),
    passLevel: z.number().int().min(0),
  })
  .strict()
  .refine((c) => c.passLevel < c.levels.length, {
    message: 'The pass level must be one of the levels.',
    path: ['passLevel'],
  });
export type RubricCriterion = z.infer<typeof RubricCriterion>;

const uniqueIds = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

export const MicroCredentialBody = z
  .object({
    title: LocalizedText(200),
    description: LocalizedText(2000),
    competency: LocalizedText(500),
    keyMethod: LocalizedText(2000),
    /** A practice of the district's framework this recognises (the badge's alignment), if any. */
    practiceId: Id.optional(),
    requirements: z
      .array(EvidenceRequirement)
      .min(1)
      .max(CREDENTIAL_LIMITS.requirements)
      .refine(uniqueIds, 'Each requirement needs its own id.'),
    rubric: z
      .array(RubricCriterion)
      .min(1)
      .max(CREDENTIAL_LIMITS.criteria)
      .refine(uniqueIds, 'Each criterion needs its own id.'),
  })
  .strict();
export type MicroCredentialBody = z.infer<typeof MicroCredentialBody>;

/** The fields that define what is assessed: fixed once any teacher has started a submission. */
export const CONTENT_FIELDS = ['competency', 'keyMethod', 'practiceId', 'requirements', 'rubric'] as const;

/**
 * An edit: any subset of the body. Title and description may change at any time; the content
 * fields only while nobody has started a submission (409 after). `archived` stops new
 * submissions (those started keep going); false restores it. practiceId null removes the alignment.
 */
export const MicroCredentialPatch = z
  .object({
    title: LocalizedText(200),
    description: LocalizedText(2000),
    competency: LocalizedText(500),
    keyMethod: LocalizedText(2000),
    practiceId: Id.nullable(),
    requirements: MicroCredentialBody.shape.requirements,
    rubric: MicroCredentialBody.shape.rubric,
    archived: z.boolean(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Change at least one field.');
export type MicroCredentialPatch = z.infer<typeof MicroCredentialPatch>;

/** The whole authored text in both languages, for the editor (authors only). */
export const MicroCredentialSource = MicroCredentialBody.extend({
  id: Id,
  practiceId: Id.nullable(),
  archivedAt: Timestamp.nullable(),
  /** False once a teacher has started a submission: only title, description and archiving remain. */
  contentEditable: z.boolean(),
});
export type MicroCredentialSource = z.infer<typeof MicroCredentialSource>;

export const RevokeBody = z
  .object({
    /** Kept for the district's records and audit log; never shown publicly. */
    reason: z.string().trim().min(1).max(1000),
  })
  .strict();
export type RevokeBody = z.infer<typeof RevokeBody>;

/** An issued badge as the district's admins list it (to find one to revoke). */
export const IssuedSummary = z.object({
  id: Id,
  earnerName: z.string(),
  title: z.string(),
  issuedAt: Timestamp,
  revokedAt: Timestamp.nullable(),
  revocationReason: z.string().nullable(),
});
export type IssuedSummary = z.infer<typeof IssuedSummary>;

/** What the API answers: text resolved to the reader's language (the other one when missing). */
export const MicroCredential = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  competency: z.string(),
  keyMethod: z.string(),
  practiceId: Id.nullable(),
  requirements: z.array(
    z.object({ id: z.string(), kind: z.enum(EVIDENCE_KINDS), prompt: z.string(), count: z.number() }),
  ),
  rubric: z.array(z.object({ id: z.string(), name: z.string(), levels: z.array(z.string()), passLevel: z.number() })),
  /** Set when archived: no new submissions (only authors still see it in the catalogue). */
  archivedAt: Timestamp.nullable(),
  /** Whether the reader may edit it: district admins any, a coach the ones they wrote. */
  editable: z.boolean().default(false),
  createdAt: Timestamp,
});
export type MicroCredential = z.infer<typeof MicroCredential>;

/** One piece of evidence in a draft: a reference to the teacher's own artefact, or written text. */
export const EvidenceItem = z.discriminatedUnion('type', [
  z
    .object({ requirementId: Key, type: z.enum(['plan', 'reflection', 'observation', 'student-work']), artefactId: Id })
    .strict(),
  z
    .object({ requirementId: Key, type: z.literal('text'), text: z.string().trim().min(1).max(CREDENTIAL_LIMITS.text) })
    .strict(),
]);
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const DraftBody = z
  .object({
    evidence: z.array(EvidenceItem).max(CREDENTIAL_LIMITS.requirements * CREDENTIAL_LIMITS.perRequirement),
    reflections: z.record(Key, z.string().max(CREDENTIAL_LIMITS.reflection)),
  })
  .strict();
export type DraftBody = z.infer<typeof DraftBody>;

/** Evidence as submitted: the artefact's provenance and what it said then (it may change later). */
export const EvidenceSnapshot = z.object({
  requirementId: z.string(),
  type: z.enum(EVIDENCE_KINDS),
  artefactId: z.string().nullable(),
  ownerId: z.string(),
  artefactDate: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  snapshotAt: Timestamp,
});
export type EvidenceSnapshot = z.infer<typeof EvidenceSnapshot>;

export const CriterionScore = z
  .object({
    criterionId: Key,
    level: z.number().int().min(0),
    feedback: z.string().trim().max(CREDENTIAL_LIMITS.feedback).default(''),
  })
  .strict();
export type CriterionScore = z.infer<typeof CriterionScore>;

export const ReviewBody = z
  .object({
    scores: z.array(CriterionScore).min(1).max(CREDENTIAL_LIMITS.criteria),
    feedback: z.string().trim().max(CREDENTIAL_LIMITS.feedback).default(''),
  })
  .strict();
export type ReviewBody = z.infer<typeof ReviewBody>;

export const Attempt = z.object({
  number: z.number(),
  submittedAt: Timestamp,
  evidence: z.array(EvidenceSnapshot),
  reflections: z.record(z.string(), z.string()),
  decision: z.enum(['earned', 'not-yet']).nullable(),
  reviewerName: z.string().nullable(),
  scores: z
    .array(z.object({ criterionId: z.string(), level: z.number(), passed: z.boolean(), feedback: z.string() }))
    .nullable(),
  feedback: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
});
export type Attempt = z.infer<typeof Attempt>;

export const Submission = z.object({
  id: Id,
  microCredential: MicroCredential,
  teacher: z.object({ id: Id, name: z.string() }),
  status: z.enum(SUBMISSION_STATUSES),
  /** The editable draft: only its teacher ever reads it. */
  draft: DraftBody.nullable(),
  attempts: z.array(Attempt),
  credentialId: Id.nullable(),
  /** When the issued badge was revoked (it no longer counts), else null. */
  credentialRevokedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
  canReview: z.boolean(),
});
export type Submission = z.infer<typeof Submission>;

export const SubmissionSummary = z.object({
  id: Id,
  microCredentialId: Id,
  title: z.string(),
  teacherName: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  attempts: z.number(),
  credentialId: Id.nullable(),
  credentialRevokedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

/** The public check of an issued badge: the credential itself and what our verifier said. */
export const PublicCredential = z.object({
  id: Id,
  earnerName: z.string(),
  achievement: z.string(),
  issuerName: z.string(),
  validFrom: Timestamp,
  /** Whether the signature verifies: a revoked badge can still verify; it no longer stands. */
  verified: z.boolean(),
  verificationError: z.string().nullable(),
  /** When the issuer revoked it (the reason is never public), else null. */
  revokedAt: Timestamp.nullable(),
  credential: z.record(z.string(), z.unknown()),
});
export type PublicCredential = z.infer<typeof PublicCredential>;

export const DownloadQuery = z.object({ format: z.enum(['ld', 'json']).default('ld') });
