import { and, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { isId } from '../../platform/ids';
import { impactPulseResponses, impactPulses, initiatives } from './impact.table';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type NewInitiative = Omit<typeof initiatives.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type PulseRow = typeof impactPulses.$inferSelect;

/** Initiatives and pulses: every query filtered by the tenant; ids that are not ours → null. */
export const impactRepo = {
  async insert(db: Executor, row: NewInitiative) {
    const [created] = await db.insert(initiatives).values(row).returning();
    return created!;
  },

  async find(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(initiatives)
      .where(and(eq(initiatives.organizationId, organizationId), eq(initiatives.id, id)));
    return row ?? null;
  },

  /** For update: the row locked, so two concurrent edits cannot both pass the active-per-year check. */
  async findForUpdate(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(initiatives)
      .where(and(eq(initiatives.organizationId, organizationId), eq(initiatives.id, id)))
      .for('update');
    return row ?? null;
  },

  async list(db: Executor, organizationId: string, schoolYear?: string) {
    return db
      .select()
      .from(initiatives)
      .where(
        and(
          eq(initiatives.organizationId, organizationId),
          schoolYear ? eq(initiatives.schoolYear, schoolYear) : undefined,
        ),
      )
      .orderBy(desc(initiatives.schoolYear), initiatives.createdAt, initiatives.id)
      .limit(500);
  },

  /** The practices some active initiative of the tenant targets (what the plans reader looks for). */
  async activeTargetPractices(db: Executor, organizationId: string) {
    const rows = await db
      .select({ ids: initiatives.targetPracticeIds })
      .from(initiatives)
      .where(and(eq(initiatives.organizationId, organizationId), eq(initiatives.status, 'active')));
    return [...new Set(rows.flatMap((row) => row.ids))];
  },

  /** A tenant's active initiatives, whole (the refresh builds their dashboards). */
  async activeOf(db: Executor, organizationId: string) {
    return db
      .select()
      .from(initiatives)
      .where(and(eq(initiatives.organizationId, organizationId), eq(initiatives.status, 'active')));
  },

  /**
   * Active initiatives of a year, other than `exceptId`. Serialised per tenant and year by an
   * advisory lock held to the end of the transaction, so two creations cannot both see room.
   */
  async countActiveLocked(db: Executor, organizationId: string, schoolYear: string, exceptId?: string) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`initiatives:${organizationId}:${schoolYear}`}))`);
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(initiatives)
      .where(
        and(
          eq(initiatives.organizationId, organizationId),
          eq(initiatives.schoolYear, schoolYear),
          eq(initiatives.status, 'active'),
          exceptId ? ne(initiatives.id, exceptId) : undefined,
        ),
      );
    return row?.n ?? 0;
  },

  async update(db: Executor, organizationId: string, id: string, changes: Partial<NewInitiative>, now: Date) {
    const [row] = await db
      .update(initiatives)
      .set({ ...changes, updatedAt: now })
      .where(and(eq(initiatives.organizationId, organizationId), eq(initiatives.id, id)))
      .returning();
    return row!;
  },

  async insertPulse(db: Executor, row: Omit<typeof impactPulses.$inferInsert, 'id' | 'createdAt'>) {
    const [created] = await db.insert(impactPulses).values(row).returning();
    return created!;
  },

  async findPulse(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(impactPulses)
      .where(and(eq(impactPulses.organizationId, organizationId), eq(impactPulses.id, id)));
    return row ?? null;
  },

  async pulsesOf(db: Executor, organizationId: string, initiativeId: string) {
    return db
      .select()
      .from(impactPulses)
      .where(and(eq(impactPulses.organizationId, organizationId), eq(impactPulses.initiativeId, initiativeId)))
      .orderBy(impactPulses.opensOn, impactPulses.id);
  },

  /** Pulses open on `today` for these initiatives, with whether the person already answered. */
  async openPulses(db: Executor, organizationId: string, initiativeIds: string[], personId: string, today: string) {
    if (initiativeIds.length === 0) return [];
    return db
      .select({
        pulse: impactPulses,
        answeredAt: impactPulseResponses.createdAt,
      })
      .from(impactPulses)
      .leftJoin(
        impactPulseResponses,
        and(
          eq(impactPulseResponses.organizationId, organizationId),
          eq(impactPulseResponses.pulseId, impactPulses.id),
          eq(impactPulseResponses.personId, personId),
        ),
      )
      .where(
        and(
          eq(impactPulses.organizationId, organizationId),
          inArray(impactPulses.initiativeId, initiativeIds),
          lte(impactPulses.opensOn, today),
          gte(impactPulses.closesOn, today),
        ),
      )
      .orderBy(impactPulses.closesOn, impactPulses.id);
  },

  /** Stores an answer set once; a second answer to the same pulse returns false and changes nothing. */
  async answer(
    db: Executor,
    row: { organizationId: string; pulseId: string; personId: string; answers: { itemId: string; value: number }[] },
  ) {
    const inserted = await db
      .insert(impactPulseResponses)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: impactPulseResponses.id });
    return inserted.length > 0;
  },
};
