import { and, asc, desc, eq, isNull, ne, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ObservationStatus } from '#core/contracts/observations';
import type { Executor } from '../../db/client';
import { classes, memberships, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import {
  observationFeedback,
  observationFollowUps,
  observationNotes,
  observationRatings,
  observations,
} from './observations.table';

export type ObservationRow = typeof observations.$inferSelect;
export type FeedbackRow = typeof observationFeedback.$inferSelect;
export type FollowUpRow = typeof observationFollowUps.$inferSelect;
export type NoteRow = typeof observationNotes.$inferSelect;
export type RatingRow = typeof observationRatings.$inferSelect;
export type ObservationDetail = {
  observation: ObservationRow;
  observerName: string;
  teacherName: string;
  feedback: FeedbackRow | null;
  followUp: FollowUpRow | null;
  evidenceCount: number;
};

/** A visit is over (for the overdue rule) once followed up or cancelled. */
export const CLOSED_STATUSES: ObservationStatus[] = ['followed-up', 'cancelled'];

const observer = alias(users, 'observer');
const teacher = alias(users, 'teacher');
// Written out: inside a sql template Drizzle names a column without its table, and here it must be the outer row's.
const evidenceCount = sql<number>`(select count(*)::int from observation_notes n
  where n.organization_id = observations.organization_id and n.observation_id = observations.id)`;

/** One query for everything an Observation shows: the row, both names, feedback, follow-up, note count. */
function detailed(db: Executor) {
  return db
    .select({
      observation: observations,
      observerName: observer.name,
      teacherName: teacher.name,
      feedback: observationFeedback,
      followUp: observationFollowUps,
      evidenceCount,
    })
    .from(observations)
    .innerJoin(observer, eq(observer.id, observations.observerId))
    .innerJoin(teacher, eq(teacher.id, observations.teacherId))
    .leftJoin(
      observationFeedback,
      and(
        eq(observationFeedback.organizationId, observations.organizationId),
        eq(observationFeedback.observationId, observations.id),
      ),
    )
    .leftJoin(
      observationFollowUps,
      and(
        eq(observationFollowUps.organizationId, observations.organizationId),
        eq(observationFollowUps.observationId, observations.id),
      ),
    );
}

export type ListFilter = {
  role: 'observing' | 'observed';
  teacherId?: string | undefined;
  status?: ObservationStatus | undefined;
  overdue?: boolean | undefined;
  /** Server date (YYYY-MM-DD) the overdue rule compares with. */
  today: string;
};

export const observationsRepo = {
  /** Whether `userId` observes a visit (not cancelled) to which `planId` is attached. */
  async observesPlan(db: Executor, organizationId: string, userId: string, planId: string) {
    const [row] = await db
      .select({ one: sql<number>`1` })
      .from(observations)
      .where(
        and(
          eq(observations.organizationId, organizationId),
          eq(observations.observerId, userId),
          eq(observations.planId, planId),
          ne(observations.status, 'cancelled'),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  async create(db: Executor, values: typeof observations.$inferInsert) {
    const [row] = await db.insert(observations).values(values).returning();
    return row!;
  },

  async find(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(observations)
      .where(and(eq(observations.organizationId, organizationId), eq(observations.id, id)));
    return row ?? null;
  },

  /** Locks the visit for a write that depends on its status (notes, feedback, follow-up), so writes take turns. */
  async lock(db: Executor, organizationId: string, id: string) {
    const [row] = await db
      .select()
      .from(observations)
      .where(and(eq(observations.organizationId, organizationId), eq(observations.id, id)))
      .for('update');
    return row ?? null;
  },

  async detail(db: Executor, organizationId: string, id: string): Promise<ObservationDetail | null> {
    if (!isId(id)) return null;
    const [row] = await detailed(db).where(
      and(eq(observations.organizationId, organizationId), eq(observations.id, id)),
    );
    return row ?? null;
  },

  /** The caller's visits (as observer) or visits to the caller (as teacher), newest first; cursor (scheduledAt, id). */
  async list(
    db: Executor,
    organizationId: string,
    userId: string,
    filter: ListFilter,
    limit: number,
    after: string[] | null,
  ): Promise<ObservationDetail[]> {
    if (filter.teacherId !== undefined && !isId(filter.teacherId)) return [];
    const open = and(
      sql`${observations.followUpDue} < ${filter.today}::date`,
      notInArray(observations.status, CLOSED_STATUSES),
    );
    return detailed(db)
      .where(
        and(
          eq(observations.organizationId, organizationId),
          filter.role === 'observing' ? eq(observations.observerId, userId) : eq(observations.teacherId, userId),
          filter.teacherId ? eq(observations.teacherId, filter.teacherId) : undefined,
          filter.status ? eq(observations.status, filter.status) : undefined,
          filter.overdue === undefined ? undefined : filter.overdue ? open : sql`not (${open})`,
          after
            ? sql`(${observations.scheduledAt}, ${observations.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(observations.scheduledAt), desc(observations.id))
      .limit(limit + 1);
  },

  async update(db: Executor, organizationId: string, id: string, values: Partial<typeof observations.$inferInsert>) {
    await db
      .update(observations)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(observations.organizationId, organizationId), eq(observations.id, id)));
  },

  /** The teacher's schools if they are an active (or invited) teacher of the tenant; null otherwise. */
  async teacherSchools(db: Executor, organizationId: string, userId: string) {
    if (!isId(userId)) return null;
    const rows = await db
      .select({ schoolId: memberships.schoolId })
      .from(memberships)
      .innerJoin(users, and(eq(users.id, memberships.userId), eq(users.organizationId, memberships.organizationId)))
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.userId, userId),
          eq(memberships.role, 'teacher'),
          ne(users.status, 'deactivated'),
        ),
      );
    return rows.length === 0 ? null : rows.flatMap((r) => (r.schoolId ? [r.schoolId] : []));
  },

  async isClassOf(db: Executor, organizationId: string, classId: string, ownerId: string) {
    if (!isId(classId)) return false;
    const [row] = await db
      .select({ id: classes.id })
      .from(classes)
      .where(
        and(
          eq(classes.organizationId, organizationId),
          eq(classes.id, classId),
          eq(classes.ownerId, ownerId),
          isNull(classes.archivedAt),
        ),
      );
    return row !== undefined;
  },

  async notes(db: Executor, organizationId: string, observationId: string) {
    return db
      .select()
      .from(observationNotes)
      .where(
        and(eq(observationNotes.organizationId, organizationId), eq(observationNotes.observationId, observationId)),
      )
      .orderBy(asc(observationNotes.at), asc(observationNotes.createdAt), asc(observationNotes.id));
  },

  async noteCount(db: Executor, organizationId: string, observationId: string) {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(observationNotes)
      .where(
        and(eq(observationNotes.organizationId, organizationId), eq(observationNotes.observationId, observationId)),
      );
    return Number(row?.count ?? 0);
  },

  async noteByClientId(db: Executor, organizationId: string, observationId: string, clientId: string) {
    const [row] = await db
      .select()
      .from(observationNotes)
      .where(
        and(
          eq(observationNotes.organizationId, organizationId),
          eq(observationNotes.observationId, observationId),
          eq(observationNotes.clientId, clientId),
        ),
      );
    return row ?? null;
  },

  /** Inserts the note unless one with its client id exists; null when it did (a resend). */
  async addNote(db: Executor, values: typeof observationNotes.$inferInsert) {
    const [row] = await db
      .insert(observationNotes)
      .values(values)
      .onConflictDoNothing({
        target: [observationNotes.organizationId, observationNotes.observationId, observationNotes.clientId],
      })
      .returning();
    return row ?? null;
  },

  async feedback(db: Executor, organizationId: string, observationId: string) {
    const [row] = await db
      .select()
      .from(observationFeedback)
      .where(
        and(
          eq(observationFeedback.organizationId, organizationId),
          eq(observationFeedback.observationId, observationId),
        ),
      );
    return row ?? null;
  },

  /** Writes the feedback; `share` sets sharedAt the first time only. */
  async saveFeedback(
    db: Executor,
    values: Omit<typeof observationFeedback.$inferInsert, 'sharedAt' | 'createdAt' | 'updatedAt'>,
    share: boolean,
  ) {
    const content = {
      strength: values.strength,
      growthArea: values.growthArea,
      actionStepText: values.actionStepText,
      howToPractise: values.howToPractise,
      resourceId: values.resourceId ?? null,
      practiceId: values.practiceId ?? null,
    };
    await db
      .insert(observationFeedback)
      .values({ ...values, ...content, sharedAt: share ? sql`now()` : null })
      .onConflictDoUpdate({
        target: [observationFeedback.organizationId, observationFeedback.observationId],
        set: {
          ...content,
          sharedAt: share
            ? sql`coalesce(${observationFeedback.sharedAt}, now())`
            : sql`${observationFeedback.sharedAt}`,
          updatedAt: sql`now()`,
        },
      });
  },

  async respond(db: Executor, organizationId: string, observationId: string, text: string) {
    await db
      .update(observationFeedback)
      .set({ teacherResponse: text, respondedAt: sql`now()`, updatedAt: sql`now()` })
      .where(
        and(
          eq(observationFeedback.organizationId, organizationId),
          eq(observationFeedback.observationId, observationId),
        ),
      );
  },

  /**
   * Every tenant's open visits (not followed up, not cancelled) whose follow-up date is between
   * `from` and `until` (YYYY-MM-DD, inclusive): the reminder job's sweep, which runs for no actor.
   */
  async followUpsDue(db: Executor, from: string, until: string) {
    return db
      .select({
        organizationId: observations.organizationId,
        observationId: observations.id,
        observerId: observations.observerId,
        teacherName: teacher.name,
        followUpDue: observations.followUpDue,
      })
      .from(observations)
      .innerJoin(teacher, eq(teacher.id, observations.teacherId))
      .where(
        and(
          sql`${observations.followUpDue} between ${from} and ${until}`,
          notInArray(observations.status, CLOSED_STATUSES),
        ),
      )
      .orderBy(asc(observations.followUpDue), asc(observations.id));
  },

  async saveFollowUp(db: Executor, values: Omit<typeof observationFollowUps.$inferInsert, 'at'>) {
    const set = { actionStepProgress: values.actionStepProgress, note: values.note ?? null, byId: values.byId };
    await db
      .insert(observationFollowUps)
      .values({ ...values, ...set })
      .onConflictDoUpdate({
        target: [observationFollowUps.organizationId, observationFollowUps.observationId],
        set: { ...set, at: sql`now()` },
      });
  },

  async ratings(db: Executor, organizationId: string, observationId: string) {
    return db
      .select()
      .from(observationRatings)
      .where(
        and(eq(observationRatings.organizationId, organizationId), eq(observationRatings.observationId, observationId)),
      )
      .orderBy(asc(observationRatings.practiceId));
  },

  /** Replaces every rating of the visit: the form always sends the whole set. */
  async replaceRatings(
    db: Executor,
    organizationId: string,
    observationId: string,
    byId: string,
    ratings: { practiceId: string; level: number; note?: string | undefined }[],
  ) {
    await db
      .delete(observationRatings)
      .where(
        and(eq(observationRatings.organizationId, organizationId), eq(observationRatings.observationId, observationId)),
      );
    if (ratings.length === 0) return;
    await db.insert(observationRatings).values(
      ratings.map((r) => ({
        organizationId,
        observationId,
        byId,
        practiceId: r.practiceId,
        level: r.level,
        note: r.note ?? null,
      })),
    );
  },
};
