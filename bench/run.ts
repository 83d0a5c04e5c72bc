import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { cpuShare, cpuSnapshot } from './lib/cpu-share';
import { createScratchDatabase, migrateAndSeed, resetTarget, type Target } from './lib/databases';
import { type BenchPlan, readVersions } from './lib/plan';
import type { BenchResults, Engine, EngineRun, ServerKind, ServerRun } from './lib/results';
import { describeMachine, describeSource } from './lib/results';
import {
  type LoadInput,
  type Measurement,
  PLAN_SCENARIOS,
  runLoad,
  SCENARIOS,
  type ScenarioName,
} from './lib/scenarios';
import { DEFAULT_SCALE, NO_PLANS, type PlanSeed, type ScaleOptions } from './lib/seed';
import { REPO_ROOT, startServer } from './lib/server-process';
import { checkAnswers, signInPool } from './lib/sessions';
import { writeReport } from './report';

// npm run bench -- [--engine pglite|postgres|both] [--duration 10] [--connections 10,50]
//   [--database-url postgres://…] [--teachers 2000] [--sessions 50] [--warmup 2]
//   [--scenarios me,classes,login,plan-read,plan-save] [--servers app,floor] [--cpu-prof] [--no-report]
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const ENTRIES: Record<ServerKind, string> = { app: 'server/src/main.ts', floor: 'bench/floor-server.ts' };

type Options = {
  engines: Engine[];
  durationS: number;
  warmupS: number;
  connections: number[];
  databaseUrl: string | null;
  fresh: boolean;
  scale: ScaleOptions;
  sessions: number;
  scenarios: ScenarioName[];
  servers: ServerKind[];
  cpuProfDir: string | null;
  report: boolean;
};

async function main() {
  const options = readOptions();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const startedAt = new Date().toISOString();
  const engines: EngineRun[] = [];
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stamp}.json`);
  const save = (): BenchResults => {
    const results: BenchResults = {
      kind: 'conecta-bench-core',
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      source: describeSource(),
      machine: describeMachine(
        engines.find((e) => e.engine === 'postgres')?.seed.serverVersion ?? null,
        `${pgliteVersion()} (PostgreSQL ${engines.find((e) => e.engine === 'pglite')?.seed.serverVersion ?? '?'})`,
      ),
      options: {
        engines: options.engines,
        durationS: options.durationS,
        warmupS: options.warmupS,
        connections: options.connections,
        sessions: options.sessions,
        uvThreadpoolSize: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
        databasePoolSize: 10,
      },
      engines,
    };
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    return results;
  };
  // Saved after every engine, so a later failure still leaves the finished engine's numbers.
  for (const engine of options.engines) {
    engines.push(await benchEngine(engine, options));
    save();
  }
  const results = save();
  log(`\nRaw results: ${file}`);
  if (options.report) log(`Report: ${writeReport(results, file)}`);
  if (options.cpuProfDir) log(`CPU profiles (open in Chrome DevTools): ${options.cpuProfDir}/{app,floor}`);
}

async function benchEngine(engine: Engine, options: Options): Promise<EngineRun> {
  log(`\n== ${engine} ==`);
  const { target, env, cleanup } = await prepareTarget(engine, options);
  try {
    const { seed, benchPlans } = await migrateAndSeed(target, options.scale, planSeed(options));
    log(
      `seeded ${seed.users} users, ${seed.classes} classes, ${seed.plans} plans in ${seed.insertMs} ms (${engine} ${seed.serverVersion})`,
    );
    const servers: ServerRun[] = [];
    for (const server of options.servers) servers.push(await benchServer(server, env, options, benchPlans));
    return { engine, seed, servers };
  } finally {
    await cleanup();
  }
}

/** A database of our own for each engine: a scratch PostgreSQL database or a temporary PGlite folder. */
async function prepareTarget(
  engine: Engine,
  options: Options,
): Promise<{ target: Target; env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'conecta-bench-'));
    const target: Target = { kind: 'pglite', dataDir };
    return {
      target,
      env: { CONECTA_DATA_DIR: dataDir },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (options.databaseUrl) {
    const target: Target = { kind: 'postgres', url: options.databaseUrl };
    if (options.fresh) await resetTarget(target);
    return { target, env: { DATABASE_URL: options.databaseUrl }, cleanup: async () => {} };
  }
  const scratch = await createScratchDatabase(ADMIN_URL);
  return {
    target: { kind: 'postgres', url: scratch.url } as Target,
    env: { DATABASE_URL: scratch.url },
    cleanup: scratch.drop,
  };
}

/**
 * The plan scenarios need a plan for every connection of the largest plan-save run (each
 * connection saves its own), spread evenly over the signed-in teachers, who each get at least one.
 */
function planSeed(options: Options): PlanSeed {
  if (!options.scenarios.some((s) => PLAN_SCENARIOS.includes(s))) return NO_PLANS;
  const owners = Math.min(options.sessions, options.scale.teachers);
  return { owners, perOwner: Math.ceil(Math.max(...options.connections) / owners) };
}

async function benchServer(
  kind: ServerKind,
  dbEnv: Record<string, string>,
  options: Options,
  plans: BenchPlan[],
): Promise<ServerRun> {
  const server = await startServer({
    entry: ENTRIES[kind],
    env: {
      ...dbEnv,
      CONECTA_DEMO: '0',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
    },
    cpuProfDir: options.cpuProfDir ? join(options.cpuProfDir, kind) : null,
  });
  try {
    log(`${kind}: pid ${server.pid} healthy in ${server.startupMs} ms`);
    const signInStarted = performance.now();
    const needsSessions = options.scenarios.some((s) => s !== 'login');
    const cookies = needsSessions ? await signInPool(server.baseUrl, options.scale.teachers, options.sessions) : [];
    const signInPoolMs = Math.round(performance.now() - signInStarted);
    const answers = cookies[0]
      ? await checkAnswers(server.baseUrl, cookies, options.scale.classesPerTeacher, plans[0])
      : { meBytes: 0, classesBytes: 0, planBytes: null };
    const idleRssMb = server.rss.windowPeakMb();

    const measurements: Measurement[] = [];
    const saves = scenarioSaves(server.baseUrl, plans, cookies);
    for (const scenario of options.scenarios) {
      const load = { baseUrl: server.baseUrl, scenario, cookies, teachers: options.scale.teachers, plans };
      // Unrecorded warm-up: JIT, connection pool and PostgreSQL caches settle before we measure.
      if (options.warmupS > 0) {
        const versions = scenario === 'plan-save' ? await saves.before() : new Map<string, number>();
        await runLoad({ ...load, versions, connections: options.connections[0]!, durationS: options.warmupS });
      }
      for (const connections of options.connections) {
        const versions = scenario === 'plan-save' ? await saves.before() : new Map<string, number>();
        server.rss.reset();
        const before = cpuSnapshot();
        const measured = await runLoad({ ...load, versions, connections, durationS: options.durationS });
        const cpu = cpuShare(before, cpuSnapshot(), server.pid);
        const versionsAdded = scenario === 'plan-save' ? await saves.after() : undefined;
        const m: Measurement = {
          ...measured,
          ...(versionsAdded === undefined ? {} : { versionsAdded }),
          peakRssMb: server.rss.windowPeakMb(),
          cpu,
        };
        measurements.push(m);
        log(
          `${kind} ${scenario.padEnd(9)} c=${String(connections).padEnd(3)} ${m.requestsPerSec.toFixed(1).padStart(8)} req/s` +
            `  p50 ${m.latencyMs.p50} ms  p95 ${m.latencyMs.p95} ms  p99 ${m.latencyMs.p99} ms` +
            `  non-2xx ${m.non2xx}  errors ${m.errors}  peak RSS ${m.peakRssMb} MiB` +
            `  cores: client ${cpu.client} server ${cpu.server} pg ${cpu.postgres} other ${cpu.other}` +
            (versionsAdded === undefined
              ? ''
              : `  status ${JSON.stringify(m.statusCodes)}  saves 2xx ${m.completed} → versions +${versionsAdded}`),
        );
      }
    }
    const { vmHwmMb } = await server.stop();
    return {
      server: kind,
      startupMs: server.startupMs,
      idleRssMb,
      vmHwmMb,
      signInPoolMs,
      responseBytes: { me: answers.meBytes, classes: answers.classesBytes, plan: answers.planBytes },
      measurements,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * plan-save's bookkeeping around each run: the plans' versions just before it (where every
 * connection starts), and afterwards how far they moved in total, read back through the server.
 * That total is the 2xx saves plus any save the server finished after autocannon stopped
 * listening, so it may exceed the 2xx count by up to one per connection, never fall below it.
 * Both wait until the saves cut off by the end of the previous run have landed (two reads 250 ms
 * apart agree), so a run neither starts from a stale version nor shares the server with them.
 */
function scenarioSaves(baseUrl: string, plans: BenchPlan[], cookies: string[]) {
  let start = new Map<string, number>();
  const total = (versions: Map<string, number>) => [...versions.values()].reduce((sum, v) => sum + v, 0);
  const settled = async () => {
    let last = await readVersions(baseUrl, plans, cookies);
    // At most the client's 10 s request timeout: no request of the last run can still be running.
    for (let tries = 0; tries < 40; tries++) {
      await sleep(250);
      const now = await readVersions(baseUrl, plans, cookies);
      if (total(now) === total(last)) return now;
      last = now;
    }
    return last;
  };
  return {
    before: async (): Promise<LoadInput['versions']> => {
      start = await settled();
      return new Map(start);
    },
    after: async () => total(await settled()) - total(start),
  };
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'both' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10,50' },
      'database-url': { type: 'string' },
      fresh: { type: 'boolean', default: false },
      teachers: { type: 'string', default: String(DEFAULT_SCALE.teachers) },
      sessions: { type: 'string', default: '50' },
      scenarios: { type: 'string', default: SCENARIOS.join(',') },
      servers: { type: 'string', default: 'app,floor' },
      'cpu-prof': { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
    },
  });
  const engine = values.engine;
  if (engine !== 'both' && engine !== 'postgres' && engine !== 'pglite') {
    throw new Error(`--engine must be pglite, postgres or both, not "${engine}"`);
  }
  return {
    engines: engine === 'both' ? ['pglite', 'postgres'] : [engine],
    durationS: int(values.duration, '--duration', 1),
    warmupS: int(values.warmup, '--warmup', 0),
    connections: values.connections.split(',').map((c) => int(c, '--connections', 1)),
    databaseUrl: values['database-url'] ?? null,
    fresh: values.fresh,
    scale: { ...DEFAULT_SCALE, teachers: int(values.teachers, '--teachers', 1) },
    sessions: int(values.sessions, '--sessions', 1),
    scenarios: list(values.scenarios, SCENARIOS, '--scenarios'),
    servers: list(values.servers, ['app', 'floor'] as const, '--servers'),
    // Profiles are large and not results: they go to a temporary folder, printed at the end.
    cpuProfDir: values['cpu-prof'] ? mkdtempSync(join(tmpdir(), 'conecta-bench-profiles-')) : null,
    report: !values['no-report'],
  };
}

function int(text: string, flag: string, min: number): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}, not "${text}"`);
  return n;
}

function list<T extends string>(text: string, allowed: readonly T[], flag: string): T[] {
  const items = text.split(',').map((s) => s.trim());
  const bad = items.find((s) => !allowed.includes(s as T));
  if (bad !== undefined) throw new Error(`${flag}: "${bad}" is not one of ${allowed.join(', ')}`);
  return items as T[];
}

function pgliteVersion(): string {
  const pkg = join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return `PGlite ${(JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version}`;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
