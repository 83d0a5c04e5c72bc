import { type SQL, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../server/src/db/client';
import { coachingRepo } from '../../server/src/modules/observations/coaching.repo';
import { rows } from './observations-seed';

export type QueryPlan = { query: string; executionMs: number | null; plan: string[] };

/** The service's list limit (coaching.service.ts LIST_LIMIT). */
const LIST_LIMIT = 100;

/**
 * EXPLAIN ANALYZE of the three queries behind GET /coaching/caseload, for one observer. The
 * queries are the repository's own: an executor that wraps whatever it is asked to run in
 * EXPLAIN, so these plans can never drift from the SQL the server sends. Each query runs twice
 * and the second (warm) plan is kept.
 */
export async function explainCaseload(db: Db, organizationId: string, observerId: string): Promise<QueryPlan[]> {
  let plan: string[] = [];
  const explaining = {
    execute: async (query: SQL) => {
      const result = await db.execute(sql`explain (analyze, buffers) ${query}`);
      plan = rows<Record<string, string>>(result).map((row) => Object.values(row)[0] ?? '');
      return { rows: [] };
    },
  } as unknown as Executor;
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const queries: [string, () => Promise<unknown>][] = [
    ['caseload', () => coachingRepo.caseload(explaining, organizationId, observerId, today)],
    ['pendingFollowUps', () => coachingRepo.pendingFollowUps(explaining, organizationId, observerId, now, LIST_LIMIT)],
    ['upcoming', () => coachingRepo.upcoming(explaining, organizationId, observerId, LIST_LIMIT)],
  ];
  const plans: QueryPlan[] = [];
  for (const [query, run] of queries) {
    await run();
    await run();
    const line = plan.find((l) => l.startsWith('Execution Time:'));
    plans.push({ query, executionMs: line ? Number.parseFloat(line.replace('Execution Time:', '')) : null, plan });
  }
  return plans;
}
