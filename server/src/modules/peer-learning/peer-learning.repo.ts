import { and, desc, eq, exists, gte, inArray, ne, or, sql } from 'drizzle-orm';
import type { PeerRequestStatus } from '#core/contracts/peer-learning';
import type { Executor } from '../../db/client';
import { memberships, schools, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { peerOffers, peerRequests } from './peer-learning.table';

export type OfferRow = typeof peerOffers.$inferSelect;
export type RequestRow = typeof peerRequests.$inferSelect;

/** Who may be listed: teachers and coaches (the roles that publish an offer). */
const LISTED_ROLES = ['teacher', 'coach'] as const;
/** Bounded: a district's listed colleagues are a handful; a request stays cheap either way. */
const MAX_CANDIDATES = 200;
const MAX_REQUESTS = 200;

/** An active teacher or coach of the district (deactivated people and people without those roles are left out). */
const listable = (organizationId: string) =>
  and(
    eq(users.status, 'active'),
    // Written out: inside a raw subquery the outer column must be qualified by its table.
    exists(
      sql`(select 1 from "memberships" m where m."organization_id" = ${organizationId} and m."user_id" = "peer_offers"."user_id" and m."role" in (${sql.join(
        LISTED_ROLES.map((role) => sql`${role}`),
        sql`, `,
      )}))`,
    ),
  );

export const peerLearningRepo = {
  async offerOf(db: Executor, organizationId: string, userId: string): Promise<OfferRow | null> {
    const [row] = await db
      .select()
      .from(peerOffers)
      .where(and(eq(peerOffers.organizationId, organizationId), eq(peerOffers.userId, userId)));
    return row ?? null;
  },

  /** Publish or edit the caller's offer (one per person). */
  async saveOffer(
    db: Executor,
    values: { organizationId: string; userId: string; practiceTags: string[]; note: string | null; open: boolean },
    now: Date,
  ): Promise<OfferRow> {
    const [row] = await db
      .insert(peerOffers)
      .values({ ...values, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [peerOffers.organizationId, peerOffers.userId],
        set: { practiceTags: values.practiceTags, note: values.note, open: values.open, updatedAt: now },
      })
      .returning();
    return row!;
  },

  async deleteOffer(db: Executor, organizationId: string, userId: string) {
    await db
      .delete(peerOffers)
      .where(and(eq(peerOffers.organizationId, organizationId), eq(peerOffers.userId, userId)));
  },

  /** Someone's open offer, while they are an active teacher or coach of the district; else null. */
  async openOffer(db: Executor, organizationId: string, userId: string) {
    if (!isId(userId)) return null;
    const [row] = await db
      .select({ offer: peerOffers, name: users.name })
      .from(peerOffers)
      .innerJoin(users, eq(users.id, peerOffers.userId))
      .where(
        and(
          eq(peerOffers.organizationId, organizationId),
          eq(peerOffers.userId, userId),
          eq(peerOffers.open, true),
          listable(organizationId),
        ),
      );
    return row ?? null;
  },

  /**
   * Open offers of the district a person could be pointed to: not their own, not of deactivated
   * people, not of someone they already have a pending or accepted request with (either way), nor
   * of someone who declined their request since `declinedSince`.
   * Only what the colleague published is read here (tags and note), never their work.
   */
  async openOffersFor(db: Executor, organizationId: string, userId: string, declinedSince: Date) {
    const between = sql`(select 1 from "peer_requests" r where r."organization_id" = ${organizationId}
      and (r."status" in ('pending', 'accepted')
        or (r."status" = 'declined' and r."from_user_id" = ${userId} and r."answered_at" >= ${declinedSince}))
      and ((r."from_user_id" = ${userId} and r."to_user_id" = "peer_offers"."user_id")
        or (r."to_user_id" = ${userId} and r."from_user_id" = "peer_offers"."user_id")))`;
    return db
      .select({
        userId: peerOffers.userId,
        name: users.name,
        practiceTags: peerOffers.practiceTags,
        note: peerOffers.note,
      })
      .from(peerOffers)
      .innerJoin(users, eq(users.id, peerOffers.userId))
      .where(
        and(
          eq(peerOffers.organizationId, organizationId),
          eq(peerOffers.open, true),
          ne(peerOffers.userId, userId),
          listable(organizationId),
          sql`not exists ${between}`,
        ),
      )
      .orderBy(desc(peerOffers.updatedAt), peerOffers.userId)
      .limit(MAX_CANDIDATES);
  },

  /** The schools where these people hold a role, by person (one query). */
  async schoolNames(db: Executor, organizationId: string, userIds: string[]) {
    if (userIds.length === 0) return new Map<string, string[]>();
    const rows = await db
      .selectDistinct({ userId: memberships.userId, name: schools.name })
      .from(memberships)
      .innerJoin(schools, eq(schools.id, memberships.schoolId))
      .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.userId, userIds)))
      .orderBy(schools.name);
    const byPerson = new Map<string, string[]>();
    for (const row of rows) byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row.name]);
    return byPerson;
  },

  /** Serialises asks that involve any of these people until the transaction ends (sorted: no deadlock). */
  async lockPeople(db: Executor, organizationId: string, userIds: string[]) {
    for (const userId of [...new Set(userIds)].sort())
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`peer-learning:${organizationId}:${userId}`}))`);
  },

  /** Whether this colleague declined a request from this asker since then. */
  async declinedSince(db: Executor, organizationId: string, fromUserId: string, toUserId: string, since: Date) {
    const [row] = await db
      .select({ id: peerRequests.id })
      .from(peerRequests)
      .where(
        and(
          eq(peerRequests.organizationId, organizationId),
          eq(peerRequests.fromUserId, fromUserId),
          eq(peerRequests.toUserId, toUserId),
          eq(peerRequests.status, 'declined'),
          gte(peerRequests.answeredAt, since),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  /** Whether the two people have a request waiting for an answer, whichever of them asked. */
  async pendingBetween(db: Executor, organizationId: string, a: string, b: string) {
    const [row] = await db
      .select({ id: peerRequests.id })
      .from(peerRequests)
      .where(
        and(
          eq(peerRequests.organizationId, organizationId),
          eq(peerRequests.status, 'pending'),
          or(
            and(eq(peerRequests.fromUserId, a), eq(peerRequests.toUserId, b)),
            and(eq(peerRequests.fromUserId, b), eq(peerRequests.toUserId, a)),
          ),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  async pendingOutgoing(db: Executor, organizationId: string, fromUserId: string) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(peerRequests)
      .where(
        and(
          eq(peerRequests.organizationId, organizationId),
          eq(peerRequests.fromUserId, fromUserId),
          eq(peerRequests.status, 'pending'),
        ),
      );
    return row?.n ?? 0;
  },

  /** A new pending request; null when the pair already has one (the unique index decided a race). */
  async createRequest(db: Executor, values: typeof peerRequests.$inferInsert): Promise<RequestRow | null> {
    const [row] = await db.insert(peerRequests).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async request(db: Executor, organizationId: string, id: string): Promise<RequestRow | null> {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(peerRequests)
      .where(and(eq(peerRequests.organizationId, organizationId), eq(peerRequests.id, id)));
    return row ?? null;
  },

  /** Move a pending request on; null when it was no longer pending. */
  async answer(
    db: Executor,
    organizationId: string,
    id: string,
    status: Exclude<PeerRequestStatus, 'pending'>,
    at: Date,
  ): Promise<RequestRow | null> {
    const [row] = await db
      .update(peerRequests)
      .set({ status, answeredAt: at })
      .where(
        and(
          eq(peerRequests.organizationId, organizationId),
          eq(peerRequests.id, id),
          eq(peerRequests.status, 'pending'),
        ),
      )
      .returning();
    return row ?? null;
  },

  /** A person's requests, newest first, each with the other person's name and email. */
  async requestsOf(db: Executor, organizationId: string, userId: string) {
    const other = sql`case when ${peerRequests.fromUserId} = ${userId} then ${peerRequests.toUserId} else ${peerRequests.fromUserId} end`;
    return db
      .select({ request: peerRequests, otherName: users.name, otherEmail: users.email })
      .from(peerRequests)
      .innerJoin(users, sql`${users.id} = ${other}`)
      .where(
        and(
          eq(peerRequests.organizationId, organizationId),
          or(eq(peerRequests.fromUserId, userId), eq(peerRequests.toUserId, userId)),
        ),
      )
      .orderBy(desc(peerRequests.createdAt), desc(peerRequests.id))
      .limit(MAX_REQUESTS);
  },

  /** One person's name and email (the other side of a request). */
  async person(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select({ id: users.id, name: users.name, email: users.email, status: users.status })
      .from(users)
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)));
    return row ?? null;
  },
};
