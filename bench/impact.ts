/**
 * Impact dashboards at district scale (issue 6 "Scale"): seeds 5,000 teachers and 1,000,000
 * artefacts (plans, reflections, observations, community posts) plus card reactions and team
 * meetings in a scratch PostgreSQL database, creates two initiatives, times the first full rollup
 * refresh and an incremental one after 1,000 new reactions (the app's own refresh service), then
 * starts the real server and measures GET /initiatives/{id}/dashboard as the district admin (whole
 * district, and one school) at 10 and 50 connections. Writes bench/results/impact/<timestamp>.json
 * and the "Impact" section of docs/benchmarks.md.
 *
 * npm run bench:impact -- [--teachers 5000] [--schools 50] [--artefacts 1000000] [--reactions-per-teacher 20]
 *   [--meetings-per-team 50] [--new-reactions 1000] [--connections 10,50] [--duration 10] [--warmup 2] [--no-report]
 * npm run bench:impact -- --report-from bench/results/impact/<timestamp>.json   (only regenerate the doc section)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { Dashboard } from '#core/contracts/impact';
import { utcDay } from '#core/domain/calendar';
import { buildApp } from '../server/src/app';
import { openDatabase } from '../server/src/db/client';
import { IMPACT_JOBS, impactJobs } from '../server/src/modules/impact';
import type { FactFilter } from '../server/src/modules/impact/rollup.repo';
import { type CpuShare, cpuShare, cpuSnapshot } from './lib/cpu-share';
import { createScratchDatabase, migrateAndSeed, type SeedResult } from './lib/databases';
import { type DashboardExplain, explainDashboard } from './lib/impact-explain';
import { type ImpactReportInput, writeImpactReport } from './lib/impact-report';
import { addReactions, type ImpactSeedSummary, seedImpact } from './lib/impact-seed';
import { type RunSummary, summarizeRun } from './lib/load-summary';
import { describeMachine, describeSource } from './lib/results';
import { BENCH_PASSWORD } from './lib/seed';
import { REPO_ROOT, type ServerProcess, startServer } from './lib/server-process';
import { signInAll } from './lib/sessions';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results', 'impact');
const ADMIN_EMAIL = 'admin@scale.test';

export const SCENARIOS = ['dashboard', 'dashboard-school'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export type Options = {
  teachers: number;
  schools: number;
  artefacts: number;
  reactionsPerTeacher: number;
  meetingsPerTeam: number;
  newReactions: number;
  connections: number[];
  durationS: number;
  warmupS: number;
  report: boolean;
  /** Only regenerate the doc section from this results file. */
  reportFrom: string | null;
};

export type Measurement = RunSummary<Scenario> & { peakRssMb: number; cpu: CpuShare };
export type Unloaded = { scenario: Scenario; requests: number; medianMs: number; maxMs: number };
export type RefreshTiming = {
  ms: number;
  startRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
  sources: { source: string; touched: number; buckets: number }[];
};

export type ImpactResults = {
  kind: 'conecta-bench-impact';
  startedAt: string;
  finishedAt: string;
  command: string;
  source: ReturnType<typeof describeSource>;
  machine: ReturnType<typeof describeMachine>;
  /** Other heavy processes seen when the run started (a CI run shares the machine). */
  concurrentLoad: string[];
  options: Omit<Options, 'report' | 'reportFrom'>;
  seed: SeedResult;
  impactSeed: ImpactSeedSummary;
  facts: number;
  /** heapLimitMb: this process's V8 heap limit (raised with NODE_OPTIONS=--max-old-space-size for the full scale). */
  refresh: { full: RefreshTiming; incremental: RefreshTiming; heapLimitMb: number };
  server: {
    startupMs: number;
    idleRssMb: number;
    vmHwmMb: number | null;
    dashboardBytes: number;
    /** As sent to a client that accepts brotli (absent in results from before compression). */
    dashboardWireBytes?: number;
  };
  /** Sequential requests on an idle server: the latency floor, whatever the load. */
  unloaded: Unloaded[];
  measurements: Measurement[];
  explain: DashboardExplain;
  failures: string[];
};

async function main() {
  const options = readOptions();
  if (options.reportFrom) {
    const file = resolve(options.reportFrom);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as ImpactResults;
    log(`Report: ${writeImpactReport(saved, file)}`);
    return;
  }
  const startedAt = new Date().toISOString();
  const concurrentLoad = busyProcesses();
  const scratch = await createScratchDatabase(ADMIN_URL);
  let results: ImpactResults;
  try {
    results = await bench(options, scratch.url, startedAt, concurrentLoad);
  } finally {
    await scratch.drop();
  }
  const file = saveResults(results);
  log(`\nRaw results: ${file}`);
  // Failed dashboards are a finding here (the pool gives up after 5 s), so the report shows them.
  if (options.report) log(`Report: ${writeImpactReport(results as ImpactReportInput, file)}`);
  if (results.failures.length > 0) {
    log(`warning: the run had failed requests:\n- ${results.failures.join('\n- ')}`);
    process.exitCode = 1;
  }
}

async function bench(options: Options, url: string, startedAt: string, concurrentLoad: string[]) {
  const { seed } = await migrateAndSeed(
    { kind: 'postgres', url },
    { teachers: options.teachers, schools: options.schools, classesPerTeacher: 3 },
  );
  log(
    `seeded ${seed.users} users in ${seed.schools} schools in ${seed.insertMs} ms (PostgreSQL ${seed.serverVersion})`,
  );

  const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(database, options);
  } finally {
    await database.close();
  }
  const { impactSeed, refresh, facts, initiativeId, schoolId, filter } = prepared;

  const server = await startServer({
    entry: 'server/src/main.ts',
    env: {
      DATABASE_URL: url,
      CONECTA_DEMO: '0',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
    },
  });
  let stopped = false;
  try {
    log(`server: pid ${server.pid} healthy in ${server.startupMs} ms`);
    const [cookie] = await signInAll(server.baseUrl, [ADMIN_EMAIL]);
    const paths: Record<Scenario, string> = {
      dashboard: `/api/v1/initiatives/${initiativeId}/dashboard`,
      'dashboard-school': `/api/v1/initiatives/${initiativeId}/dashboard?schoolId=${schoolId}`,
    };
    const {
      bytes: dashboardBytes,
      wireBytes: dashboardWireBytes,
      wireEncoding,
    } = await checkDashboard(server.baseUrl, paths.dashboard, cookie!);
    log(`dashboard: ${dashboardBytes} bytes of JSON, ${dashboardWireBytes} bytes as sent (${wireEncoding})`);
    await checkDashboard(server.baseUrl, paths['dashboard-school'], cookie!);
    const idleRssMb = server.rss.windowPeakMb();
    await drained(url);
    const unloaded: Unloaded[] = [];
    for (const scenario of SCENARIOS)
      unloaded.push(await oneAtATime(server.baseUrl, scenario, paths[scenario], cookie!));
    log(`one at a time: ${unloaded.map((u) => `${u.scenario} median ${u.medianMs} ms`).join(', ')}`);
    const measurements: Measurement[] = [];
    const failures: string[] = [];
    for (const scenario of SCENARIOS) {
      const load = (connections: number, durationS: number) =>
        runLoad(server.baseUrl, scenario, paths[scenario], cookie!, connections, durationS);
      if (options.warmupS > 0) {
        await drained(url);
        await load(options.connections[0]!, options.warmupS);
      }
      for (const connections of options.connections) {
        await drained(url);
        const loadStarted = new Date();
        const m = await measure(server, () => load(connections, options.durationS));
        measurements.push(m);
        const overlapping = await jobsBetween(url, loadStarted, new Date());
        if (overlapping.length > 0) log(`note: background jobs ran during this load: ${overlapping.join(', ')}`);
        if (m.non2xx + m.errors > 0)
          failures.push(`${scenario} c=${connections}: status ${JSON.stringify(m.statusCodes)}, errors ${m.errors}`);
        log(
          `${scenario.padEnd(17)} c=${String(connections).padEnd(3)} ${m.requestsPerSec.toFixed(1).padStart(7)} req/s` +
            `  done ${m.completed}  timeouts ${m.timeouts}` +
            `  p50 ${m.latencyMs.p50} ms  p95 ${m.latencyMs.p95} ms  p99 ${m.latencyMs.p99} ms  non-2xx ${m.non2xx}` +
            `  cores: server ${m.cpu.server} pg ${m.cpu.postgres} client ${m.cpu.client} other ${m.cpu.other}`,
        );
      }
    }
    const { vmHwmMb } = await server.stop();
    stopped = true;
    const explain = await explainDashboard(url, filter, schoolId);
    log(
      `slowest dashboard query: ${explain.slowest} (${explain.timings.map((t) => `${t.query} ${t.medianMs} ms`).join(', ')})`,
    );
    const { report: _report, reportFrom: _reportFrom, ...recorded } = options;
    return {
      kind: 'conecta-bench-impact',
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:impact -- ${process.argv.slice(2).join(' ')}`.trim(),
      source: describeSource(),
      machine: describeMachine(seed.serverVersion, 'not used'),
      concurrentLoad,
      options: recorded,
      seed,
      impactSeed,
      facts,
      refresh,
      server: { startupMs: server.startupMs, idleRssMb, vmHwmMb, dashboardBytes, dashboardWireBytes },
      unloaded,
      measurements,
      explain,
      failures,
    } satisfies ImpactResults;
  } finally {
    if (!stopped) await server.stop();
  }
}

/** Seeds the work, creates the initiatives as the admin would, and runs the two refreshes in-process. */
async function prepare(database: Awaited<ReturnType<typeof openDatabase>>, options: Options) {
  const db = database.db;
  const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
  // Two global practices with plan terms: what the initiatives target and the visits focus on.
  const practiceIds = rows<{ id: string }>(
    await db.execute(sql`select id from framework_practices where organization_id is null
      and jsonb_typeof(plan_terms) is not null order by code limit 2`),
  ).map((r) => r.id);
  if (practiceIds.length === 0) throw new Error('no framework practices after migrating');
  const impactSeed = await seedImpact(db, {
    artefacts: options.artefacts,
    reactionsPerTeacher: options.reactionsPerTeacher,
    meetingsPerTeam: options.meetingsPerTeam,
    communities: 10,
    practiceIds,
  });
  log(
    `seeded ${impactSeed.plans} plans, ${impactSeed.reflections} reflections, ${impactSeed.observations} observations, ` +
      `${impactSeed.posts} posts, ${impactSeed.reactions} reactions, ${impactSeed.meetings} meetings in ${impactSeed.insertMs} ms`,
  );

  const app = await buildApp({ config: appConfig(), database, mailTransport: null });
  try {
    await app.ready();
    const cookie = await injectSignIn(app);
    const schools = rows<{ id: string }>(await db.execute(sql`select id from schools order by name limit 3`));
    const today = utcDay(new Date());
    const year = schoolYearOf(today);
    const initiativeId = await createInitiative(app, cookie, {
      schoolYear: year,
      name: { en: 'Checking for understanding', es: 'Comprobar la comprensión' },
      targetPracticeIds: practiceIds,
      scope: { allSchools: true, schoolIds: [], teamIds: [] },
      targets: [
        { level: 1, metricId: 'l1.card-useful-share', value: 0.6, byDate: `${Number(year.slice(0, 4)) + 1}-06-01` },
      ],
    });
    await createInitiative(app, cookie, {
      schoolYear: year,
      name: { en: 'Questioning in three schools', es: 'Preguntas en tres escuelas' },
      targetPracticeIds: practiceIds.slice(0, 1),
      scope: { allSchools: false, schoolIds: schools.map((s) => s.id), teamIds: [] },
      targets: [],
    });
    const organizationId = rows<{ id: string }>(await db.execute(sql`select id from organizations limit 1`))[0]!.id;

    const full = await timed(() => app.services.impactRefresh.refreshOrganization(organizationId, new Date()));
    log(
      `full refresh: ${full.ms} ms (RSS ${full.startRssMb} → peak ${full.peakRssMb} MiB, heap peak ${full.peakHeapMb} MiB)`,
    );
    await addReactions(db, options.newReactions);
    const incremental = await timed(() => app.services.impactRefresh.refreshOrganization(organizationId, new Date()));
    log(`incremental refresh after ${options.newReactions} reactions: ${incremental.ms} ms`);
    // The refreshes just ran: the jobs queued when the initiatives were created have nothing left to do.
    await db.execute(sql`update jobs set done_at = now() where done_at is null and kind = 'impact.refresh'`);
    // The full refresh was this week's whole re-read too: recorded as done, as the worker would.
    const reconcile = impactJobs(db, app.services.impactRefresh).schedules.find(
      (s) => s.kind === IMPACT_JOBS.reconcile,
    );
    const slot = reconcile?.slot(new Date());
    if (slot)
      await db.execute(sql`
        insert into jobs (kind, dedupe_key, run_at, done_at) values (${IMPACT_JOBS.reconcile}, ${slot.key}, ${slot.runAt}, now())
        on conflict (dedupe_key) do nothing`);
    await db.execute(sql`vacuum analyze impact_facts`);
    await db.execute(sql`vacuum analyze impact_people`);
    const facts = Number(rows<{ n: string }>(await db.execute(sql`select count(*) as n from impact_facts`))[0]!.n);
    log(`impact_facts: ${facts} rows`);

    const span = { from: `${year.slice(0, 4)}-08-01`, to: today };
    const filter: FactFilter = {
      organizationId,
      initiativeId,
      practiceIds,
      scope: { allSchools: true, schoolIds: [], teamIds: [] },
      withinSchools: null,
      ...span,
    };
    return {
      impactSeed,
      refresh: { full, incremental, heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576) },
      facts,
      initiativeId,
      schoolId: schools[0]!.id,
      filter,
    };
  } finally {
    await app.close();
  }
}

/** Runs a refresh, timing it and sampling this process's RSS (the refresh reads sources into Node). */
async function timed(run: () => Promise<RefreshTiming['sources']>): Promise<RefreshTiming> {
  const start = process.memoryUsage().rss;
  let peak = start;
  let heap = 0;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  }, 100);
  const started = performance.now();
  try {
    const sources = await run();
    const mb = (n: number) => Math.round(n / 1048576);
    return {
      ms: Math.round(performance.now() - started),
      startRssMb: mb(start),
      peakRssMb: mb(peak),
      peakHeapMb: mb(heap),
      sources,
    };
  } finally {
    clearInterval(timer);
  }
}

function appConfig() {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: null,
    dataDir: '/nonexistent',
    demo: false,
    sessionSecret: randomBytes(32).toString('base64url'),
    smtpUrl: null,
    mailFrom: 'Conecta <no-reply@conecta.test>',
    publicUrl: 'http://localhost:3000',
    trustProxy: false,
    logLevel: 'warn' as const,
    databasePoolSize: 4,
  };
}

async function injectSignIn(app: FastifyInstance) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: ADMIN_EMAIL, password: BENCH_PASSWORD },
  });
  const cookie = response.cookies.find((c) => c.name === 'conecta_session');
  if (response.statusCode !== 200 || !cookie) throw new Error(`admin sign-in: HTTP ${response.statusCode}`);
  return `${cookie.name}=${cookie.value}`;
}

async function createInitiative(app: FastifyInstance, cookie: string, body: object) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: { cookie }, payload: body });
  if (response.statusCode !== 201) throw new Error(`POST /initiatives: HTTP ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

/** "2026-27" for any day from August 2026 to July 2027. */
function schoolYearOf(day: string) {
  const y = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 8 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The measured answer must be a real dashboard with shown (unsuppressed) numbers, or the load means nothing. */
/** What Chromium sends (less zstd, which the server does not speak): the load is a browser's. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Checks the dashboard; its size as JSON and as sent to a browser (brotli). */
async function checkDashboard(baseUrl: string, path: string, cookie: string) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  const text = await response.text();
  const parsed = Dashboard.safeParse(response.status === 200 ? JSON.parse(text) : null);
  if (!parsed.success || !text.includes('"suppressed":false'))
    throw new Error(`GET ${path}: HTTP ${response.status} ${text.slice(0, 400)}`);
  const wire = await new Promise<{ encoding: string; bytes: number }>((done, fail) => {
    http
      .get(`${baseUrl}${path}`, { headers: { cookie, 'accept-encoding': ACCEPT_ENCODING } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => done({ encoding: String(res.headers['content-encoding'] ?? 'identity'), bytes }));
      })
      .on('error', fail);
  });
  return { bytes: Buffer.byteLength(text), wireBytes: wire.bytes, wireEncoding: wire.encoding };
}

function runLoad(
  baseUrl: string,
  scenario: Scenario,
  path: string,
  cookie: string,
  connections: number,
  durationS: number,
): Promise<RunSummary<Scenario>> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      // A generous timeout: a slow dashboard is a number to report, not a failed run.
      {
        url: `${baseUrl}${path}`,
        connections,
        duration: durationS,
        timeout: 120,
        headers: { cookie, 'accept-encoding': ACCEPT_ENCODING },
      },
      (error, result) => (error ? reject(error) : resolve(summarizeRun(scenario, connections, result, latencies))),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

const UNLOADED_REQUESTS = 3;

async function oneAtATime(baseUrl: string, scenario: Scenario, path: string, cookie: string): Promise<Unloaded> {
  const times: number[] = [];
  for (let i = 0; i < UNLOADED_REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie, 'accept-encoding': ACCEPT_ENCODING } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => Math.round(n * 10) / 10;
  return {
    scenario,
    requests: times.length,
    medianMs: ms(times[Math.floor(times.length / 2)]!),
    maxMs: ms(times.at(-1)!),
  };
}

/**
 * Starts the next run from an idle database: autocannon stops sending at the end of a run, but the
 * server keeps working on what was already sent (minutes of queued dashboards when they are slow),
 * so those queries are cancelled, then we wait (at most five minutes) until nothing runs.
 */
/**
 * Waits until the server's background jobs have nothing due and the database is idle: a fresh
 * server runs its periodic jobs (rollup refresh, digests, snapshots) at once, and measuring the
 * dashboard meanwhile measures those jobs. Cancelling their queries instead only made them retry
 * during the load.
 */
async function drained(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + 900_000;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ due: number; active: number }>(
        `select
           (select count(*)::int from jobs where done_at is null and failed_at is null and run_at <= now()) as due,
           (select count(*)::int from pg_stat_activity
             where datname = current_database() and state = 'active' and pid <> pg_backend_pid()) as active`,
      );
      if (rows[0]?.due === 0 && rows[0]?.active === 0) return;
      await sleep(500);
    }
    log('warning: background jobs were still due or running after 15 minutes; measuring anyway');
  } finally {
    await client.end();
  }
}

/** Background jobs that ran between two instants (to say so next to a measurement they overlap). */
async function jobsBetween(url: string, from: Date, to: Date): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string }>(
      `select kind from jobs where done_at >= $1 and run_at <= $2 order by run_at`,
      [from, to],
    );
    return rows.map((row) => row.kind);
  } finally {
    await client.end();
  }
}

async function measure(server: ServerProcess, run: () => Promise<RunSummary<Scenario>>): Promise<Measurement> {
  server.rss.reset();
  const before = cpuSnapshot();
  const measured = await run();
  return { ...measured, peakRssMb: server.rss.windowPeakMb(), cpu: cpuShare(before, cpuSnapshot(), server.pid) };
}

/**
 * What else ran when the bench started: whether a CI run was going (the machine is shared), and
 * processes that used a noticeable share of a core over their life (ps), this bench excepted.
 */
function busyProcesses(): string[] {
  const mine = new Set([process.pid, process.ppid]);
  try {
    const ci = spawnSync('pgrep', ['-f', '\\.ci/run'], { encoding: 'utf8' }).stdout.trim();
    const out = execFileSync('ps', ['-eo', 'pid,pcpu,args', '--sort=-pcpu', '--no-headers'], { encoding: 'utf8' });
    const busy = out
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([pid, cpu, command]) => pid && !mine.has(Number(pid)) && command !== 'ps' && Number(cpu) >= 20)
      .map(([, cpu, ...args]) => `${cpu}% ${args.join(' ').slice(0, 100)}`);
    return [ci ? 'a CI run (.ci/run) was running' : 'no CI run (.ci/run)', ...busy];
  } catch {
    return [];
  }
}

function saveResults(results: ImpactResults): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const ignore = join(RESULTS_DIR, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# Raw benchmark results: machine-specific, never committed.\n*\n');
  const file = join(RESULTS_DIR, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      teachers: { type: 'string', default: '5000' },
      schools: { type: 'string', default: '50' },
      artefacts: { type: 'string', default: '1000000' },
      'reactions-per-teacher': { type: 'string', default: '20' },
      'meetings-per-team': { type: 'string', default: '50' },
      'new-reactions': { type: 'string', default: '1000' },
      connections: { type: 'string', default: '10,50' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      'no-report': { type: 'boolean', default: false },
      'report-from': { type: 'string' },
    },
  });
  return {
    teachers: int(values.teachers, '--teachers', 10),
    schools: int(values.schools, '--schools', 1),
    artefacts: int(values.artefacts, '--artefacts', 100),
    reactionsPerTeacher: int(values['reactions-per-teacher'], '--reactions-per-teacher', 0),
    meetingsPerTeam: int(values['meetings-per-team'], '--meetings-per-team', 1),
    newReactions: int(values['new-reactions'], '--new-reactions', 1),
    connections: values.connections.split(',').map((c) => int(c, '--connections', 1)),
    durationS: int(values.duration, '--duration', 1),
    warmupS: int(values.warmup, '--warmup', 0),
    report: !values['no-report'],
    reportFrom: values['report-from'] ?? null,
  };
}

function int(text: string, flag: string, min: number): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}, not "${text}"`);
  return n;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

main().catch((error: unknown) => {
  process.stderr.write(`bench:impact failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
