import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobs } from './jobs.table';

export type JobRow = typeof jobs.$inferSelect;
export type NewJob = {
  kind: string;
  payload?: Record<string, unknown>;
  dedupeKey: string;
  runAt: Date;
  maxAttempts?: number;
};

/** Only this file queries `jobs`. Every time comes from the caller's clock, never from the database's. */
export const jobsRepo = {
  /** Inserts the job unless one with its dedupe key exists (done or not); true when inserted. */
  async enqueue(db: Executor, job: NewJob): Promise<boolean> {
    const rows = await db
      .insert(jobs)
      .values({ payload: {}, ...job })
      .onConflictDoNothing({ target: jobs.dedupeKey })
      .returning({ id: jobs.id });
    return rows.length > 0;
  },

  /**
   * Takes the next due job of these kinds: open, due, and not leased (or its lease ran out: the
   * worker that had it died or hung). SKIP LOCKED lets several instances claim side by side.
   */
  async claim(db: Executor, kinds: string[], workerId: string, now: Date, leaseMs: number): Promise<JobRow | null> {
    if (kinds.length === 0) return null;
    const next = db
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          isNull(jobs.doneAt),
          isNull(jobs.failedAt),
          lte(jobs.runAt, now),
          or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now)),
          inArray(jobs.kind, kinds),
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(1)
      .for('update', { skipLocked: true });
    const [row] = await db
      .update(jobs)
      .set({
        attempts: sql`${jobs.attempts} + 1`,
        lockedBy: workerId,
        lockedUntil: new Date(now.getTime() + leaseMs),
      })
      .where(inArray(jobs.id, next))
      .returning();
    return row ?? null;
  },

  /**
   * Marks the attempt done. A worker whose lease ran out and whose job was taken again finishes
   * nothing: the claim (worker and attempt) no longer matches.
   */
  async complete(db: Executor, job: Pick<JobRow, 'id' | 'lockedBy' | 'attempts'>, now: Date): Promise<boolean> {
    const rows = await db
      .update(jobs)
      .set({ doneAt: now, lockedUntil: null, lastError: null })
      .where(ownClaim(job))
      .returning({ id: jobs.id });
    return rows.length > 0;
  },

  /** Records a failed attempt: retried at `retryAt`, or given up for good when that is null. */
  async fail(
    db: Executor,
    job: Pick<JobRow, 'id' | 'lockedBy' | 'attempts'>,
    error: string,
    retryAt: Date | null,
    now: Date,
  ) {
    await db
      .update(jobs)
      .set(
        retryAt
          ? { runAt: retryAt, lockedUntil: null, lastError: error }
          : { failedAt: now, lockedUntil: null, lastError: error },
      )
      .where(ownClaim(job));
  },

  async find(db: Executor, dedupeKey: string) {
    const [row] = await db.select().from(jobs).where(eq(jobs.dedupeKey, dedupeKey));
    return row ?? null;
  },

  /**
   * Forgets finished jobs due before `before`. Safe for dedupe: a periodic job is only ever
   * enqueued for the current slot, so a slot this old never comes back.
   */
  async purgeFinished(db: Executor, before: Date) {
    await db.delete(jobs).where(and(lt(jobs.runAt, before), or(isNotNull(jobs.doneAt), isNotNull(jobs.failedAt))));
  },
};

function ownClaim(job: Pick<JobRow, 'id' | 'lockedBy' | 'attempts'>) {
  return and(
    eq(jobs.id, job.id),
    eq(jobs.lockedBy, job.lockedBy ?? ''),
    eq(jobs.attempts, job.attempts),
    isNull(jobs.doneAt),
  );
}
