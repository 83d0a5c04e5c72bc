import { and, asc, eq, exists, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Role, UserStatus } from '#core/domain/roles';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { memberships, organizations, schools, teamMembers, teams } from './organizations.table';

export type UserFilter = {
  q?: string | undefined;
  role?: Role | undefined;
  schoolId?: string | undefined;
  status?: UserStatus | undefined;
  /** Restrict to people with a role in one of these schools (coaches and leaders see their schools). */
  withinSchools?: string[] | undefined;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// Correlated subqueries name the outer table literally: drizzle leaves columns unqualified in one-table selects.
const userRoles = sql<{ id: string; role: Role; schoolId: string | null; schoolName: string | null }[]>`coalesce((
  select json_agg(json_build_object('id', m.id, 'role', m.role, 'schoolId', m.school_id, 'schoolName', s.name) order by m.role, s.name)
  from ${memberships} m left join ${schools} s on s.id = m.school_id
  where m.organization_id = users.organization_id and m.user_id = users.id
), '[]'::json)`;

const teamMemberList = sql<{ userId: string; name: string; role: 'member' | 'lead' }[]>`coalesce((
  select json_agg(json_build_object('userId', u.id, 'name', u.name, 'role', tm.role) order by tm.role desc, u.name)
  from ${teamMembers} tm join ${users} u on u.id = tm.user_id
  where tm.organization_id = teams.organization_id and tm.team_id = teams.id
), '[]'::json)`;

export const organizationsRepo = {
  /**
   * One short string that changes whenever the district's name or any school's or team's name
   * (or a team's school) changes, or one is added or removed: lets a reader keep the names.
   */
  async groupNamesStamp(db: Executor, organizationId: string): Promise<string> {
    const result = await db.execute(sql`
      select concat_ws('|',
        (select name from ${organizations} where id = ${organizationId}),
        (select count(*) || ':' || coalesce(md5(string_agg(id::text || ':' || name, ',' order by id)), '')
           from ${schools} where organization_id = ${organizationId}),
        (select count(*) || ':' || coalesce(md5(string_agg(id::text || ':' || name || ':' || coalesce(school_id::text, ''), ',' order by id)), '')
           from ${teams} where organization_id = ${organizationId})
      ) as stamp`);
    return (result as unknown as { rows: { stamp: string | null }[] }).rows[0]?.stamp ?? '';
  },

  /** The district's, schools' and teams' names, read side by side. */
  async groupNames(db: Executor, organizationId: string) {
    const [district, schoolRows, teamRows] = await Promise.all([
      db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId)),
      db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.organizationId, organizationId)),
      db
        .select({ id: teams.id, name: teams.name, schoolId: teams.schoolId })
        .from(teams)
        .where(eq(teams.organizationId, organizationId)),
    ]);
    return { district: district[0]?.name ?? '', schools: schoolRows, teams: teamRows };
  },

  async organization(db: Executor, organizationId: string) {
    const [row] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
    return row ?? null;
  },

  async updateSettings(
    db: Executor,
    organizationId: string,
    values: { evaluativeObservations?: boolean; country?: string | null },
  ) {
    const [row] = await db.update(organizations).set(values).where(eq(organizations.id, organizationId)).returning();
    return row ?? null;
  },

  async createOrganization(db: Executor, values: typeof organizations.$inferInsert) {
    const [row] = await db.insert(organizations).values(values).returning();
    return row!;
  },

  // ── schools ──
  async listSchools(db: Executor, organizationId: string, limit: number, after: string[] | null) {
    return db
      .select()
      .from(schools)
      .where(
        and(
          eq(schools.organizationId, organizationId),
          after ? sql`(${schools.name}, ${schools.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(schools.name), asc(schools.id))
      .limit(limit + 1);
  },

  async findSchool(db: Executor, organizationId: string, schoolId: string) {
    if (!isId(schoolId)) return null;
    const [row] = await db
      .select()
      .from(schools)
      .where(and(eq(schools.organizationId, organizationId), eq(schools.id, schoolId)));
    return row ?? null;
  },

  async schoolNameTaken(db: Executor, organizationId: string, name: string, exceptId?: string) {
    const rows = await db
      .select({ id: schools.id })
      .from(schools)
      .where(and(eq(schools.organizationId, organizationId), sql`lower(${schools.name}) = lower(${name})`));
    return rows.some((row) => row.id !== exceptId);
  },

  async createSchool(db: Executor, organizationId: string, name: string) {
    const [row] = await db.insert(schools).values({ organizationId, name }).returning();
    return row!;
  },

  async renameSchool(db: Executor, organizationId: string, schoolId: string, name: string) {
    const [row] = await db
      .update(schools)
      .set({ name })
      .where(and(eq(schools.organizationId, organizationId), eq(schools.id, schoolId)))
      .returning();
    return row ?? null;
  },

  // ── people ──
  async listUsers(db: Executor, organizationId: string, filter: UserFilter, limit: number, after: string[] | null) {
    const membershipMatches = (extra: ReturnType<typeof and>) =>
      exists(
        db
          .select({ one: sql`1` })
          .from(memberships)
          .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, users.id), extra)),
      );
    const conditions = [
      eq(users.organizationId, organizationId),
      filter.status ? eq(users.status, filter.status) : undefined,
      filter.q
        ? or(ilike(users.name, `%${escapeLike(filter.q)}%`), ilike(users.email, `%${escapeLike(filter.q)}%`))
        : undefined,
      filter.role ? membershipMatches(eq(memberships.role, filter.role)) : undefined,
      filter.schoolId
        ? isId(filter.schoolId)
          ? membershipMatches(eq(memberships.schoolId, filter.schoolId))
          : sql`false`
        : undefined,
      filter.withinSchools
        ? filter.withinSchools.length > 0
          ? membershipMatches(inArray(memberships.schoolId, filter.withinSchools))
          : sql`false`
        : undefined,
      after ? sql`(${users.name}, ${users.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
    ];
    return db
      .select({ user: users, roles: userRoles })
      .from(users)
      .where(and(...conditions))
      .orderBy(asc(users.name), asc(users.id))
      .limit(limit + 1);
  },

  async findUserWithRoles(db: Executor, organizationId: string, userId: string) {
    if (!isId(userId)) return null;
    const [row] = await db
      .select({ user: users, roles: userRoles })
      .from(users)
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)));
    return row ?? null;
  },

  async emailExists(db: Executor, email: string) {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    return row !== undefined;
  },

  async createUser(db: Executor, values: typeof users.$inferInsert) {
    const [row] = await db.insert(users).values(values).returning();
    return row!;
  },

  async setUserStatus(db: Executor, organizationId: string, userId: string, status: UserStatus) {
    const [row] = await db
      .update(users)
      .set({ status, deactivatedAt: status === 'deactivated' ? sql`now()` : null })
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)))
      .returning();
    return row ?? null;
  },

  async addMembership(
    db: Executor,
    values: { organizationId: string; userId: string; role: Role; schoolId: string | null },
  ) {
    const [row] = await db.insert(memberships).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async findMembership(db: Executor, organizationId: string, userId: string, membershipId: string) {
    if (!isId(membershipId)) return null;
    const [row] = await db
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.userId, userId),
          eq(memberships.id, membershipId),
        ),
      );
    return row ?? null;
  },

  async removeMembership(db: Executor, organizationId: string, membershipId: string) {
    await db
      .delete(memberships)
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.id, membershipId)));
  },

  async countActiveAdmins(db: Executor, organizationId: string) {
    const [row] = await db
      .select({ count: sql<number>`count(distinct ${users.id})::int` })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.role, 'district_admin'),
          eq(users.status, 'active'),
        ),
      );
    return row?.count ?? 0;
  },

  // ── teams ──
  async listTeams(
    db: Executor,
    organizationId: string,
    scope: { all: true } | { memberId: string; schoolIds: string[] },
    limit: number,
    after: string[] | null,
  ) {
    const visible =
      'all' in scope
        ? undefined
        : or(
            exists(
              db
                .select({ one: sql`1` })
                .from(teamMembers)
                .where(
                  and(
                    eq(teamMembers.organizationId, organizationId),
                    eq(teamMembers.teamId, teams.id),
                    eq(teamMembers.userId, scope.memberId),
                  ),
                ),
            ),
            scope.schoolIds.length > 0 ? inArray(teams.schoolId, scope.schoolIds) : undefined,
          );
    return db
      .select({ team: teams, members: teamMemberList })
      .from(teams)
      .where(
        and(
          eq(teams.organizationId, organizationId),
          visible,
          after ? sql`(${teams.name}, ${teams.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(teams.name), asc(teams.id))
      .limit(limit + 1);
  },

  async findTeam(db: Executor, organizationId: string, teamId: string) {
    if (!isId(teamId)) return null;
    const [row] = await db
      .select({ team: teams, members: teamMemberList })
      .from(teams)
      .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
    return row ?? null;
  },

  async createTeam(db: Executor, values: typeof teams.$inferInsert) {
    const [row] = await db.insert(teams).values(values).returning();
    return row!;
  },

  async updateTeam(
    db: Executor,
    organizationId: string,
    teamId: string,
    values: Partial<Pick<typeof teams.$inferInsert, 'name' | 'type' | 'cadence'>>,
  ) {
    await db
      .update(teams)
      .set(values)
      .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
  },

  async upsertTeamMember(
    db: Executor,
    values: { organizationId: string; teamId: string; userId: string; role: 'member' | 'lead' },
  ) {
    await db
      .insert(teamMembers)
      .values(values)
      .onConflictDoUpdate({
        target: [teamMembers.organizationId, teamMembers.teamId, teamMembers.userId],
        set: { role: values.role },
      });
  },

  async removeTeamMember(db: Executor, organizationId: string, teamId: string, userId: string): Promise<boolean> {
    if (!isId(userId)) return false;
    const rows = await db
      .delete(teamMembers)
      .where(
        and(
          eq(teamMembers.organizationId, organizationId),
          eq(teamMembers.teamId, teamId),
          eq(teamMembers.userId, userId),
        ),
      )
      .returning({ userId: teamMembers.userId });
    return rows.length === 1;
  },
};
