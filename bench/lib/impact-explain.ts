import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Executor } from '../../server/src/db/client';
import { type FactFilter, rollupRepo } from '../../server/src/modules/impact/rollup.repo';

/**
 * The dashboard's database work, query by query: the same rollupRepo calls the service makes
 * (through an executor that records their SQL instead of running it), each timed on its own and
 * the slowest explained, so the doc can say where a dashboard's time goes.
 */
export type QueryTiming = { query: string; medianMs: number; medianMsNoJit: number; rows: number };
export type DashboardExplain = { timings: QueryTiming[]; slowest: string; plan: string };

const RUNS = 3;

/** The SQL and parameters one repo call would send. */
async function captured(call: (db: Executor) => Promise<unknown>) {
  let text: SQL | undefined;
  const recorder = {
    execute: async (query: SQL) => {
      text = query;
      return { rows: [] };
    },
  } as unknown as Executor;
  await call(recorder);
  if (!text) throw new Error('the repo call sent no SQL');
  return new PgDialect().sqlToQuery(text);
}

export async function explainDashboard(url: string, filter: FactFilter): Promise<DashboardExplain> {
  const calls: [string, (db: Executor) => Promise<unknown>][] = [
    ['aggregate none', (db) => rollupRepo.aggregate(db, filter, 'none')],
    ['aggregate week', (db) => rollupRepo.aggregate(db, filter, 'week')],
    ['aggregate school', (db) => rollupRepo.aggregate(db, filter, 'school')],
    ['aggregate team', (db) => rollupRepo.aggregate(db, filter, 'team')],
    ['aggregate subject', (db) => rollupRepo.aggregate(db, filter, 'subject')],
    ['peopleWithDataByLevel', (db) => rollupRepo.peopleWithDataByLevel(db, filter)],
    ['inScopeTeachers', (db) => rollupRepo.inScopeTeachers(db, filter)],
  ];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const timings: (QueryTiming & { sql: string; params: unknown[] })[] = [];
    const median = async (sql: string, params: unknown[]) => {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        rows = (await client.query(sql, params)).rowCount ?? 0;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return { ms: Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10, rows };
    };
    for (const [name, call] of calls) {
      const { sql, params } = await captured(call);
      const withJit = await median(sql, params);
      // The same query without JIT compilation: what a `jit = off` setting would change.
      await client.query('set jit = off');
      const withoutJit = await median(sql, params);
      await client.query('reset jit');
      timings.push({
        query: name,
        medianMs: withJit.ms,
        medianMsNoJit: withoutJit.ms,
        rows: withJit.rows,
        sql,
        params,
      });
    }
    const slowest = timings.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    const explained = await client.query(`explain (analyze, buffers) ${slowest.sql}`, slowest.params);
    const plan = explained.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
    return {
      timings: timings.map(({ query, medianMs, medianMsNoJit, rows }) => ({ query, medianMs, medianMsNoJit, rows })),
      slowest: slowest.query,
      plan,
    };
  } finally {
    await client.end();
  }
}
