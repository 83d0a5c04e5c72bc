import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Locale } from '#core/domain/roles';
import type { Executor } from '../../db/client';
import {
  frameworkPractices,
  lessonPlans,
  observations,
  reflections,
  strategyCards,
  teamMembers,
  teams,
  users,
} from '../../db/schema';
import { isId } from '../../platform/ids';
import { inquiries, inquiryLinks } from './inquiry.table';

export type InquiryRow = typeof inquiries.$inferSelect;
export type InquiryLinkRow = typeof inquiryLinks.$inferSelect;
export type InquiryListRow = { inquiry: InquiryRow; ownerName: string; teamName: string | null };

function withNames(db: Executor) {
  return db
    .select({ inquiry: inquiries, ownerName: users.name, teamName: teams.name })
    .from(inquiries)
    .innerJoin(users, eq(users.id, inquiries.ownerId))
    .leftJoin(teams, and(eq(teams.organizationId, inquiries.organizationId), eq(teams.id, inquiries.teamId)));
}

/** The teams someone belongs to, as a subquery. */
const teamsOf = (db: Executor, organizationId: string, userId: string) =>
  db
    .select({ id: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.userId, userId)));

const inInquiry = (organizationId: string, inquiryId: string) =>
  and(eq(inquiryLinks.organizationId, organizationId), eq(inquiryLinks.inquiryId, inquiryId));

export const inquiryRepo = {
  async create(db: Executor, values: typeof inquiries.$inferInsert) {
    const [row] = await db.insert(inquiries).values(values).returning();
    return row!;
  },

  async find(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(inquiries)
      .where(and(eq(inquiries.organizationId, organizationId), eq(inquiries.id, id)));
    return row ?? null;
  },

  /** Locks the inquiry for a write that depends on its stage or whether it is closed. */
  async lock(db: Executor, organizationId: string, id: string) {
    const [row] = await db
      .select()
      .from(inquiries)
      .where(and(eq(inquiries.organizationId, organizationId), eq(inquiries.id, id)))
      .for('update');
    return row ?? null;
  },

  async withNames(db: Executor, organizationId: string, id: string): Promise<InquiryListRow | null> {
    if (!isId(id)) return null;
    const [row] = await withNames(db).where(and(eq(inquiries.organizationId, organizationId), eq(inquiries.id, id)));
    return row ?? null;
  },

  /** The caller's inquiries and their teams', newest first, cursor (createdAt, id). */
  async listFor(
    db: Executor,
    organizationId: string,
    userId: string,
    status: 'open' | 'closed' | undefined,
    limit: number,
    after: string[] | null,
  ): Promise<InquiryListRow[]> {
    return withNames(db)
      .where(
        and(
          eq(inquiries.organizationId, organizationId),
          or(eq(inquiries.ownerId, userId), inArray(inquiries.teamId, teamsOf(db, organizationId, userId))),
          status === 'open' ? isNull(inquiries.closedAt) : undefined,
          status === 'closed' ? isNotNull(inquiries.closedAt) : undefined,
          after
            ? sql`(${inquiries.createdAt}, ${inquiries.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(inquiries.createdAt), desc(inquiries.id))
      .limit(limit + 1);
  },

  async update(db: Executor, organizationId: string, id: string, values: Partial<typeof inquiries.$inferInsert>) {
    await db
      .update(inquiries)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(inquiries.organizationId, organizationId), eq(inquiries.id, id)));
  },

  async isTeamMember(db: Executor, organizationId: string, teamId: string, userId: string) {
    if (!isId(teamId)) return false;
    const [row] = await db
      .select({ one: sql<number>`1` })
      .from(teamMembers)
      .where(
        and(
          eq(teamMembers.organizationId, organizationId),
          eq(teamMembers.teamId, teamId),
          eq(teamMembers.userId, userId),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  /** The practice's title as stored ({ en?, es? }); the practice was checked visible when it was set. */
  async practiceTitle(db: Executor, practiceId: string) {
    const [row] = await db
      .select({ title: frameworkPractices.title })
      .from(frameworkPractices)
      .where(eq(frameworkPractices.id, practiceId));
    return row?.title ?? null;
  },

  /**
   * Strategy cards' titles in the reader's language when they have one (else the other); cards the
   * tenant cannot see are absent. Batched: a timeline asks once, whatever its length.
   */
  async cardTitles(db: Executor, organizationId: string, slugs: string[], locale: Locale) {
    if (slugs.length === 0) return [];
    return db
      .selectDistinctOn([strategyCards.slug], { slug: strategyCards.slug, title: strategyCards.title })
      .from(strategyCards)
      .where(
        and(
          inArray(strategyCards.slug, slugs),
          or(isNull(strategyCards.organizationId), eq(strategyCards.organizationId, organizationId)),
        ),
      )
      .orderBy(strategyCards.slug, sql`(${strategyCards.locale} = ${locale}) desc`, asc(strategyCards.locale));
  },

  async plansFacts(db: Executor, organizationId: string, planIds: string[]) {
    const ids = planIds.filter(isId);
    if (ids.length === 0) return [];
    return db
      .select({
        id: lessonPlans.id,
        ownerId: lessonPlans.ownerId,
        visibility: lessonPlans.visibility,
        title: lessonPlans.title,
        date: lessonPlans.date,
      })
      .from(lessonPlans)
      .where(and(eq(lessonPlans.organizationId, organizationId), inArray(lessonPlans.id, ids)));
  },

  /** Reflections' authors and the plans they reflect on (whose visibility they follow). */
  async reflectionsFacts(db: Executor, organizationId: string, reflectionIds: string[]) {
    const ids = reflectionIds.filter(isId);
    if (ids.length === 0) return [];
    return db
      .select({
        id: reflections.id,
        authorId: reflections.authorId,
        createdAt: reflections.createdAt,
        planId: lessonPlans.id,
        planOwnerId: lessonPlans.ownerId,
        planVisibility: lessonPlans.visibility,
        planTitle: lessonPlans.title,
      })
      .from(reflections)
      .innerJoin(
        lessonPlans,
        and(eq(lessonPlans.organizationId, reflections.organizationId), eq(lessonPlans.id, reflections.planId)),
      )
      .where(and(eq(reflections.organizationId, organizationId), inArray(reflections.id, ids)));
  },

  async observationsFacts(db: Executor, organizationId: string, observationIds: string[]) {
    const ids = observationIds.filter(isId);
    if (ids.length === 0) return [];
    return db
      .select({
        id: observations.id,
        teacherId: observations.teacherId,
        observerId: observations.observerId,
        status: observations.status,
        kind: observations.kind,
        scheduledAt: observations.scheduledAt,
      })
      .from(observations)
      .where(and(eq(observations.organizationId, organizationId), inArray(observations.id, ids)));
  },

  // ── links ──

  async links(db: Executor, organizationId: string, inquiryId: string) {
    return db
      .select()
      .from(inquiryLinks)
      .where(inInquiry(organizationId, inquiryId))
      .orderBy(asc(inquiryLinks.createdAt), asc(inquiryLinks.id));
  },

  async link(db: Executor, organizationId: string, inquiryId: string, linkId: string) {
    if (!isId(linkId)) return null;
    const [row] = await db
      .select()
      .from(inquiryLinks)
      .where(and(inInquiry(organizationId, inquiryId), eq(inquiryLinks.id, linkId)));
    return row ?? null;
  },

  async linkTo(
    db: Executor,
    organizationId: string,
    inquiryId: string,
    kind: InquiryLinkRow['kind'],
    targetId: string,
  ) {
    const [row] = await db
      .select()
      .from(inquiryLinks)
      .where(
        and(inInquiry(organizationId, inquiryId), eq(inquiryLinks.kind, kind), eq(inquiryLinks.targetId, targetId)),
      );
    return row ?? null;
  },

  async linkCount(db: Executor, organizationId: string, inquiryId: string) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(inquiryLinks)
      .where(inInquiry(organizationId, inquiryId));
    return row?.n ?? 0;
  },

  async addLink(db: Executor, values: typeof inquiryLinks.$inferInsert) {
    const [row] = await db.insert(inquiryLinks).values(values).returning();
    return row!;
  },

  async removeLink(db: Executor, organizationId: string, inquiryId: string, linkId: string) {
    await db.delete(inquiryLinks).where(and(inInquiry(organizationId, inquiryId), eq(inquiryLinks.id, linkId)));
  },

  // ── the nudge (across tenants: platform work that acts for no one) ──

  /** Open inquiries opened before `before` whose owner was not nudged yet, oldest first. */
  async staleToNudge(db: Executor, before: Date, limit: number) {
    return db
      .select({
        id: inquiries.id,
        organizationId: inquiries.organizationId,
        ownerId: inquiries.ownerId,
        question: inquiries.question,
        createdAt: inquiries.createdAt,
      })
      .from(inquiries)
      .where(and(isNull(inquiries.closedAt), isNull(inquiries.staleNotifiedAt), lt(inquiries.createdAt, before)))
      .orderBy(asc(inquiries.createdAt))
      .limit(limit);
  },

  async markNudged(db: Executor, organizationId: string, id: string, at: Date) {
    await db
      .update(inquiries)
      .set({ staleNotifiedAt: at })
      .where(and(eq(inquiries.organizationId, organizationId), eq(inquiries.id, id)));
  },
};
