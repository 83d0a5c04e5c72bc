import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Locale, Role } from '#core/domain/roles';
import type { Db, Executor } from '../../db/client';
import { prepared } from '../../db/prepared';
import { memberships, organizations } from '../../db/schema';
import { isId } from '../../platform/ids';
import { accessTokens, loginFailures, oneTimeTokens, sessions, users } from './identity.table';

export type PrincipalRow = {
  userId: string;
  organizationId: string;
  organizationName: string;
  name: string;
  email: string;
  locale: Locale;
  memberships: { id: string; role: Role; schoolId: string | null }[];
};

// One query resolves the whole principal (user, organization and roles), so an authenticated
// request costs a single round trip before its own work.
const principalColumns = {
  userId: users.id,
  organizationId: users.organizationId,
  organizationName: organizations.name,
  name: users.name,
  email: users.email,
  locale: users.locale,
  memberships: sql<PrincipalRow['memberships']>`coalesce((
    select json_agg(json_build_object('id', m.id, 'role', m.role, 'schoolId', m.school_id) order by m.role, m.school_id)
    from ${memberships} m where m.organization_id = users.organization_id and m.user_id = users.id
  ), '[]'::json)`,
};

export const identityRepo = {
  async findUserByEmail(db: Executor, email: string) {
    const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
    return row ?? null;
  },

  async principal(db: Executor, organizationId: string, userId: string): Promise<PrincipalRow | null> {
    const [row] = await db
      .select(principalColumns)
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId), eq(users.status, 'active')));
    return row ?? null;
  },

  /** Runs on every cookie-authenticated request, so it is a prepared statement. */
  async sessionPrincipal(db: Db, sessionId: string) {
    const statement = prepared(db, 'session_principal', (d) =>
      d
        .select({ ...principalColumns, lastSeenAt: sessions.lastSeenAt })
        .from(sessions)
        .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.organizationId, sessions.organizationId)))
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(
          and(
            eq(sessions.id, sql.placeholder('sessionId')),
            gt(sessions.expiresAt, sql`now()`),
            eq(users.status, 'active'),
          ),
        )
        .prepare('session_principal'),
    );
    const [row] = await statement.execute({ sessionId });
    return row ?? null;
  },

  async tokenPrincipal(db: Db, tokenHash: string) {
    const statement = prepared(db, 'token_principal', (d) =>
      d
        .select({ ...principalColumns, tokenId: accessTokens.id, lastUsedAt: accessTokens.lastUsedAt })
        .from(accessTokens)
        .innerJoin(users, and(eq(users.id, accessTokens.userId), eq(users.organizationId, accessTokens.organizationId)))
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(
          and(
            eq(accessTokens.tokenHash, sql.placeholder('tokenHash')),
            isNull(accessTokens.revokedAt),
            eq(users.status, 'active'),
          ),
        )
        .prepare('token_principal'),
    );
    const [row] = await statement.execute({ tokenHash });
    return row ?? null;
  },

  async createSession(db: Executor, values: typeof sessions.$inferInsert) {
    await db.insert(sessions).values(values);
  },

  async touchSession(db: Executor, sessionId: string, expiresAt: Date) {
    await db.update(sessions).set({ lastSeenAt: sql`now()`, expiresAt }).where(eq(sessions.id, sessionId));
  },

  async deleteSession(db: Executor, sessionId: string) {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
  },

  async deleteSessionsOfUser(db: Executor, organizationId: string, userId: string) {
    await db.delete(sessions).where(and(eq(sessions.organizationId, organizationId), eq(sessions.userId, userId)));
  },

  async deleteExpiredSessions(db: Executor) {
    await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  },

  async countRecentFailures(db: Executor, email: string, ip: string, windowMinutes: number): Promise<number> {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(loginFailures)
      .where(
        and(
          eq(loginFailures.email, email),
          eq(loginFailures.ip, ip),
          gt(loginFailures.createdAt, sql`now() - make_interval(mins => ${windowMinutes})`),
        ),
      );
    return row?.count ?? 0;
  },

  async recordFailure(db: Executor, email: string, ip: string) {
    await db.insert(loginFailures).values({ email, ip });
    // Old failures are worthless; trimming them here keeps the table small without a job.
    await db.delete(loginFailures).where(lt(loginFailures.createdAt, sql`now() - interval '1 day'`));
  },

  async clearFailures(db: Executor, email: string, ip: string) {
    await db.delete(loginFailures).where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)));
  },

  async updateUser(db: Executor, organizationId: string, userId: string, values: Partial<typeof users.$inferInsert>) {
    const [row] = await db
      .update(users)
      .set(values)
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)))
      .returning();
    return row ?? null;
  },

  async findUser(db: Executor, organizationId: string, userId: string) {
    if (!isId(userId)) return null;
    const [row] = await db
      .select()
      .from(users)
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)));
    return row ?? null;
  },

  async createOneTimeToken(db: Executor, values: typeof oneTimeTokens.$inferInsert) {
    await db.insert(oneTimeTokens).values(values);
  },

  /** Older links of the same purpose stop working when a new one is sent. */
  async expireOneTimeTokens(
    db: Executor,
    organizationId: string,
    userId: string,
    purpose: 'invitation' | 'password_reset',
  ) {
    await db
      .update(oneTimeTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(oneTimeTokens.organizationId, organizationId),
          eq(oneTimeTokens.userId, userId),
          eq(oneTimeTokens.purpose, purpose),
          isNull(oneTimeTokens.usedAt),
        ),
      );
  },

  async countRecentOneTimeTokens(
    db: Executor,
    userId: string,
    purpose: 'invitation' | 'password_reset',
    minutes: number,
  ) {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(oneTimeTokens)
      .where(
        and(
          eq(oneTimeTokens.userId, userId),
          eq(oneTimeTokens.purpose, purpose),
          gt(oneTimeTokens.createdAt, sql`now() - make_interval(mins => ${minutes})`),
        ),
      );
    return row?.count ?? 0;
  },

  async findUsableOneTimeToken(db: Executor, tokenHash: string, purpose: 'invitation' | 'password_reset') {
    const [row] = await db
      .select({ token: oneTimeTokens, user: users, organizationName: organizations.name })
      .from(oneTimeTokens)
      .innerJoin(users, and(eq(users.id, oneTimeTokens.userId), eq(users.organizationId, oneTimeTokens.organizationId)))
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(
        and(
          eq(oneTimeTokens.tokenHash, tokenHash),
          eq(oneTimeTokens.purpose, purpose),
          isNull(oneTimeTokens.usedAt),
          gt(oneTimeTokens.expiresAt, sql`now()`),
        ),
      );
    return row ?? null;
  },

  /** Marks the token used only if nobody used it first, so a link works once even under a race. */
  async consumeOneTimeToken(db: Executor, tokenId: string): Promise<boolean> {
    const rows = await db
      .update(oneTimeTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(oneTimeTokens.id, tokenId), isNull(oneTimeTokens.usedAt)))
      .returning({ id: oneTimeTokens.id });
    return rows.length === 1;
  },

  async listAccessTokens(db: Executor, organizationId: string, userId: string) {
    return db
      .select()
      .from(accessTokens)
      .where(
        and(
          eq(accessTokens.organizationId, organizationId),
          eq(accessTokens.userId, userId),
          isNull(accessTokens.revokedAt),
        ),
      )
      .orderBy(desc(accessTokens.createdAt));
  },

  async createAccessToken(db: Executor, values: typeof accessTokens.$inferInsert) {
    const [row] = await db.insert(accessTokens).values(values).returning();
    return row;
  },

  async revokeAccessToken(db: Executor, organizationId: string, userId: string, tokenId: string): Promise<boolean> {
    if (!isId(tokenId)) return false;
    const rows = await db
      .update(accessTokens)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(accessTokens.organizationId, organizationId),
          eq(accessTokens.userId, userId),
          eq(accessTokens.id, tokenId),
          isNull(accessTokens.revokedAt),
        ),
      )
      .returning({ id: accessTokens.id });
    return rows.length === 1;
  },

  async touchAccessToken(db: Executor, tokenId: string) {
    await db.update(accessTokens).set({ lastUsedAt: sql`now()` }).where(eq(accessTokens.id, tokenId));
  },
};
