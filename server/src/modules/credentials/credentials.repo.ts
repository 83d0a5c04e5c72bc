import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { SubmissionStatus } from '#core/contracts/credentials';
import type { Executor } from '../../db/client';
import { memberships, organizations, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import {
  credentialAttempts,
  credentialIssuerKeys,
  credentialSubmissions,
  issuedCredentials,
  microCredentials,
} from './credentials.table';

export type MicroCredentialRow = typeof microCredentials.$inferSelect;
export type SubmissionRow = typeof credentialSubmissions.$inferSelect;
export type AttemptRow = typeof credentialAttempts.$inferSelect;
export type IssuedRow = typeof issuedCredentials.$inferSelect;

const submissionWith = {
  submission: credentialSubmissions,
  microCredential: microCredentials,
  teacherName: users.name,
};

export const credentialsRepo = {
  async createMicroCredential(db: Executor, values: typeof microCredentials.$inferInsert) {
    const [row] = await db.insert(microCredentials).values(values).returning();
    return row!;
  },

  async microCredential(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(microCredentials)
      .where(and(eq(microCredentials.organizationId, organizationId), eq(microCredentials.id, id)));
    return row ?? null;
  },

  /** The district's catalogue; archived ones only when asked (their authors still manage them). */
  async catalogue(db: Executor, organizationId: string, withArchived = false) {
    return db
      .select()
      .from(microCredentials)
      .where(
        and(
          eq(microCredentials.organizationId, organizationId),
          withArchived ? undefined : isNull(microCredentials.archivedAt),
        ),
      )
      .orderBy(asc(microCredentials.createdAt), asc(microCredentials.id))
      .limit(200);
  },

  /** Locks the micro-credential so an edit and a first submission take turns. */
  async lockMicroCredential(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(microCredentials)
      .where(and(eq(microCredentials.organizationId, organizationId), eq(microCredentials.id, id)))
      .for('update');
    return row ?? null;
  },

  async updateMicroCredential(
    db: Executor,
    organizationId: string,
    id: string,
    values: Partial<
      Pick<
        MicroCredentialRow,
        'title' | 'description' | 'competency' | 'keyMethod' | 'practiceId' | 'requirements' | 'rubric' | 'archivedAt'
      >
    >,
  ) {
    const [row] = await db
      .update(microCredentials)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(microCredentials.organizationId, organizationId), eq(microCredentials.id, id)))
      .returning();
    return row!;
  },

  /** Whether any teacher has started a submission (then what is assessed is fixed). */
  async hasSubmissions(db: Executor, organizationId: string, microCredentialId: string) {
    const [row] = await db
      .select({ id: credentialSubmissions.id })
      .from(credentialSubmissions)
      .where(
        and(
          eq(credentialSubmissions.organizationId, organizationId),
          eq(credentialSubmissions.microCredentialId, microCredentialId),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  async submissionFor(db: Executor, organizationId: string, microCredentialId: string, teacherId: string) {
    const [row] = await db
      .select()
      .from(credentialSubmissions)
      .where(
        and(
          eq(credentialSubmissions.organizationId, organizationId),
          eq(credentialSubmissions.microCredentialId, microCredentialId),
          eq(credentialSubmissions.teacherId, teacherId),
        ),
      );
    return row ?? null;
  },

  /** Starts one, or answers the one there is (a second start is not an error). */
  async startSubmission(db: Executor, values: typeof credentialSubmissions.$inferInsert) {
    const [row] = await db.insert(credentialSubmissions).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async submission(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select(submissionWith)
      .from(credentialSubmissions)
      .innerJoin(microCredentials, eq(microCredentials.id, credentialSubmissions.microCredentialId))
      .innerJoin(users, eq(users.id, credentialSubmissions.teacherId))
      .where(and(eq(credentialSubmissions.organizationId, organizationId), eq(credentialSubmissions.id, id)));
    return row ?? null;
  },

  /** Locks the submission so a draft save, a submit and a review take turns. */
  async lock(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(credentialSubmissions)
      .where(and(eq(credentialSubmissions.organizationId, organizationId), eq(credentialSubmissions.id, id)))
      .for('update');
    return row ?? null;
  },

  async updateSubmission(
    db: Executor,
    organizationId: string,
    id: string,
    values: Partial<Pick<SubmissionRow, 'draft' | 'status' | 'attemptCount'>>,
  ) {
    const [row] = await db
      .update(credentialSubmissions)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(credentialSubmissions.organizationId, organizationId), eq(credentialSubmissions.id, id)))
      .returning();
    return row!;
  },

  async mine(db: Executor, organizationId: string, teacherId: string) {
    return db
      .select(submissionWith)
      .from(credentialSubmissions)
      .innerJoin(microCredentials, eq(microCredentials.id, credentialSubmissions.microCredentialId))
      .innerJoin(users, eq(users.id, credentialSubmissions.teacherId))
      .where(
        and(eq(credentialSubmissions.organizationId, organizationId), eq(credentialSubmissions.teacherId, teacherId)),
      )
      .orderBy(desc(credentialSubmissions.updatedAt))
      .limit(200);
  },

  /** Submitted and waiting, oldest first, never the reviewer's own. */
  async queue(db: Executor, organizationId: string, reviewerId: string, status: SubmissionStatus = 'submitted') {
    return db
      .select(submissionWith)
      .from(credentialSubmissions)
      .innerJoin(microCredentials, eq(microCredentials.id, credentialSubmissions.microCredentialId))
      .innerJoin(users, eq(users.id, credentialSubmissions.teacherId))
      .where(
        and(
          eq(credentialSubmissions.organizationId, organizationId),
          eq(credentialSubmissions.status, status),
          ne(credentialSubmissions.teacherId, reviewerId),
        ),
      )
      .orderBy(asc(credentialSubmissions.updatedAt))
      .limit(200);
  },

  async attempts(db: Executor, organizationId: string, submissionId: string) {
    return db
      .select({ attempt: credentialAttempts, reviewerName: users.name })
      .from(credentialAttempts)
      .leftJoin(users, eq(users.id, credentialAttempts.reviewerId))
      .where(
        and(eq(credentialAttempts.organizationId, organizationId), eq(credentialAttempts.submissionId, submissionId)),
      )
      .orderBy(asc(credentialAttempts.number));
  },

  async addAttempt(db: Executor, values: typeof credentialAttempts.$inferInsert) {
    const [row] = await db.insert(credentialAttempts).values(values).returning();
    return row!;
  },

  async decideAttempt(
    db: Executor,
    organizationId: string,
    submissionId: string,
    number: number,
    values: Pick<AttemptRow, 'reviewerId' | 'scores' | 'feedback' | 'decision' | 'decidedAt'>,
  ) {
    await db
      .update(credentialAttempts)
      .set(values)
      .where(
        and(
          eq(credentialAttempts.organizationId, organizationId),
          eq(credentialAttempts.submissionId, submissionId),
          eq(credentialAttempts.number, number),
        ),
      );
  },

  /** The district's reviewers: its coaches, school leaders and admins (whom a submission is announced to). */
  async reviewers(db: Executor, organizationId: string) {
    const rows = await db
      .selectDistinct({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.organizationId, organizationId));
    return [
      ...new Set(
        rows.filter((r) => ['coach', 'school_leader', 'district_admin'].includes(r.role)).map((r) => r.userId),
      ),
    ];
  },

  async organization(db: Executor, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, id));
    return row ?? null;
  },

  async issuerKey(db: Executor, organizationId: string) {
    if (!isId(organizationId)) return null;
    const [row] = await db
      .select()
      .from(credentialIssuerKeys)
      .where(eq(credentialIssuerKeys.organizationId, organizationId));
    return row ?? null;
  },

  /** Keeps the first key when two issues race: the loser's fresh key is discarded unused. */
  async saveIssuerKey(db: Executor, values: typeof credentialIssuerKeys.$inferInsert) {
    await db.insert(credentialIssuerKeys).values(values).onConflictDoNothing();
  },

  /** Every district's sealed key: only for the start-up re-seal of a secret rotation (no actor, no tenant). */
  async allIssuerKeysAcrossTenants(db: Executor) {
    return db
      .select({
        organizationId: credentialIssuerKeys.organizationId,
        sealedPrivateKey: credentialIssuerKeys.sealedPrivateKey,
      })
      .from(credentialIssuerKeys);
  },

  /** The same private key, sealed under the current secret (a secret rotation). */
  async resealIssuerKey(db: Executor, organizationId: string, sealedPrivateKey: string) {
    await db
      .update(credentialIssuerKeys)
      .set({ sealedPrivateKey })
      .where(eq(credentialIssuerKeys.organizationId, organizationId));
  },

  async issue(db: Executor, values: typeof issuedCredentials.$inferInsert) {
    const [row] = await db.insert(issuedCredentials).values(values).returning();
    return row!;
  },

  async issuedFor(db: Executor, organizationId: string, submissionId: string) {
    const [row] = await db
      .select({ id: issuedCredentials.id, revokedAt: issuedCredentials.revokedAt })
      .from(issuedCredentials)
      .where(
        and(eq(issuedCredentials.organizationId, organizationId), eq(issuedCredentials.submissionId, submissionId)),
      );
    return row ?? null;
  },

  /** Public: an issued credential by its random id, across tenants (only earned ones exist here). */
  async issued(db: Executor, id: string) {
    if (!isId(id)) return null;
    const [row] = await db.select().from(issuedCredentials).where(eq(issuedCredentials.id, id));
    return row ?? null;
  },

  /** The district's issued badges, newest first, with earner and micro-credential (or just one). */
  async issuedList(db: Executor, organizationId: string, id?: string) {
    return db
      .select({
        issued: issuedCredentials,
        earnerName: users.name,
        title: microCredentials.title,
      })
      .from(issuedCredentials)
      .innerJoin(users, eq(users.id, issuedCredentials.earnerId))
      .innerJoin(credentialSubmissions, eq(credentialSubmissions.id, issuedCredentials.submissionId))
      .innerJoin(microCredentials, eq(microCredentials.id, credentialSubmissions.microCredentialId))
      .where(and(eq(issuedCredentials.organizationId, organizationId), id ? eq(issuedCredentials.id, id) : undefined))
      .orderBy(desc(issuedCredentials.issuedAt), desc(issuedCredentials.id))
      .limit(500);
  },

  async lockIssued(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(issuedCredentials)
      .where(and(eq(issuedCredentials.organizationId, organizationId), eq(issuedCredentials.id, id)))
      .for('update');
    return row ?? null;
  },

  async revoke(
    db: Executor,
    organizationId: string,
    id: string,
    values: { revokedAt: Date; revokedBy: string; revocationReason: string },
  ) {
    await db
      .update(issuedCredentials)
      .set(values)
      .where(and(eq(issuedCredentials.organizationId, organizationId), eq(issuedCredentials.id, id)));
  },
};
