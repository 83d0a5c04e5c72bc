import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { auditEvents } from './audit.table';

export type AuditEntry = {
  organizationId: string;
  actorId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
};

export const auditRepo = {
  async record(db: Executor, entry: AuditEntry) {
    await db.insert(auditEvents).values({
      organizationId: entry.organizationId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      data: entry.data ?? {},
      ip: entry.ip ?? null,
    });
  },

  /** Newest first; the cursor is (createdAt, id) of the last row seen. */
  async listNewestFirst(db: Executor, organizationId: string, limit: number, after: [string, string] | null) {
    return db
      .select({ event: auditEvents, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(
        and(
          eq(auditEvents.organizationId, organizationId),
          after
            ? or(
                lt(auditEvents.createdAt, sql`${after[0]}::timestamptz`),
                and(eq(auditEvents.createdAt, sql`${after[0]}::timestamptz`), lt(auditEvents.id, after[1])),
              )
            : undefined,
        ),
      )
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(limit + 1);
  },
};
