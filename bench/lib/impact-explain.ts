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
/** `medianMs`: as the app sends it (`jit = off`, `work_mem` 256 MB, no sorts); `medianMsDefaults`: PostgreSQL's defaults. */
export type QueryTiming = { query: string; medianMs: number; medianMsDefaults: number; rows: number };
export type DashboardExplain = { timings: QueryTiming[]; slowest: string; plan: string };

const RUNS = 3;

/** The SQL and parameters of the main statement one repo call would send (its `set local`s aside). */
async function captured(call: (db: Executor) => Promise<unknown>) {
  let text: SQL | undefined;
  const dialect = new PgDialect();
  const recorder = {
    execute: async (query: SQL) => {
      if (!dialect.sqlToQuery(query).sql.startsWith('set local')) text = query;
      return { rows: [] };
    },
    transaction: async (run: (tx: unknown) => Promise<unknown>) => run(recorder),
  } as unknown as Executor;
  await call(recorder);
  if (!text) throw new Error('the repo call sent no SQL');
  return new PgDialect().sqlToQuery(text);
}

/** What building one view costs when it is not cached: the queries `impact.views` sends on a miss. */
export async function explainDashboard(url: string, filter: FactFilter, schoolId: string): Promise<DashboardExplain> {
  const school = { ...filter, schoolId };
  const calls: [string, (db: Executor) => Promise<unknown>][] = [
    ['aggregateAll, whole district', (db) => rollupRepo.aggregateAll(db, filter)],
    ['aggregateAll, one school', (db) => rollupRepo.aggregateAll(db, school)],
    ['inScopeTeachers, whole district', (db) => rollupRepo.inScopeTeachers(db, filter)],
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
    const asTheAppSends = async (on: boolean) => {
      await client.query(
        on
          ? "set jit = off; set work_mem = '256MB'; set enable_sort = off"
          : 'reset jit; reset work_mem; reset enable_sort',
      );
    };
    for (const [name, call] of calls) {
      const { sql, params } = await captured(call);
      const defaults = await median(sql, params);
      await asTheAppSends(true);
      const app = await median(sql, params);
      await asTheAppSends(false);
      timings.push({
        query: name,
        medianMs: app.ms,
        medianMsDefaults: defaults.ms,
        rows: app.rows,
        sql,
        params,
      });
    }
    const slowest = timings.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    await asTheAppSends(true);
    const explained = await client.query(`explain (analyze, buffers) ${slowest.sql}`, slowest.params);
    const plan = explained.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
    return {
      timings: timings.map(({ query, medianMs, medianMsDefaults, rows }) => ({
        query,
        medianMs,
        medianMsDefaults,
        rows,
      })),
      slowest: slowest.query,
      plan,
    };
  } finally {
    await client.end();
  }
}
