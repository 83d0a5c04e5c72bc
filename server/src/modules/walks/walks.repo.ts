import { and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { WalkStatus } from '#core/contracts/walks';
import type { Executor } from '../../db/client';
import { memberships, schools, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { walkRooms, walks } from './walks.table';

export type WalkRow = typeof walks.$inferSelect;
export type RoomRow = typeof walkRooms.$inferSelect;
export type RoomValues = Omit<typeof walkRooms.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type EvidenceCounts = { rooms: number; seen: number; partly: number; notSeen: number };
export type WalkDetail = { walk: WalkRow; schoolName: string; counts: EvidenceCounts };

/** Which walks a reader may list: every walk of some schools, and only closed ones of others. */
export type WalkScope = { anywhere: true } | { anywhere: false; allOf: string[]; closedOf: string[] };

// Written out: inside a sql template Drizzle names a column without its table, and here it must be the outer row's.
const counted = (evidence: string | null) =>
  sql<number>`(select count(*)::int from walk_rooms r where r.organization_id = walks.organization_id
    and r.walk_id = walks.id ${evidence === null ? sql`` : sql`and r.evidence = ${evidence}`})`;

function detailed(db: Executor) {
  return db
    .select({
      walk: walks,
      schoolName: schools.name,
      rooms: counted(null),
      seen: counted('seen'),
      partly: counted('partly'),
      notSeen: counted('not-seen'),
    })
    .from(walks)
    .innerJoin(schools, and(eq(schools.organizationId, walks.organizationId), eq(schools.id, walks.schoolId)));
}

const toDetail = (row: {
  walk: WalkRow;
  schoolName: string;
  rooms: number;
  seen: number;
  partly: number;
  notSeen: number;
}): WalkDetail => ({
  walk: row.walk,
  schoolName: row.schoolName,
  counts: {
    rooms: Number(row.rooms),
    seen: Number(row.seen),
    partly: Number(row.partly),
    notSeen: Number(row.notSeen),
  },
});

function scoped(scope: WalkScope): SQL | undefined {
  if (scope.anywhere) return undefined;
  const parts: SQL[] = [];
  if (scope.allOf.length > 0) parts.push(inArray(walks.schoolId, scope.allOf));
  if (scope.closedOf.length > 0) parts.push(and(inArray(walks.schoolId, scope.closedOf), eq(walks.status, 'closed'))!);
  return parts.length === 0 ? sql`false` : or(...parts);
}

export const walksRepo = {
  async schoolName(db: Executor, organizationId: string, schoolId: string) {
    if (!isId(schoolId)) return null;
    const [row] = await db
      .select({ name: schools.name })
      .from(schools)
      .where(and(eq(schools.organizationId, organizationId), eq(schools.id, schoolId)));
    return row?.name ?? null;
  },

  async create(db: Executor, values: typeof walks.$inferInsert) {
    const [row] = await db.insert(walks).values(values).returning();
    return row!;
  },

  async find(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(walks)
      .where(and(eq(walks.organizationId, organizationId), eq(walks.id, id)));
    return row ?? null;
  },

  /** Locks the walk for a write that depends on its status, so a capture and a close take turns. */
  async lock(db: Executor, organizationId: string, id: string) {
    const [row] = await db
      .select()
      .from(walks)
      .where(and(eq(walks.organizationId, organizationId), eq(walks.id, id)))
      .for('update');
    return row ?? null;
  },

  async detail(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await detailed(db).where(and(eq(walks.organizationId, organizationId), eq(walks.id, id)));
    return row ? toDetail(row) : null;
  },

  /** Newest first; cursor (createdAt, id). */
  async list(
    db: Executor,
    organizationId: string,
    scope: WalkScope,
    filter: { schoolId?: string | undefined; status?: WalkStatus | undefined },
    limit: number,
    after: string[] | null,
  ) {
    if (filter.schoolId !== undefined && !isId(filter.schoolId)) return [];
    const rows = await detailed(db)
      .where(
        and(
          eq(walks.organizationId, organizationId),
          scoped(scope),
          filter.schoolId ? eq(walks.schoolId, filter.schoolId) : undefined,
          filter.status ? eq(walks.status, filter.status) : undefined,
          after ? sql`(${walks.createdAt}, ${walks.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(desc(walks.createdAt), desc(walks.id))
      .limit(limit + 1);
    return rows.map(toDetail);
  },

  async close(db: Executor, organizationId: string, id: string) {
    await db
      .update(walks)
      .set({ status: 'closed', closedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(walks.organizationId, organizationId), eq(walks.id, id)));
  },

  /** Every room of the walk, in no meaningful order (the report sorts what it shows). */
  async rooms(db: Executor, organizationId: string, walkId: string) {
    return db
      .select()
      .from(walkRooms)
      .where(and(eq(walkRooms.organizationId, organizationId), eq(walkRooms.walkId, walkId)));
  },

  /** The rooms one walker recorded, in the order recorded (their own working list). */
  async roomsBy(db: Executor, organizationId: string, walkId: string, walkerId: string) {
    return db
      .select()
      .from(walkRooms)
      .where(
        and(
          eq(walkRooms.organizationId, organizationId),
          eq(walkRooms.walkId, walkId),
          eq(walkRooms.walkerId, walkerId),
        ),
      )
      .orderBy(asc(walkRooms.createdAt), asc(walkRooms.id));
  },

  async roomByClientId(db: Executor, organizationId: string, walkId: string, clientId: string) {
    const [row] = await db
      .select()
      .from(walkRooms)
      .where(
        and(
          eq(walkRooms.organizationId, organizationId),
          eq(walkRooms.walkId, walkId),
          eq(walkRooms.clientId, clientId),
        ),
      );
    return row ?? null;
  },

  async roomCount(db: Executor, organizationId: string, walkId: string) {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(walkRooms)
      .where(and(eq(walkRooms.organizationId, organizationId), eq(walkRooms.walkId, walkId)));
    return Number(row?.count ?? 0);
  },

  async addRoom(db: Executor, values: RoomValues) {
    const [row] = await db.insert(walkRooms).values(values).returning();
    return row!;
  },

  async updateRoom(db: Executor, organizationId: string, id: string, values: Partial<RoomValues>) {
    const [row] = await db
      .update(walkRooms)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(walkRooms.organizationId, organizationId), eq(walkRooms.id, id)))
      .returning();
    return row!;
  },

  /** Names of the people of a school (any role), for the no-names check on notes. */
  async peopleNamesAt(db: Executor, organizationId: string, schoolId: string) {
    const rows = await db
      .selectDistinct({ name: users.name })
      .from(memberships)
      .innerJoin(users, and(eq(users.id, memberships.userId), eq(users.organizationId, memberships.organizationId)))
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.schoolId, schoolId)));
    return rows.map((r) => r.name);
  },

  /** The school's teachers who can still sign in: the people told that a walk happened. */
  async teachersAt(db: Executor, organizationId: string, schoolId: string) {
    const rows = await db
      .selectDistinct({ id: users.id })
      .from(memberships)
      .innerJoin(users, and(eq(users.id, memberships.userId), eq(users.organizationId, memberships.organizationId)))
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.schoolId, schoolId),
          eq(memberships.role, 'teacher'),
          ne(users.status, 'deactivated'),
        ),
      );
    return rows.map((r) => r.id);
  },
};
