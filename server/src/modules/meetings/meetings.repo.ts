import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { lessonPlans, teamMembers, teams, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import {
  calendarFeeds,
  meetingActionItems,
  meetingArtefacts,
  meetingAttendees,
  meetingDecisions,
  meetingNotes,
  meetingProtocols,
  meetings,
} from './meetings.table';

export type MeetingRow = typeof meetings.$inferSelect;
export type TeamFacts = {
  id: string;
  name: string;
  schoolId: string | null;
  members: { userId: string; name: string; role: 'member' | 'lead' }[];
};

const inMeeting = <T extends { organizationId: any; meetingId: any }>(
  table: T,
  organizationId: string,
  meetingId: string,
) => and(eq(table.organizationId, organizationId), eq(table.meetingId, meetingId));

const actionItemColumns = {
  item: meetingActionItems,
  ownerName: users.name,
  meetingTitle: meetings.title,
  teamId: meetings.teamId,
  teamName: teams.name,
};
export type ActionItemRow = {
  item: typeof meetingActionItems.$inferSelect;
  ownerName: string;
  meetingTitle: string;
  teamId: string;
  teamName: string;
};

function actionItems(db: Executor) {
  return db
    .select(actionItemColumns)
    .from(meetingActionItems)
    .innerJoin(users, eq(users.id, meetingActionItems.ownerId))
    .innerJoin(
      meetings,
      and(
        eq(meetings.organizationId, meetingActionItems.organizationId),
        eq(meetings.id, meetingActionItems.meetingId),
      ),
    )
    .innerJoin(teams, and(eq(teams.organizationId, meetings.organizationId), eq(teams.id, meetings.teamId)));
}

export const meetingsRepo = {
  // ── teams (read from organizations' tables through db/schema) ──
  async team(db: Executor, organizationId: string, teamId: string): Promise<TeamFacts | null> {
    if (!isId(teamId)) return null;
    const [team] = await db
      .select({ id: teams.id, name: teams.name, schoolId: teams.schoolId })
      .from(teams)
      .where(and(eq(teams.organizationId, organizationId), eq(teams.id, teamId)));
    if (!team) return null;
    const members = await db
      .select({ userId: teamMembers.userId, name: users.name, role: teamMembers.role })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.teamId, teamId)))
      .orderBy(asc(users.name));
    return { ...team, members };
  },

  async teamIdsOf(db: Executor, organizationId: string, userId: string) {
    const rows = await db
      .select({ teamId: teamMembers.teamId })
      .from(teamMembers)
      .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.userId, userId)));
    return rows.map((r) => r.teamId);
  },

  // ── district protocols ──
  listProtocols(db: Executor, organizationId: string) {
    return db
      .select()
      .from(meetingProtocols)
      .where(eq(meetingProtocols.organizationId, organizationId))
      .orderBy(asc(meetingProtocols.createdAt), asc(meetingProtocols.id))
      .limit(200);
  },

  async findProtocol(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(meetingProtocols)
      .where(and(eq(meetingProtocols.organizationId, organizationId), eq(meetingProtocols.id, id)));
    return row ?? null;
  },

  async createProtocol(db: Executor, values: typeof meetingProtocols.$inferInsert) {
    const [row] = await db.insert(meetingProtocols).values(values).returning();
    return row!;
  },

  // ── meetings ──
  async create(db: Executor, values: typeof meetings.$inferInsert) {
    const [row] = await db.insert(meetings).values(values).returning();
    return row!;
  },

  async find(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(meetings)
      .where(and(eq(meetings.organizationId, organizationId), eq(meetings.id, id)));
    return row ?? null;
  },

  async lock(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(meetings)
      .where(and(eq(meetings.organizationId, organizationId), eq(meetings.id, id)))
      .for('update');
    return row ?? null;
  },

  /** Writes and returns the meeting as it now is (no second read). */
  async update(db: Executor, organizationId: string, id: string, values: Partial<typeof meetings.$inferInsert>) {
    const [row] = await db
      .update(meetings)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(meetings.organizationId, organizationId), eq(meetings.id, id)))
      .returning();
    return row!;
  },

  /** A team's meetings, latest scheduled first. */
  listForTeam(db: Executor, organizationId: string, teamId: string, limit: number, after: string[] | null) {
    return db
      .select()
      .from(meetings)
      .where(
        and(
          eq(meetings.organizationId, organizationId),
          eq(meetings.teamId, teamId),
          after
            ? sql`(${meetings.scheduledAt}, ${meetings.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(meetings.scheduledAt), desc(meetings.id))
      .limit(limit + 1);
  },

  /** Ended meetings of a team that started in [from, to): what collaboration minutes count. */
  held(db: Executor, organizationId: string, teamId: string, from: Date, to: Date) {
    return db
      .select({ startedAt: meetings.startedAt, endedAt: meetings.endedAt })
      .from(meetings)
      .where(
        and(
          eq(meetings.organizationId, organizationId),
          eq(meetings.teamId, teamId),
          eq(meetings.state, 'ended'),
          isNotNull(meetings.startedAt),
          gte(meetings.startedAt, from),
          lt(meetings.startedAt, to),
        ),
      );
  },

  async userName(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select({ name: users.name })
      .from(users)
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)));
    return row?.name ?? null;
  },

  async personForFeed(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select({ name: users.name, locale: users.locale, status: users.status })
      .from(users)
      .where(and(eq(users.organizationId, organizationId), eq(users.id, userId)));
    return row ?? null;
  },

  // ── attendees ──
  async addAttendees(db: Executor, rows: (typeof meetingAttendees.$inferInsert)[]) {
    if (rows.length > 0) await db.insert(meetingAttendees).values(rows).onConflictDoNothing();
  },

  attendees(db: Executor, organizationId: string, meetingId: string) {
    return db
      .select({ userId: meetingAttendees.userId, name: users.name, attendance: meetingAttendees.attendance })
      .from(meetingAttendees)
      .innerJoin(users, eq(users.id, meetingAttendees.userId))
      .where(inMeeting(meetingAttendees, organizationId, meetingId))
      .orderBy(asc(users.name));
  },

  /** Everyone's attendance in one statement. */
  async setAttendance(
    db: Executor,
    organizationId: string,
    meetingId: string,
    attendance: { userId: string; attendance: 'present' | 'absent' }[],
  ) {
    if (attendance.length === 0) return;
    await db
      .insert(meetingAttendees)
      .values(attendance.map((a) => ({ organizationId, meetingId, ...a })))
      .onConflictDoUpdate({
        target: [meetingAttendees.organizationId, meetingAttendees.meetingId, meetingAttendees.userId],
        set: { attendance: sql`excluded.attendance` },
      });
  },

  // ── artefacts ──
  async addArtefacts(db: Executor, rows: (typeof meetingArtefacts.$inferInsert)[]) {
    if (rows.length > 0) await db.insert(meetingArtefacts).values(rows).onConflictDoNothing();
  },

  artefacts(db: Executor, organizationId: string, meetingId: string) {
    return db
      .select()
      .from(meetingArtefacts)
      .where(inMeeting(meetingArtefacts, organizationId, meetingId))
      .orderBy(asc(meetingArtefacts.type), asc(meetingArtefacts.title));
  },

  async planFacts(db: Executor, organizationId: string, planId: string) {
    if (!isId(planId)) return null;
    const [row] = await db
      .select({ title: lessonPlans.title, ownerId: lessonPlans.ownerId, visibility: lessonPlans.visibility })
      .from(lessonPlans)
      .where(and(eq(lessonPlans.organizationId, organizationId), eq(lessonPlans.id, planId)));
    return row ?? null;
  },

  // ── notes ──
  /**
   * Inserts the note, or updates it when this author already wrote under this client id. Someone
   * else's client id updates nothing and answers null: nobody writes over another person's note.
   */
  async upsertNote(db: Executor, values: typeof meetingNotes.$inferInsert) {
    const [row] = await db
      .insert(meetingNotes)
      .values(values)
      .onConflictDoUpdate({
        target: [meetingNotes.organizationId, meetingNotes.meetingId, meetingNotes.clientId],
        set: { text: values.text, updatedAt: new Date() },
        setWhere: sql`${meetingNotes.authorId} = excluded.author_id and ${meetingNotes.stepIndex} = excluded.step_index`,
      })
      .returning();
    return row ?? null;
  },

  notes(db: Executor, organizationId: string, meetingId: string, step: number | undefined) {
    return db
      .select({ note: meetingNotes, authorName: users.name })
      .from(meetingNotes)
      .innerJoin(users, eq(users.id, meetingNotes.authorId))
      .where(
        and(
          inMeeting(meetingNotes, organizationId, meetingId),
          step === undefined ? undefined : eq(meetingNotes.stepIndex, step),
        ),
      )
      .orderBy(asc(meetingNotes.stepIndex), asc(meetingNotes.createdAt), asc(meetingNotes.id))
      .limit(2000);
  },

  async noteCount(db: Executor, organizationId: string, meetingId: string) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(meetingNotes)
      .where(inMeeting(meetingNotes, organizationId, meetingId));
    return row?.n ?? 0;
  },

  // ── decisions and action items ──
  async addDecision(db: Executor, values: typeof meetingDecisions.$inferInsert) {
    const [row] = await db.insert(meetingDecisions).values(values).returning();
    return row!;
  },

  decisions(db: Executor, organizationId: string, meetingId: string) {
    return db
      .select()
      .from(meetingDecisions)
      .where(inMeeting(meetingDecisions, organizationId, meetingId))
      .orderBy(asc(meetingDecisions.createdAt), asc(meetingDecisions.id));
  },

  async count(
    db: Executor,
    table: typeof meetingDecisions | typeof meetingActionItems,
    organizationId: string,
    meetingId: string,
  ) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(inMeeting(table, organizationId, meetingId));
    return row?.n ?? 0;
  },

  async addActionItem(db: Executor, values: typeof meetingActionItems.$inferInsert) {
    const [row] = await db.insert(meetingActionItems).values(values).returning({ id: meetingActionItems.id });
    return row!.id;
  },

  async actionItem(db: Executor, organizationId: string, id: string): Promise<ActionItemRow | null> {
    if (!isId(id)) return null;
    const [row] = await actionItems(db).where(
      and(eq(meetingActionItems.organizationId, organizationId), eq(meetingActionItems.id, id)),
    );
    return row ?? null;
  },

  actionItemsOfMeeting(db: Executor, organizationId: string, meetingId: string): Promise<ActionItemRow[]> {
    return actionItems(db)
      .where(inMeeting(meetingActionItems, organizationId, meetingId))
      .orderBy(asc(meetingActionItems.createdAt), asc(meetingActionItems.id));
  },

  actionItemsOfOwner(
    db: Executor,
    organizationId: string,
    ownerId: string,
    status: 'open' | 'done',
  ): Promise<ActionItemRow[]> {
    return actionItems(db)
      .where(
        and(
          eq(meetingActionItems.organizationId, organizationId),
          eq(meetingActionItems.ownerId, ownerId),
          eq(meetingActionItems.status, status),
        ),
      )
      .orderBy(asc(meetingActionItems.dueDate), asc(meetingActionItems.id))
      .limit(200);
  },

  async setActionItemStatus(db: Executor, organizationId: string, id: string, status: 'open' | 'done') {
    await db
      .update(meetingActionItems)
      .set({ status, completedAt: status === 'done' ? new Date() : null })
      .where(and(eq(meetingActionItems.organizationId, organizationId), eq(meetingActionItems.id, id)));
  },

  // ── calendar feeds ──
  /** Stores the feed's token hash, replacing the person's previous one for the same scope (a rotation). */
  async saveFeed(
    db: Executor,
    values: { organizationId: string; userId: string; teamId: string | null; tokenHash: string },
  ) {
    const [row] = await db
      .insert(calendarFeeds)
      .values(values)
      .onConflictDoUpdate({
        target: [calendarFeeds.organizationId, calendarFeeds.userId, calendarFeeds.teamId],
        set: { tokenHash: values.tokenHash, createdAt: new Date() },
      })
      .returning();
    return row!;
  },

  /** The feed a token opens: looked up by its hash alone, since the token is the only credential. */
  async feedByHash(db: Executor, tokenHash: string) {
    const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
    return row ?? null;
  },

  /** Meetings for a feed: a team's, or those a person is expected at; the last 90 days and everything ahead. */
  feedMeetings(db: Executor, organizationId: string, scope: { teamId: string } | { attendeeId: string }, since: Date) {
    const query = db
      .select({ meeting: meetings, teamName: teams.name })
      .from(meetings)
      .innerJoin(teams, and(eq(teams.organizationId, meetings.organizationId), eq(teams.id, meetings.teamId)));
    const base = and(eq(meetings.organizationId, organizationId), gte(meetings.scheduledAt, since));
    if ('teamId' in scope)
      return query
        .where(and(base, eq(meetings.teamId, scope.teamId)))
        .orderBy(asc(meetings.scheduledAt))
        .limit(500);
    return query
      .where(
        and(
          base,
          inArray(
            meetings.id,
            db
              .select({ id: meetingAttendees.meetingId })
              .from(meetingAttendees)
              .where(
                and(eq(meetingAttendees.organizationId, organizationId), eq(meetingAttendees.userId, scope.attendeeId)),
              ),
          ),
        ),
      )
      .orderBy(asc(meetings.scheduledAt))
      .limit(500);
  },
};
