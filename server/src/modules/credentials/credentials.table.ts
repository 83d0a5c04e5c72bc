import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import {
  type DraftBody,
  type EvidenceRequirement,
  type EvidenceSnapshot,
  type RubricCriterion,
  SUBMISSION_STATUSES,
} from '#core/contracts/credentials';
import type { LocalizedText } from '#core/contracts/frameworks';
import { users } from '../identity/identity.table';
import { organizations, tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A district's micro-credential: one competency, its key method, the evidence asked for and the
 * rubric. Requirements and rubric are jsonb (read and written whole, never queried inside); the
 * practice is an id without a foreign key, like observations' tags.
 */
export const microCredentials = pgTable(
  'micro_credentials',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    createdBy: uuid().references(() => users.id),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    competency: jsonb().$type<LocalizedText>().notNull(),
    keyMethod: jsonb().$type<LocalizedText>().notNull(),
    practiceId: uuid(),
    requirements: jsonb().$type<EvidenceRequirement[]>().notNull(),
    rubric: jsonb().$type<RubricCriterion[]>().notNull(),
    /** Archived: no new submissions start; those already started keep going to a decision. */
    archivedAt: at(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [index('micro_credentials_org_idx').on(t.organizationId, t.createdAt)],
);

/** One per teacher and micro-credential: the editable draft (never lost) and where it stands. */
export const credentialSubmissions = pgTable(
  'credential_submissions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    microCredentialId: uuid()
      .notNull()
      .references(() => microCredentials.id),
    teacherId: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: SUBMISSION_STATUSES }).notNull().default('draft'),
    draft: jsonb().$type<DraftBody>().notNull(),
    attemptCount: integer().notNull().default(0),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('credential_submissions_one').on(t.organizationId, t.microCredentialId, t.teacherId),
    // The reviewer queue: the district's submitted ones, oldest first.
    index('credential_submissions_org_status_idx').on(t.organizationId, t.status, t.updatedAt),
  ],
);

/** Each submission as sent (evidence snapshots and reflections), and its review; kept for ever. */
export const credentialAttempts = pgTable(
  'credential_attempts',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    submissionId: uuid()
      .notNull()
      .references(() => credentialSubmissions.id),
    number: integer().notNull(),
    evidence: jsonb().$type<EvidenceSnapshot[]>().notNull(),
    reflections: jsonb().$type<Record<string, string>>().notNull(),
    submittedAt: at().notNull().defaultNow(),
    reviewerId: uuid().references(() => users.id),
    scores: jsonb().$type<{ criterionId: string; level: number; passed: boolean; feedback: string }[]>(),
    feedback: text(),
    decision: text({ enum: ['earned', 'not-yet'] }),
    decidedAt: at(),
  },
  (t) => [unique('credential_attempts_number').on(t.submissionId, t.number)],
);

/**
 * A district's Ed25519 signing key, made on its first issue. The private key (PKCS#8) is sealed
 * with AES-256-GCM under a key derived from the session secret, and never leaves the server.
 */
export const credentialIssuerKeys = pgTable('credential_issuer_keys', {
  organizationId: uuid()
    .primaryKey()
    .references(() => organizations.id),
  publicKeyMultibase: text().notNull(),
  sealedPrivateKey: text().notNull(),
  createdAt: at().notNull().defaultNow(),
});

/** An issued, signed OpenBadgeCredential; its id is the credential's urn:uuid and its public address. */
export const issuedCredentials = pgTable(
  'issued_credentials',
  {
    id: uuid().primaryKey(),
    organizationId: tenantId(),
    submissionId: uuid()
      .notNull()
      .references(() => credentialSubmissions.id),
    earnerId: uuid()
      .notNull()
      .references(() => users.id),
    document: jsonb().$type<Record<string, unknown>>().notNull(),
    issuedAt: at().notNull().defaultNow(),
    /** Revoked by a district admin: the signed document is unchanged; verification answers "revoked". */
    revokedAt: at(),
    revokedBy: uuid().references(() => users.id),
    /** Kept for the district (and its audit log); never shown publicly. */
    revocationReason: text(),
  },
  (t) => [
    unique('issued_credentials_submission').on(t.submissionId),
    index('issued_credentials_earner_idx').on(t.organizationId, t.earnerId),
  ],
);
