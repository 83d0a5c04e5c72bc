/**
 * Coaching caseload and observation save under load (issue 4): seeds 2000 teachers and 50,000
 * observations in a scratch database, starts the real server, signs in every coach and measures
 * GET /coaching/caseload, the evidence-note write (POST /observations/:id/notes) and the feedback
 * draft save (PUT /observations/:id/feedback) at 10 and 50 connections. Writes
 * bench/results/observations/<timestamp>.json and the "Coaching caseload and observation save"
 * section of docs/benchmarks.md.
 *
 * npm run bench:observations -- [--engine postgres|pglite] [--teachers 2000] [--observations 50000]
 *   [--connections 10,50] [--duration 10] [--warmup 2] [--scenarios caseload,note-save,feedback-save]
 *   [--no-report] [--report-from bench/results/observations/<file>.json]
 *   [--explain-only]   (seed, print EXPLAIN ANALYZE of the caseload queries, drop; no server, no load)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { Caseload } from '#core/contracts/coaching';
import { Observation } from '#core/contracts/observations';
import { type Db, openDatabase } from '../server/src/db/client';
import { cpuShare, cpuSnapshot } from './lib/cpu-share';
import { createScratchDatabase, migrateAndSeed, type SeedResult, type Target } from './lib/databases';
import { explainCaseload } from './lib/observations-explain';
import {
  NoteVisitAllocator,
  OBSERVATION_SCENARIOS,
  type ObservationMeasurement,
  type ObservationScenario,
  runObservationLoad,
} from './lib/observations-load';
import { type ObservationBenchResults, writeObservationsReport } from './lib/observations-report';
import { type ObservationSeedSummary, organizationId, rows, seedObservations } from './lib/observations-seed';
import { readWorkload, type Workload } from './lib/observations-workload';
import { describeMachine, describeSource, type Engine } from './lib/results';
import { DEFAULT_SCALE } from './lib/seed';
import { REPO_ROOT, type ServerProcess, startServer } from './lib/server-process';
import { signInAll } from './lib/sessions';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results', 'observations');

type Options = {
  engine: Engine;
  teachers: number;
  observations: number;
  connections: number[];
  durationS: number;
  warmupS: number;
  scenarios: ObservationScenario[];
  report: boolean;
  /** Seed, print the caseload queries' plans, drop: no server, no load. */
  explainOnly: boolean;
};

async function main() {
  const { options, reportFrom } = readOptions();
  if (reportFrom) {
    const results = JSON.parse(readFileSync(reportFrom, 'utf8')) as ObservationBenchResults;
    log(`${writeObservationsReport(results, reportFrom)} updated from ${reportFrom}`);
    return;
  }
  const startedAt = new Date().toISOString();
  const { target, env, cleanup } = await prepareTarget(options.engine);
  let results: ObservationBenchResults | null;
  try {
    results = await bench(options, target, env, startedAt);
  } finally {
    await cleanup();
  }
  if (!results) return;
  const file = saveResults(results);
  log(`\nRaw results: ${file}`);
  if (results.failures.length > 0) {
    throw new Error(
      `the run had failed requests; docs/benchmarks.md left as it was:\n- ${results.failures.join('\n- ')}`,
    );
  }
  if (options.report) log(`Report: ${writeObservationsReport(results, file)}`);
}

async function bench(
  options: Options,
  target: Target,
  dbEnv: Record<string, string>,
  startedAt: string,
): Promise<ObservationBenchResults | null> {
  const { seed } = await migrateAndSeed(target, { ...DEFAULT_SCALE, teachers: options.teachers });
  log(
    `seeded ${seed.users} users, ${seed.classes} classes in ${seed.insertMs} ms (${options.engine} ${seed.serverVersion})`,
  );
  const { observationSeed, workload, plans } = await seedHistory(target, options);
  if (options.explainOnly) {
    for (const query of plans.queries) log(`\n-- ${query.query}\n${query.plan.join('\n')}`);
    return null;
  }

  const counter = target.kind === 'postgres' ? await noteCounter(target.url) : null;
  const server = await startServer({
    entry: 'server/src/main.ts',
    env: { ...dbEnv, CONECTA_DEMO: '0', SESSION_SECRET: randomBytes(32).toString('base64url'), LOG_LEVEL: 'warn' },
  }).catch(async (error: unknown) => {
    await counter?.close();
    throw error;
  });
  let stopped = false;
  try {
    log(`server: pid ${server.pid} healthy in ${server.startupMs} ms`);
    // The reminder sweep runs once at start over the seeded follow-ups; it is not what we measure.
    if (target.kind === 'postgres') await jobsSettled(target.url);
    const cookies = await signInAll(
      server.baseUrl,
      workload.coaches.map((c) => c.email),
    );
    const noteVisits = new NoteVisitAllocator(workload.noteVisits);
    const caseloadBytes = await checkAnswers(server.baseUrl, cookies, workload, noteVisits);
    const idleRssMb = server.rss.windowPeakMb();

    const measurements: ObservationMeasurement[] = [];
    const failures: string[] = [];
    for (const scenario of options.scenarios) {
      const load = { baseUrl: server.baseUrl, scenario, cookies, workload, noteVisits };
      // Unrecorded: JIT, connection pool and PostgreSQL caches settle first.
      if (options.warmupS > 0)
        await runObservationLoad({ ...load, connections: options.connections[0]!, durationS: options.warmupS });
      for (const connections of options.connections) {
        const m = await measure(server, counter, scenario, () =>
          runObservationLoad({ ...load, connections, durationS: options.durationS }),
        );
        measurements.push(m);
        const failed = m.non2xx + m.errors + m.timeouts;
        if (failed > 0 || (m.rowsAdded !== undefined && m.rowsAdded < m.completed)) {
          failures.push(
            `${scenario} c=${connections}: non-2xx ${m.non2xx}, errors ${m.errors}, timeouts ${m.timeouts}, ` +
              `status ${JSON.stringify(m.statusCodes)}${m.rowsAdded === undefined ? '' : `, notes added ${m.rowsAdded} for ${m.completed} 2xx`}`,
          );
        }
        if (noteVisits.exhausted)
          failures.push(`${scenario} c=${connections}: a coach ran out of visits to write notes to`);
        log(
          `${scenario.padEnd(13)} c=${String(connections).padEnd(3)} ${m.requestsPerSec.toFixed(1).padStart(8)} req/s` +
            `  p50 ${m.latencyMs.p50} ms  p95 ${m.latencyMs.p95} ms  p99 ${m.latencyMs.p99} ms  2xx ${m.completed}` +
            `  non-2xx ${m.non2xx}  errors ${m.errors}  peak RSS ${m.peakRssMb} MiB` +
            `  cores: client ${m.cpu.client} server ${m.cpu.server} pg ${m.cpu.postgres} other ${m.cpu.other}` +
            (m.rowsAdded === undefined ? '' : `  notes +${m.rowsAdded}`),
        );
      }
    }
    const { vmHwmMb } = await server.stop();
    stopped = true;
    const { source, machine } = describe(options.engine, seed);
    return {
      kind: 'conecta-bench-observations',
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:observations -- ${process.argv.slice(2).join(' ')}`.trim(),
      source,
      machine,
      options: {
        engine: options.engine,
        durationS: options.durationS,
        warmupS: options.warmupS,
        connections: options.connections,
        scenarios: options.scenarios,
      },
      seed,
      observationSeed,
      server: { startupMs: server.startupMs, idleRssMb, vmHwmMb, coaches: cookies.length, caseloadBytes },
      plans,
      measurements,
      failures,
    };
  } finally {
    if (!stopped) await server.stop();
    await counter?.close();
  }
}

/** The observations, read back with what the load needs and the caseload's query plans; closed before the server opens the database. */
async function seedHistory(target: Target, options: Options) {
  const database = await openDatabase(
    target.kind === 'postgres'
      ? { kind: 'postgres', url: target.url, poolSize: 2 }
      : { kind: 'pglite', dataDir: resolve(target.dataDir) },
  );
  try {
    const observationSeed: ObservationSeedSummary = await seedObservations(database.db, {
      observations: options.observations,
    });
    log(
      `seeded ${observationSeed.observations} observations (${JSON.stringify(observationSeed.byStatus)}), ` +
        `${observationSeed.notes} notes, ${observationSeed.feedback} feedback, ${observationSeed.followUps} follow-ups, ` +
        `caseloads ${observationSeed.caseloadMin}–${observationSeed.caseloadMax}, ${observationSeed.overdue} overdue, ` +
        `in ${observationSeed.insertMs} ms`,
    );
    const org = await organizationId(database.db);
    const workload = await readWorkload(database.db, org);
    const busiest = await busiestCoach(database.db, org, workload);
    const queries = await explainCaseload(database.db, org, busiest.id);
    log(
      `caseload queries for ${busiest.email} (${busiest.visits} visits), EXPLAIN ANALYZE: ` +
        queries.map((q) => `${q.query} ${q.executionMs} ms`).join(', '),
    );
    return { observationSeed, workload, plans: { observerEmail: busiest.email, visits: busiest.visits, queries } };
  } finally {
    await database.close();
  }
}

async function busiestCoach(db: Db, org: string, workload: Workload) {
  const [row] = rows<{ id: string; visits: number }>(
    await db.execute(sql`
      select observer_id as id, count(*)::int as visits from observations
      where organization_id = ${org} group by observer_id order by visits desc, observer_id limit 1`),
  );
  const coach = workload.coaches.find((c) => c.id === row?.id);
  if (!row || !coach) throw new Error('no observations were seeded');
  return { id: row.id, email: coach.email, visits: row.visits };
}

async function measure(
  server: ServerProcess,
  counter: NoteCounter | null,
  scenario: ObservationScenario,
  run: () => ReturnType<typeof runObservationLoad>,
): Promise<ObservationMeasurement> {
  const counting = scenario === 'note-save' && counter;
  const before = counting ? await counter.settled() : 0;
  server.rss.reset();
  const cpuBefore = cpuSnapshot();
  const measured = await run();
  const cpu = cpuShare(cpuBefore, cpuSnapshot(), server.pid);
  const peakRssMb = server.rss.windowPeakMb();
  const rowsAdded = counting ? (await counter.settled()) - before : undefined;
  return { ...measured, ...(rowsAdded === undefined ? {} : { rowsAdded }), peakRssMb, cpu };
}

type NoteCounter = Awaited<ReturnType<typeof noteCounter>>;

/**
 * Evidence notes in the database, read once writes have settled (two reads 250 ms apart agree):
 * a run's count then includes the saves autocannon cut off, and the next run starts on a quiet server.
 */
async function noteCounter(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async () =>
    Number((await client.query<{ n: string }>('select count(*) as n from observation_notes')).rows[0]?.n ?? 0);
  return {
    settled: async () => {
      let last = await count();
      for (let tries = 0; tries < 40; tries++) {
        await sleep(250);
        const now = await count();
        if (now === last) return now;
        last = now;
      }
      return last;
    },
    close: () => client.end(),
  };
}

/** Waits until the background worker has no due job left (at most a minute). */
async function jobsSettled(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    // The worker enqueues its start-up slots on its first tick; give it that tick.
    await sleep(1000);
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: string }>(
        `select count(*) as n from jobs where done_at is null and failed_at is null and run_at <= now()`,
      );
      if (Number(rows[0]?.n) === 0) return;
      await sleep(500);
    }
    log('warning: background jobs still due after 60 s; measuring anyway');
  } finally {
    await client.end();
  }
}

/**
 * Before any load, each measured route must answer as the product would: the first coach's whole
 * caseload, a new note (201) and its resend (200, no duplicate), a draft that stays unshared.
 * Returns the caseload's size in bytes.
 */
async function checkAnswers(baseUrl: string, cookies: string[], workload: Workload, noteVisits: NoteVisitAllocator) {
  const call = async (method: string, path: string, body?: unknown, cookie = cookies[0]!) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) as unknown };
  };

  const caseload = await call('GET', '/api/v1/coaching/caseload');
  const parsed = Caseload.safeParse(caseload.status === 200 ? caseload.json() : null);
  const expected = workload.coaches[0]!.caseload;
  if (!parsed.success || parsed.data.teachers.length !== expected) {
    throw new Error(
      `GET /coaching/caseload: expected ${expected} teachers, got HTTP ${caseload.status} ${caseload.text.slice(0, 300)}`,
    );
  }

  const visit = noteVisits.take(0);
  if (!visit) throw new Error('the first coach has no visit to write notes to');
  const note = {
    clientId: randomUUID(),
    at: new Date().toISOString(),
    text: 'Check before the load: T waits 5 s after the question.',
    practiceIds: workload.practiceIds.slice(0, 1),
  };
  const first = await call('POST', `/api/v1/observations/${visit.id}/notes`, note);
  const resend = await call('POST', `/api/v1/observations/${visit.id}/notes`, note);
  if (first.status !== 201 || resend.status !== 200) {
    throw new Error(
      `POST /observations/{id}/notes: HTTP ${first.status} then ${resend.status}: ${first.text.slice(0, 300)}`,
    );
  }

  const draftVisit = workload.draftVisits[0];
  if (!draftVisit) throw new Error('no observed visit to draft feedback on');
  const draft = await call(
    'PUT',
    `/api/v1/observations/${draftVisit.id}/feedback`,
    {
      strength: 'Check before the load.',
      growthArea: 'Check before the load.',
      actionStep: { text: 'Check before the load.', howToPractise: 'Check before the load.' },
      share: false,
    },
    cookies[draftVisit.coach],
  );
  const saved = Observation.safeParse(draft.status === 200 ? draft.json() : null);
  if (!saved.success || saved.data.status !== 'observed' || saved.data.feedback?.sharedAt !== null) {
    throw new Error(`PUT /observations/{id}/feedback: HTTP ${draft.status} ${draft.text.slice(0, 300)}`);
  }
  return Buffer.byteLength(caseload.text);
}

/**
 * A scratch PostgreSQL database (dropped afterwards, also when the process dies on an error or
 * Ctrl-C), or a temporary PGlite folder.
 */
async function prepareTarget(
  engine: Engine,
): Promise<{ target: Target; env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'conecta-bench-observations-'));
    return {
      target: { kind: 'pglite', dataDir },
      env: { CONECTA_DATA_DIR: dataDir },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchDatabase(ADMIN_URL);
  const name = new URL(scratch.url).pathname.slice(1);
  // 'exit' handlers must be synchronous: a child process drops the database if we never got to.
  const dropOnExit = () => {
    spawnSync(
      process.execPath,
      [
        '-e',
        `const c = new (require('pg').Client)(process.env.ADMIN_URL);
         c.connect().then(() => c.query('drop database if exists ${name} with (force)')).finally(() => c.end());`,
      ],
      { cwd: REPO_ROOT, env: { ...process.env, ADMIN_URL }, stdio: 'ignore', timeout: 15_000 },
    );
  };
  process.once('exit', dropOnExit);
  return {
    target: { kind: 'postgres', url: scratch.url },
    env: { DATABASE_URL: scratch.url },
    cleanup: async () => {
      await scratch.drop();
      process.removeListener('exit', dropOnExit);
      log(`dropped scratch database ${name}`);
    },
  };
}

function describe(engine: Engine, seed: SeedResult) {
  const pkg = join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  const pglite =
    engine === 'pglite'
      ? `PGlite ${(JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version} (PostgreSQL ${seed.serverVersion})`
      : 'not used';
  return {
    source: describeSource(),
    machine: describeMachine(engine === 'postgres' ? seed.serverVersion : null, pglite),
  };
}

/** Raw results beside the core bench's, in a folder of their own that git ignores (the core report reads the newest *.json). */
function saveResults(results: ObservationBenchResults): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const ignore = join(RESULTS_DIR, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# Raw benchmark results: machine-specific, never committed.\n*\n');
  const file = join(RESULTS_DIR, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

function readOptions(): { options: Options; reportFrom: string | null } {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'postgres' },
      teachers: { type: 'string', default: String(DEFAULT_SCALE.teachers) },
      observations: { type: 'string', default: '50000' },
      connections: { type: 'string', default: '10,50' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      scenarios: { type: 'string', default: OBSERVATION_SCENARIOS.join(',') },
      'no-report': { type: 'boolean', default: false },
      'report-from': { type: 'string' },
      'explain-only': { type: 'boolean', default: false },
    },
  });
  if (values.engine !== 'postgres' && values.engine !== 'pglite') {
    throw new Error(`--engine must be postgres or pglite, not "${values.engine}"`);
  }
  const scenarios = values.scenarios.split(',').map((s) => s.trim());
  const bad = scenarios.find((s) => !OBSERVATION_SCENARIOS.includes(s as ObservationScenario));
  if (bad !== undefined) throw new Error(`--scenarios: "${bad}" is not one of ${OBSERVATION_SCENARIOS.join(', ')}`);
  return {
    options: {
      engine: values.engine,
      teachers: int(values.teachers, '--teachers', 1),
      observations: int(values.observations, '--observations', 1),
      connections: values.connections.split(',').map((c) => int(c, '--connections', 1)),
      durationS: int(values.duration, '--duration', 1),
      warmupS: int(values.warmup, '--warmup', 0),
      scenarios: scenarios as ObservationScenario[],
      report: !values['no-report'],
      explainOnly: values['explain-only'],
    },
    reportFrom: values['report-from'] ? resolve(values['report-from']) : null,
  };
}

function int(text: string, flag: string, min: number): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}, not "${text}"`);
  return n;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

main().catch((error: unknown) => {
  process.stderr.write(`bench:observations failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
