import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CoiPhase } from '#core/contracts/coi';
import type { CommunityMemberRole, ReactionKind } from '#core/contracts/communities';
import type { Executor } from '../../db/client';
import { notificationPreferences, organizations, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import {
  communities,
  communityDigests,
  communityFollows,
  communityMembers,
  communityOrganizations,
  communityPosts,
  communityReactions,
  communityReports,
  communityThreads,
} from './communities.table';

export type CommunityRow = typeof communities.$inferSelect;
export type ThreadRow = typeof communityThreads.$inferSelect;
export type PostRow = typeof communityPosts.$inferSelect;
/** What any member may learn of a person: the name, one school's name, the district's country. */
export type PersonRow = { userId: string; name: string; schoolName: string | null; country: string | null };

const author = alias(users, 'author');
const authorOrg = alias(organizations, 'author_org');
const host = alias(organizations, 'host');

/** The person's first school by name (written out: the subquery must name the outer alias). */
const schoolOf = (table: string) =>
  sql<string | null>`(select s.name from memberships m join schools s on s.id = m.school_id
    where m.organization_id = ${sql.raw(`"${table}"."organization_id"`)} and m.user_id = ${sql.raw(`"${table}"."id"`)}
    order by s.name limit 1)`;

const personFields = {
  userId: author.id,
  name: author.name,
  schoolName: schoolOf('author'),
  country: authorOrg.country,
};

/** Whether the actor's district opted into the community (the host always has). */
const optedIn = (organizationId: string) =>
  sql`exists (select 1 from community_organizations co where co.community_id = ${communities.id}
    and co.organization_id = ${organizationId})`;

export type CommunityListRow = {
  community: CommunityRow;
  hostName: string;
  hostCountry: string | null;
  myRole: CommunityMemberRole | null;
  memberCount: number;
  threadCount: number;
};

function communityRows(db: Executor, userId: string) {
  return db
    .select({
      community: communities,
      hostName: host.name,
      hostCountry: host.country,
      myRole: sql<CommunityMemberRole | null>`(select cm.role from community_members cm
        where cm.community_id = ${communities.id} and cm.user_id = ${userId})`,
      memberCount: sql<number>`(select count(*)::int from community_members cm where cm.community_id = ${communities.id})`,
      threadCount: sql<number>`(select count(*)::int from community_threads ct where ct.community_id = ${communities.id})`,
    })
    .from(communities)
    .innerJoin(host, eq(host.id, communities.organizationId));
}

export const communitiesRepo = {
  async create(db: Executor, values: typeof communities.$inferInsert) {
    const [row] = await db.insert(communities).values(values).returning();
    await db
      .insert(communityOrganizations)
      .values({ organizationId: values.organizationId, communityId: row!.id, addedBy: values.createdBy });
    return row!;
  },

  /** The community if the actor's district is in it; null otherwise (another tenant's community is not found). */
  async visible(db: Executor, organizationId: string, userId: string, id: string): Promise<CommunityListRow | null> {
    if (!isId(id)) return null;
    const [row] = await communityRows(db, userId).where(and(eq(communities.id, id), optedIn(organizationId)));
    return row ?? null;
  },

  /** The actor's role in the community (null: not a member), or null when the actor's district is not in it. */
  async access(db: Executor, organizationId: string, userId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select({
        id: communities.id,
        role: sql<CommunityMemberRole | null>`(select cm.role from community_members cm
          where cm.community_id = ${communities.id} and cm.user_id = ${userId})`,
      })
      .from(communities)
      .where(and(eq(communities.id, id), optedIn(organizationId)));
    return row ?? null;
  },

  /** Communities the actor's district is in, newest first. */
  async list(db: Executor, organizationId: string, userId: string, limit: number, after: string[] | null) {
    return communityRows(db, userId)
      .where(
        and(
          optedIn(organizationId),
          after
            ? sql`(${communities.createdAt}, ${communities.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(communities.createdAt), desc(communities.id))
      .limit(limit + 1);
  },

  /** For recommendations: communities the person's district is in and they have not joined, newest first (bounded). */
  async joinableNotMember(db: Executor, organizationId: string, userId: string, limit = 100) {
    return db
      .select({ id: communities.id, name: communities.name, description: communities.description })
      .from(communities)
      .where(
        and(
          optedIn(organizationId),
          sql`not exists (select 1 from community_members cm where cm.community_id = ${communities.id}
            and cm.user_id = ${userId})`,
        ),
      )
      .orderBy(desc(communities.createdAt), desc(communities.id))
      .limit(limit);
  },

  async byJoinCode(db: Executor, joinCode: string) {
    const [row] = await db
      .select()
      .from(communities)
      .where(and(eq(communities.joinCode, joinCode), eq(communities.crossDistrict, true)));
    return row ?? null;
  },

  async optIn(db: Executor, organizationId: string, communityId: string, addedBy: string) {
    await db.insert(communityOrganizations).values({ organizationId, communityId, addedBy }).onConflictDoNothing();
  },

  async districts(db: Executor, communityId: string) {
    return db
      .select({ id: organizations.id, name: organizations.name, country: organizations.country })
      .from(communityOrganizations)
      .innerJoin(organizations, eq(organizations.id, communityOrganizations.organizationId))
      .where(eq(communityOrganizations.communityId, communityId))
      .orderBy(asc(communityOrganizations.createdAt));
  },

  async role(db: Executor, communityId: string, userId: string): Promise<CommunityMemberRole | null> {
    const [row] = await db
      .select({ role: communityMembers.role })
      .from(communityMembers)
      .where(and(eq(communityMembers.communityId, communityId), eq(communityMembers.userId, userId)));
    return row?.role ?? null;
  },

  async join(db: Executor, values: typeof communityMembers.$inferInsert) {
    await db.insert(communityMembers).values(values).onConflictDoNothing();
  },

  async leave(db: Executor, organizationId: string, communityId: string, userId: string) {
    await db
      .delete(communityMembers)
      .where(
        and(
          eq(communityMembers.organizationId, organizationId),
          eq(communityMembers.communityId, communityId),
          eq(communityMembers.userId, userId),
        ),
      );
  },

  /** Facilitators of the community who are not of this district (who would remain if it left). */
  async facilitatorsOutside(db: Executor, communityId: string, organizationId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(communityMembers)
      .where(
        and(
          eq(communityMembers.communityId, communityId),
          eq(communityMembers.role, 'facilitator'),
          sql`${communityMembers.organizationId} <> ${organizationId}`,
        ),
      );
    return row?.n ?? 0;
  },

  /**
   * A district leaves a community it opted into: its people's follows and memberships there end,
   * then the district itself. Their posts stay, as written. Says how many memberships ended.
   */
  async optOut(db: Executor, organizationId: string, communityId: string) {
    await db.execute(sql`delete from community_follows f
      using community_threads t
      where f.thread_id = t.id and t.community_id = ${communityId} and f.organization_id = ${organizationId}`);
    const ended = await db
      .delete(communityMembers)
      .where(and(eq(communityMembers.organizationId, organizationId), eq(communityMembers.communityId, communityId)))
      .returning({ userId: communityMembers.userId });
    await db
      .delete(communityOrganizations)
      .where(
        and(
          eq(communityOrganizations.organizationId, organizationId),
          eq(communityOrganizations.communityId, communityId),
        ),
      );
    return ended.length;
  },

  async facilitatorCount(db: Executor, communityId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(communityMembers)
      .where(and(eq(communityMembers.communityId, communityId), eq(communityMembers.role, 'facilitator')));
    return row?.n ?? 0;
  },

  async members(db: Executor, communityId: string, limit: number, after: string[] | null) {
    return db
      .select({ ...personFields, role: communityMembers.role, createdAt: communityMembers.createdAt })
      .from(communityMembers)
      .innerJoin(author, eq(author.id, communityMembers.userId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organizationId))
      .where(
        and(
          eq(communityMembers.communityId, communityId),
          after
            ? sql`(${communityMembers.createdAt}, ${communityMembers.userId}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(communityMembers.createdAt), asc(communityMembers.userId))
      .limit(limit + 1);
  },

  // ── threads ──
  async createThread(db: Executor, values: typeof communityThreads.$inferInsert) {
    const [row] = await db.insert(communityThreads).values(values).returning();
    return row!;
  },

  /** The thread if the actor's district is in its community. */
  async thread(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select({ thread: communityThreads, community: communities })
      .from(communityThreads)
      .innerJoin(communities, eq(communities.id, communityThreads.communityId))
      .where(and(eq(communityThreads.id, id), optedIn(organizationId)));
    return row ?? null;
  },

  async lockThread(db: Executor, id: string, lockedAt: Date | null) {
    await db.update(communityThreads).set({ lockedAt }).where(eq(communityThreads.id, id));
  },

  async threads(db: Executor, communityId: string, userId: string, limit: number, after: string[] | null) {
    return db
      .select({
        thread: communityThreads,
        author: personFields,
        postCount: sql<number>`(select count(*)::int from community_posts p where p.thread_id = ${communityThreads.id})`,
        following: sql<boolean>`exists (select 1 from community_follows f
          where f.thread_id = ${communityThreads.id} and f.user_id = ${userId})`,
      })
      .from(communityThreads)
      .innerJoin(author, eq(author.id, communityThreads.authorId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organizationId))
      .where(
        and(
          eq(communityThreads.communityId, communityId),
          after
            ? sql`(${communityThreads.lastPostAt}, ${communityThreads.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(communityThreads.lastPostAt), desc(communityThreads.id))
      .limit(limit + 1);
  },

  async threadView(db: Executor, threadId: string, userId: string) {
    const [row] = await db
      .select({
        author: personFields,
        postCount: sql<number>`(select count(*)::int from community_posts p where p.thread_id = ${threadId})`,
        following: sql<boolean>`exists (select 1 from community_follows f
          where f.thread_id = ${threadId} and f.user_id = ${userId})`,
      })
      .from(communityThreads)
      .innerJoin(author, eq(author.id, communityThreads.authorId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organizationId))
      .where(eq(communityThreads.id, threadId));
    return row!;
  },

  /**
   * How many posts of these threads are in each phase, by facilitators or not, for their CoI
   * profiles (counted in the database: a community's thousands of posts never leave it).
   */
  /** Post counts per thread, phase and author kind, for the CoI profiles of some threads or of whole communities. */
  async phases(db: Executor, by: { threadIds: string[] } | { communityIds: string[] }) {
    const ids = 'threadIds' in by ? by.threadIds : by.communityIds;
    if (ids.length === 0) return [];
    return db
      .select({
        communityId: communityThreads.communityId,
        threadId: communityPosts.threadId,
        phase: communityPosts.codePhase,
        authorIsFacilitator: communityPosts.authorIsFacilitator,
        count: sql<number>`count(*)::int`,
      })
      .from(communityPosts)
      .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
      .where('threadIds' in by ? inArray(communityPosts.threadId, ids) : inArray(communityThreads.communityId, ids))
      .groupBy(
        communityThreads.communityId,
        communityPosts.threadId,
        communityPosts.codePhase,
        communityPosts.authorIsFacilitator,
      );
  },

  // ── posts ──
  async createPost(db: Executor, values: typeof communityPosts.$inferInsert) {
    const [row] = await db.insert(communityPosts).values(values).returning();
    await db
      .update(communityThreads)
      .set({ lastPostAt: row!.createdAt })
      .where(eq(communityThreads.id, values.threadId));
    return row!;
  },

  /** The post and its thread and community, if the actor's district is in the community. */
  async post(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select({ post: communityPosts, thread: communityThreads, community: communities })
      .from(communityPosts)
      .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
      .innerJoin(communities, eq(communities.id, communityThreads.communityId))
      .where(and(eq(communityPosts.id, id), optedIn(organizationId)));
    return row ?? null;
  },

  async updatePost(db: Executor, id: string, values: Partial<typeof communityPosts.$inferInsert>) {
    const [row] = await db.update(communityPosts).set(values).where(eq(communityPosts.id, id)).returning();
    return row!;
  },

  async posts(db: Executor, threadId: string, limit: number, after: string[] | null) {
    return db
      .select({ post: communityPosts, author: personFields })
      .from(communityPosts)
      .innerJoin(author, eq(author.id, communityPosts.authorId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organizationId))
      .where(
        and(
          eq(communityPosts.threadId, threadId),
          after
            ? sql`(${communityPosts.createdAt}, ${communityPosts.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(communityPosts.createdAt), asc(communityPosts.id))
      .limit(limit + 1);
  },

  async postWithAuthor(db: Executor, postId: string) {
    const [row] = await db
      .select({ post: communityPosts, author: personFields })
      .from(communityPosts)
      .innerJoin(author, eq(author.id, communityPosts.authorId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organizationId))
      .where(eq(communityPosts.id, postId));
    return row!;
  },

  async reactions(db: Executor, postIds: string[], userId: string) {
    if (postIds.length === 0) return [];
    return db
      .select({
        postId: communityReactions.postId,
        kind: communityReactions.kind,
        n: sql<number>`count(*)::int`,
        mine: sql<boolean>`bool_or(${communityReactions.userId} = ${userId})`,
      })
      .from(communityReactions)
      .where(inArray(communityReactions.postId, postIds))
      .groupBy(communityReactions.postId, communityReactions.kind);
  },

  async reportCounts(db: Executor, postIds: string[]) {
    if (postIds.length === 0) return [];
    return db
      .select({ postId: communityReports.postId, n: sql<number>`count(*)::int` })
      .from(communityReports)
      .where(inArray(communityReports.postId, postIds))
      .groupBy(communityReports.postId);
  },

  async react(db: Executor, values: { organizationId: string; postId: string; userId: string; kind: ReactionKind }) {
    await db.insert(communityReactions).values(values).onConflictDoNothing();
  },

  async unreact(db: Executor, postId: string, userId: string, kind: ReactionKind) {
    await db
      .delete(communityReactions)
      .where(
        and(
          eq(communityReactions.postId, postId),
          eq(communityReactions.userId, userId),
          eq(communityReactions.kind, kind),
        ),
      );
  },

  async report(db: Executor, values: typeof communityReports.$inferInsert) {
    const [row] = await db.insert(communityReports).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async follow(db: Executor, organizationId: string, threadId: string, userId: string) {
    await db.insert(communityFollows).values({ organizationId, threadId, userId }).onConflictDoNothing();
  },

  async unfollow(db: Executor, threadId: string, userId: string) {
    await db
      .delete(communityFollows)
      .where(and(eq(communityFollows.threadId, threadId), eq(communityFollows.userId, userId)));
  },

  /** Followers of a thread who are still members of its community (and not `except`). */
  async followers(db: Executor, threadId: string, communityId: string, except: string) {
    return db
      .select({ organizationId: communityFollows.organizationId, userId: communityFollows.userId })
      .from(communityFollows)
      .innerJoin(
        communityMembers,
        and(eq(communityMembers.userId, communityFollows.userId), eq(communityMembers.communityId, communityId)),
      )
      .where(and(eq(communityFollows.threadId, threadId), sql`${communityFollows.userId} <> ${except}`));
  },

  async allPostsForCoi(db: Executor, threadId: string) {
    return db
      .select({ post: communityPosts, author: personFields })
      .from(communityPosts)
      .innerJoin(author, eq(author.id, communityPosts.authorId))
      .innerJoin(authorOrg, eq(authorOrg.id, author.organizationId))
      .where(eq(communityPosts.threadId, threadId))
      .orderBy(asc(communityPosts.createdAt), asc(communityPosts.id));
  },

  // ── weekly digest ──
  /** People who follow a thread with a post by someone else since `since`, with those threads' new posts counted. */
  async digestItems(db: Executor, since: Date, until: Date) {
    return db
      .select({
        organizationId: communityFollows.organizationId,
        userId: communityFollows.userId,
        threadId: communityThreads.id,
        title: communityThreads.title,
        communityName: communities.name,
        newPosts: sql<number>`count(${communityPosts.id})::int`,
      })
      .from(communityFollows)
      .innerJoin(communityThreads, eq(communityThreads.id, communityFollows.threadId))
      .innerJoin(communities, eq(communities.id, communityThreads.communityId))
      .innerJoin(
        communityMembers,
        and(eq(communityMembers.communityId, communities.id), eq(communityMembers.userId, communityFollows.userId)),
      )
      .innerJoin(
        communityPosts,
        and(
          eq(communityPosts.threadId, communityThreads.id),
          sql`${communityPosts.createdAt} >= ${since.toISOString()}::timestamptz`,
          sql`${communityPosts.createdAt} < ${until.toISOString()}::timestamptz`,
          sql`${communityPosts.authorId} <> ${communityFollows.userId}`,
          isNull(communityPosts.hiddenAt),
        ),
      )
      .groupBy(
        communityFollows.organizationId,
        communityFollows.userId,
        communityThreads.id,
        communityThreads.title,
        communities.name,
      )
      .orderBy(asc(communityFollows.userId), asc(communityThreads.title));
  },

  /** Claims (person, week); false when that week's digest was already claimed. */
  async claimDigest(db: Executor, organizationId: string, userId: string, week: string) {
    const rows = await db
      .insert(communityDigests)
      .values({ organizationId, userId, week })
      .onConflictDoNothing()
      .returning({ week: communityDigests.week });
    return rows.length > 0;
  },

  async recordDigestMail(db: Executor, organizationId: string, userId: string, week: string, mailId: string) {
    await db
      .update(communityDigests)
      .set({ mailId })
      .where(
        and(
          eq(communityDigests.organizationId, organizationId),
          eq(communityDigests.userId, userId),
          eq(communityDigests.week, week),
        ),
      );
  },

  async recipient(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select({
        email: users.email,
        name: users.name,
        locale: users.locale,
        status: users.status,
        emailPreference: notificationPreferences.email,
      })
      .from(users)
      .leftJoin(
        notificationPreferences,
        and(
          eq(notificationPreferences.organizationId, users.organizationId),
          eq(notificationPreferences.userId, users.id),
        ),
      )
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)));
    return row ?? null;
  },
};

export type Phase = CoiPhase;
