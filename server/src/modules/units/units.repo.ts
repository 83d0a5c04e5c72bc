import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { isId } from '../../platform/ids';
import { users } from '../identity/identity.table';
import { teamMembers, teams } from '../organizations/organizations.table';
import { sectionComments, studentWorkSamples, studentWorkScores, units } from './units.table';

export type UnitRow = typeof units.$inferSelect & { teamName: string };
export type UnitValues = Pick<
  typeof units.$inferInsert,
  'title' | 'standards' | 'bigIdeas' | 'assessments' | 'sequence' | 'curriculumSource'
>;
export type SampleRow = typeof studentWorkSamples.$inferSelect & { uploaderName: string };
export type CommentRow = typeof sectionComments.$inferSelect & { authorName: string };
export type ScoreRow = typeof studentWorkScores.$inferSelect;
export type Person = { id: string; name: string };

const unitColumns = { unit: units, teamName: teams.name };
const flattenUnit = (r: { unit: typeof units.$inferSelect; teamName: string }): UnitRow => ({
  ...r.unit,
  teamName: r.teamName,
});
const flattenSample = (r: { sample: typeof studentWorkSamples.$inferSelect; uploaderName: string }): SampleRow => ({
  ...r.sample,
  uploaderName: r.uploaderName,
});
/** The teams `userId` belongs to, as a subquery. */
const teamsOf = (organizationId: string, userId: string) =>
  sql`select ${teamMembers.teamId} from ${teamMembers}
      where ${teamMembers.organizationId} = ${organizationId} and ${teamMembers.userId} = ${userId}`;

export const unitsRepo = {
  // ── teams (read only: membership decides everything here) ──
  async isTeamMember(db: Executor, organizationId: string, teamId: string, userId: string) {
    if (!isId(teamId)) return false;
    const rows = await db
      .select({ one: sql`1` })
      .from(teamMembers)
      .where(
        and(
          eq(teamMembers.organizationId, organizationId),
          eq(teamMembers.teamId, teamId),
          eq(teamMembers.userId, userId),
        ),
      )
      .limit(1);
    return rows.length > 0;
  },

  async teamMembers(db: Executor, organizationId: string, teamId: string): Promise<Person[]> {
    return db
      .select({ id: users.id, name: users.name })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId)))
      .orderBy(asc(users.name));
  },

  /** Everyone who shares a team with `userId`, and the person themself. */
  async teammatesOf(db: Executor, organizationId: string, userId: string): Promise<Person[]> {
    return db
      .selectDistinct({ id: users.id, name: users.name })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(
        and(
          eq(teamMembers.organizationId, organizationId),
          sql`${teamMembers.teamId} in (${teamsOf(organizationId, userId)})`,
        ),
      )
      .orderBy(asc(users.name));
  },

  async people(db: Executor, organizationId: string, ids: string[]): Promise<Person[]> {
    if (ids.length === 0) return [];
    return db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.organizationId, organizationId), inArray(users.id, ids)));
  },

  // ── units ──
  async createUnit(db: Executor, values: typeof units.$inferInsert) {
    const [row] = await db.insert(units).values(values).returning();
    return row!;
  },

  async findUnit(db: Executor, organizationId: string, unitId: string): Promise<UnitRow | null> {
    if (!isId(unitId)) return null;
    const [row] = await db
      .select(unitColumns)
      .from(units)
      .innerJoin(teams, eq(teams.id, units.teamId))
      .where(and(eq(units.organizationId, organizationId), eq(units.id, unitId)));
    return row ? flattenUnit(row) : null;
  },

  /** Units of the teams `userId` is a member of, by title. */
  async listUnits(
    db: Executor,
    organizationId: string,
    userId: string,
    teamId: string | undefined,
    limit: number,
    after: string[] | null,
  ) {
    if (teamId !== undefined && !isId(teamId)) return [];
    const rows = await db
      .select(unitColumns)
      .from(units)
      .innerJoin(teams, eq(teams.id, units.teamId))
      .where(
        and(
          eq(units.organizationId, organizationId),
          sql`${units.teamId} in (${teamsOf(organizationId, userId)})`,
          teamId ? eq(units.teamId, teamId) : undefined,
          after ? sql`(${units.title}, ${units.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(units.title), asc(units.id))
      .limit(limit + 1);
    return rows.map(flattenUnit);
  },

  /** Saves only if nobody saved since `version`; null when someone did. */
  async saveUnitIfVersion(db: Executor, organizationId: string, unitId: string, version: number, values: UnitValues) {
    const [row] = await db
      .update(units)
      .set({ ...values, version: sql`${units.version} + 1`, updatedAt: new Date() })
      .where(and(eq(units.organizationId, organizationId), eq(units.id, unitId), eq(units.version, version)))
      .returning();
    return row ?? null;
  },

  // ── comments ──
  async addComment(db: Executor, values: typeof sectionComments.$inferInsert) {
    const [row] = await db.insert(sectionComments).values(values).returning();
    return row!;
  },

  async comments(db: Executor, organizationId: string, targetType: 'plan' | 'unit', targetId: string) {
    const rows = await db
      .select({ comment: sectionComments, authorName: users.name })
      .from(sectionComments)
      .innerJoin(users, eq(users.id, sectionComments.authorId))
      .where(
        and(
          eq(sectionComments.organizationId, organizationId),
          eq(sectionComments.targetType, targetType),
          eq(sectionComments.targetId, targetId),
        ),
      )
      .orderBy(asc(sectionComments.createdAt), asc(sectionComments.id))
      .limit(500);
    return rows.map((r): CommentRow => ({ ...r.comment, authorName: r.authorName }));
  },

  // ── student work ──
  async addSample(db: Executor, values: typeof studentWorkSamples.$inferInsert) {
    const [row] = await db.insert(studentWorkSamples).values(values).returning();
    return row!;
  },

  async findSample(db: Executor, organizationId: string, sampleId: string): Promise<SampleRow | null> {
    if (!isId(sampleId)) return null;
    const [row] = await db
      .select({ sample: studentWorkSamples, uploaderName: users.name })
      .from(studentWorkSamples)
      .innerJoin(users, eq(users.id, studentWorkSamples.uploadedBy))
      .where(and(eq(studentWorkSamples.organizationId, organizationId), eq(studentWorkSamples.id, sampleId)));
    return row ? flattenSample(row) : null;
  },

  /** Samples of the teams `userId` is a member of, newest first. */
  async listSamples(
    db: Executor,
    organizationId: string,
    userId: string,
    filter: { teamId?: string | undefined; unitId?: string | undefined },
    limit: number,
    after: string[] | null,
  ) {
    if ((filter.teamId && !isId(filter.teamId)) || (filter.unitId && !isId(filter.unitId))) return [];
    const rows = await db
      .select({ sample: studentWorkSamples, uploaderName: users.name })
      .from(studentWorkSamples)
      .innerJoin(users, eq(users.id, studentWorkSamples.uploadedBy))
      .where(
        and(
          eq(studentWorkSamples.organizationId, organizationId),
          sql`${studentWorkSamples.teamId} in (${teamsOf(organizationId, userId)})`,
          filter.teamId ? eq(studentWorkSamples.teamId, filter.teamId) : undefined,
          filter.unitId ? eq(studentWorkSamples.unitId, filter.unitId) : undefined,
          after
            ? sql`(${studentWorkSamples.createdAt}, ${studentWorkSamples.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(studentWorkSamples.createdAt), desc(studentWorkSamples.id))
      .limit(limit + 1);
    return rows.map(flattenSample);
  },

  async deleteSample(db: Executor, organizationId: string, sampleId: string) {
    await db
      .delete(studentWorkScores)
      .where(and(eq(studentWorkScores.organizationId, organizationId), eq(studentWorkScores.sampleId, sampleId)));
    await db
      .delete(studentWorkSamples)
      .where(and(eq(studentWorkSamples.organizationId, organizationId), eq(studentWorkSamples.id, sampleId)));
  },

  async scores(db: Executor, organizationId: string, sampleId: string): Promise<ScoreRow[]> {
    return db
      .select()
      .from(studentWorkScores)
      .where(and(eq(studentWorkScores.organizationId, organizationId), eq(studentWorkScores.sampleId, sampleId)));
  },

  /** One set of scores per scorer per sample: scoring again replaces the earlier set. */
  async upsertScores(db: Executor, values: typeof studentWorkScores.$inferInsert) {
    await db
      .insert(studentWorkScores)
      .values(values)
      .onConflictDoUpdate({
        target: [studentWorkScores.organizationId, studentWorkScores.sampleId, studentWorkScores.scorerId],
        set: { scores: values.scores, meetingId: values.meetingId ?? null, updatedAt: new Date() },
      });
  },
};
