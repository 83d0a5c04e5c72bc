import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../../server/src/db/client';
import type { BenchPlan } from './plan';
import { NO_PLANS, type PlanSeed, type ScaleOptions, type SeedSummary, seedScale } from './seed';

/** Where a benchmark's data lives: the same two choices the server offers. */
export type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export type SeedResult = SeedSummary & { migrateMs: number; serverVersion: string };

/** Empties a target so the seeder starts from nothing. */
export async function resetTarget(target: Target): Promise<void> {
  if (target.kind === 'pglite') {
    // Only the database folder, never the whole data dir the caller named (it might be ".").
    rmSync(join(resolve(target.dataDir), 'pglite'), { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    // Drizzle keeps its migration journal in the "drizzle" schema; both go so migrations rerun.
    await client.query('drop schema if exists drizzle cascade; drop schema public cascade; create schema public;');
  } finally {
    await client.end();
  }
}

/**
 * Migrates and seeds a target through the server's own openDatabase, then closes it. The seeded
 * plans' ids come back beside the summary, which is what goes into the results file.
 */
export async function migrateAndSeed(
  target: Target,
  scale: ScaleOptions,
  plans: PlanSeed = NO_PLANS,
): Promise<{ seed: SeedResult; benchPlans: BenchPlan[] }> {
  const database = await openDatabase(
    target.kind === 'postgres'
      ? { kind: 'postgres', url: target.url, poolSize: 2 }
      : { kind: 'pglite', dataDir: resolve(target.dataDir) },
  );
  try {
    const started = performance.now();
    await database.migrate();
    const migrateMs = Math.round(performance.now() - started);
    const { benchPlans, ...summary } = await seedScale(database.db, scale, plans);
    const version = await database.db.execute<{ server_version: string }>(sql`show server_version`);
    const rows = Array.isArray(version) ? version : (version as { rows: { server_version: string }[] }).rows;
    return { seed: { ...summary, migrateMs, serverVersion: String(rows[0]?.server_version ?? 'unknown') }, benchPlans };
  } finally {
    await database.close();
  }
}

/** A throwaway database on the local server, so a benchmark never touches anyone's data. */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `conecta_bench_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
