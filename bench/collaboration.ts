/**
 * Collaboration under load (issue 5): seeds 2000 teachers, 100,000 community posts in threads of
 * ~10 (with their draft CoI codes) and a year of weekly team meetings in a scratch database,
 * starts the real server and measures the thread listing of a community
 * (GET /communities/{id}/threads, as a member and as a facilitator, who also gets CoI flags) and
 * the meeting-note save (PUT /meetings/{id}/notes: each connection autosaves its own note) at 10
 * and 50 connections. Writes bench/results/collaboration/<timestamp>.json and the
 * "Collaboration" section of docs/benchmarks.md.
 *
 * npm run bench:collaboration -- [--engine postgres|pglite] [--teachers 2000] [--posts 100000]
 *   [--communities 10] [--meetings-per-team 50] [--connections 10,50] [--duration 10] [--warmup 2]
 *   [--scenarios threads,threads-facilitator,note-save] [--no-report]
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon, { type Client, type Request } from 'autocannon';
import pg from 'pg';
import { listOf } from '#core/contracts/common';
import { ThreadSummary } from '#core/contracts/communities';
import { MeetingNote } from '#core/contracts/meetings';
import { openDatabase } from '../server/src/db/client';
import { type CollaborationSeedSummary, type CollaborationWorkload, seedCollaboration } from './lib/collaboration-seed';
import { type CpuShare, cpuShare, cpuSnapshot } from './lib/cpu-share';
import { createScratchDatabase, migrateAndSeed, type SeedResult, type Target } from './lib/databases';
import { type RunSummary, summarizeRun } from './lib/load-summary';
import { describeMachine, describeSource, type Engine, type Machine, type Source } from './lib/results';
import { DEFAULT_SCALE } from './lib/seed';
import { REPO_ROOT, type ServerProcess, startServer } from './lib/server-process';
import { signInAll } from './lib/sessions';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results', 'collaboration');
const DOC = join(REPO_ROOT, 'docs', 'benchmarks.md');
const START = '<!-- collaboration:start -->';
const END = '<!-- collaboration:end -->';

export const SCENARIOS = ['threads', 'threads-facilitator', 'note-save'] as const;
type Scenario = (typeof SCENARIOS)[number];
const ROUTES: Record<Scenario, string> = {
  threads: 'GET /api/v1/communities/{id}/threads (member)',
  'threads-facilitator': 'GET /api/v1/communities/{id}/threads (facilitator, with CoI flags)',
  'note-save': 'PUT /api/v1/meetings/{id}/notes',
};

type Options = {
  engine: Engine;
  teachers: number;
  posts: number;
  communities: number;
  meetingsPerTeam: number;
  connections: number[];
  durationS: number;
  warmupS: number;
  scenarios: Scenario[];
  report: boolean;
};

type Measurement = RunSummary<Scenario> & { peakRssMb: number; cpu: CpuShare };

type Results = {
  kind: 'conecta-bench-collaboration';
  startedAt: string;
  finishedAt: string;
  command: string;
  source: Source;
  machine: Machine;
  options: Omit<Options, 'report'>;
  seed: SeedResult;
  collaborationSeed: CollaborationSeedSummary;
  server: { startupMs: number; idleRssMb: number; vmHwmMb: number | null; sessions: number; threadsBytes: number };
  measurements: Measurement[];
  failures: string[];
};

/** Sessions: every note writer (one per note-save connection) plus members and facilitators to rotate. */
const MAX_SESSIONS = 60;

async function main() {
  const options = readOptions();
  const startedAt = new Date().toISOString();
  const { target, env, cleanup } = await prepareTarget(options.engine);
  let results: Results;
  try {
    results = await bench(options, target, env, startedAt);
  } finally {
    await cleanup();
  }
  const file = saveResults(results);
  log(`\nRaw results: ${file}`);
  if (results.failures.length > 0) {
    throw new Error(
      `the run had failed requests; docs/benchmarks.md left as it was:\n- ${results.failures.join('\n- ')}`,
    );
  }
  if (options.report) log(`Report: ${writeReport(results, file)}`);
}

async function bench(options: Options, target: Target, dbEnv: Record<string, string>, startedAt: string) {
  const { seed } = await migrateAndSeed(target, { ...DEFAULT_SCALE, teachers: options.teachers });
  log(
    `seeded ${seed.users} users, ${seed.teams} teams in ${seed.insertMs} ms (${options.engine} ${seed.serverVersion})`,
  );
  const { summary, workload } = await seedHistory(target, options);
  log(
    `seeded ${summary.communities} communities (${summary.members} members), ${summary.threads} threads, ` +
      `${summary.posts} posts, ${summary.meetings} meetings, ${summary.meetingNotes} meeting notes in ${summary.insertMs} ms`,
  );

  const server = await startServer({
    entry: 'server/src/main.ts',
    env: { ...dbEnv, CONECTA_DEMO: '0', SESSION_SECRET: randomBytes(32).toString('base64url'), LOG_LEVEL: 'warn' },
  });
  let stopped = false;
  try {
    log(`server: pid ${server.pid} healthy in ${server.startupMs} ms`);
    if (target.kind === 'postgres') await jobsSettled(target.url);
    const maxConnections = Math.max(...options.connections);
    const writers = workload.noteWriters.slice(0, Math.min(MAX_SESSIONS, workload.noteWriters.length));
    if (options.scenarios.includes('note-save') && writers.length < maxConnections) {
      throw new Error(
        `note-save needs ${maxConnections} team members with a running meeting, the seed has ${writers.length}`,
      );
    }
    const members = workload.teachers.slice(-Math.min(MAX_SESSIONS, workload.teachers.length));
    const sessions = {
      writers: {
        people: writers,
        cookies: await signInAll(
          server.baseUrl,
          writers.map((w) => w.email),
        ),
      },
      members: {
        people: members,
        cookies: await signInAll(
          server.baseUrl,
          members.map((m) => m.email),
        ),
      },
      facilitators: {
        people: workload.facilitators,
        cookies: await signInAll(
          server.baseUrl,
          workload.facilitators.map((f) => f.email),
        ),
      },
    };
    const threadsBytes = await checkAnswers(server.baseUrl, sessions);
    const idleRssMb = server.rss.windowPeakMb();

    const measurements: Measurement[] = [];
    const failures: string[] = [];
    for (const scenario of options.scenarios) {
      const load = (connections: number, durationS: number) =>
        runLoad({ baseUrl: server.baseUrl, scenario, connections, durationS, sessions });
      if (options.warmupS > 0) await load(options.connections[0]!, options.warmupS);
      for (const connections of options.connections) {
        const m = await measure(server, () => load(connections, options.durationS));
        measurements.push(m);
        const failed = m.non2xx + m.errors + m.timeouts;
        if (failed > 0) {
          failures.push(
            `${scenario} c=${connections}: non-2xx ${m.non2xx}, errors ${m.errors}, timeouts ${m.timeouts}, ` +
              `status ${JSON.stringify(m.statusCodes)}`,
          );
        }
        log(
          `${scenario.padEnd(19)} c=${String(connections).padEnd(3)} ${m.requestsPerSec.toFixed(1).padStart(8)} req/s` +
            `  p50 ${m.latencyMs.p50} ms  p95 ${m.latencyMs.p95} ms  p99 ${m.latencyMs.p99} ms  2xx ${m.completed}` +
            `  non-2xx ${m.non2xx}  errors ${m.errors}  peak RSS ${m.peakRssMb} MiB` +
            `  cores: client ${m.cpu.client} server ${m.cpu.server} pg ${m.cpu.postgres} other ${m.cpu.other}`,
        );
      }
    }
    const { vmHwmMb } = await server.stop();
    stopped = true;
    const { report: _report, ...recorded } = options;
    return {
      kind: 'conecta-bench-collaboration',
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench:collaboration -- ${process.argv.slice(2).join(' ')}`.trim(),
      source: describeSource(),
      machine: describeMachine(
        options.engine === 'postgres' ? seed.serverVersion : null,
        pgliteVersion(options.engine, seed),
      ),
      options: recorded,
      seed,
      collaborationSeed: summary,
      server: {
        startupMs: server.startupMs,
        idleRssMb,
        vmHwmMb,
        sessions: writers.length + members.length + workload.facilitators.length,
        threadsBytes,
      },
      measurements,
      failures,
    } satisfies Results;
  } finally {
    if (!stopped) await server.stop();
  }
}

/** The collaboration data, seeded through a connection closed before the server opens the database. */
async function seedHistory(target: Target, options: Options) {
  const database = await openDatabase(
    target.kind === 'postgres'
      ? { kind: 'postgres', url: target.url, poolSize: 2 }
      : { kind: 'pglite', dataDir: resolve(target.dataDir) },
  );
  try {
    return await seedCollaboration(database.db, {
      posts: options.posts,
      communities: options.communities,
      meetingsPerTeam: options.meetingsPerTeam,
    });
  } finally {
    await database.close();
  }
}

type Sessions = {
  writers: { people: CollaborationWorkload['noteWriters']; cookies: string[] };
  members: { people: CollaborationWorkload['teachers']; cookies: string[] };
  facilitators: { people: CollaborationWorkload['facilitators']; cookies: string[] };
};

/**
 * Before any load, each measured route must answer as the product would: a full first page of
 * threads (flags only for the facilitator), and a note saved then saved again under the same
 * client id (an update of the same note, not a second one). Returns the member's page size in bytes.
 */
async function checkAnswers(baseUrl: string, sessions: Sessions) {
  const call = async (method: string, path: string, cookie: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) as unknown };
  };
  const page = listOf(ThreadSummary);
  const member = sessions.members.people[0]!;
  const asMember = await call('GET', `/api/v1/communities/${member.communityId}/threads`, sessions.members.cookies[0]!);
  const parsed = page.safeParse(asMember.status === 200 ? asMember.json() : null);
  if (!parsed.success || parsed.data.items.length === 0 || parsed.data.items.some((t) => t.flags !== null)) {
    throw new Error(
      `GET /communities/{id}/threads as a member: HTTP ${asMember.status} ${asMember.text.slice(0, 300)}`,
    );
  }
  const facilitator = sessions.facilitators.people[0]!;
  const asFacilitator = await call(
    'GET',
    `/api/v1/communities/${facilitator.communityId}/threads`,
    sessions.facilitators.cookies[0]!,
  );
  const flagged = page.safeParse(asFacilitator.status === 200 ? asFacilitator.json() : null);
  if (!flagged.success || flagged.data.items.some((t) => t.flags === null)) {
    throw new Error(
      `GET /communities/{id}/threads as a facilitator: HTTP ${asFacilitator.status} ${asFacilitator.text.slice(0, 300)}`,
    );
  }
  const writer = sessions.writers.people[0]!;
  const note = { clientId: randomUUID(), stepIndex: 0, text: 'Check before the load.' };
  const first = await call('PUT', `/api/v1/meetings/${writer.meetingId}/notes`, sessions.writers.cookies[0]!, note);
  const again = await call('PUT', `/api/v1/meetings/${writer.meetingId}/notes`, sessions.writers.cookies[0]!, {
    ...note,
    text: 'Check before the load, edited.',
  });
  const saved = MeetingNote.safeParse(again.status === 200 ? again.json() : null);
  if (first.status !== 200 || !saved.success || saved.data.text !== 'Check before the load, edited.') {
    throw new Error(`PUT /meetings/{id}/notes: HTTP ${first.status} then ${again.status}: ${again.text.slice(0, 300)}`);
  }
  return Buffer.byteLength(asMember.text);
}

type LoadInput = { baseUrl: string; scenario: Scenario; connections: number; durationS: number; sessions: Sessions };

function runLoad(input: LoadInput): Promise<RunSummary<Scenario>> {
  const latencies: number[] = [];
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(
      {
        url: input.baseUrl,
        connections: input.connections,
        duration: input.durationS,
        timeout: 10,
        ...requests(input),
      },
      (error, result) =>
        error ? reject(error) : resolvePromise(summarizeRun(input.scenario, input.connections, result, latencies)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

function requests({ scenario, sessions }: LoadInput): { requests: Request[]; setupClient?: (client: Client) => void } {
  if (scenario === 'threads' || scenario === 'threads-facilitator') {
    // Each request as the next person in the rotation, on their own community's first page.
    const { people, cookies } = scenario === 'threads' ? sessions.members : sessions.facilitators;
    let next = 0;
    return {
      requests: [
        {
          method: 'GET',
          path: '/healthz',
          setupRequest: (request) => {
            const i = next++ % people.length;
            return {
              ...request,
              path: `/api/v1/communities/${people[i]!.communityId}/threads`,
              headers: { ...request.headers, cookie: cookies[i]! },
            };
          },
        },
      ],
    };
  }
  // note-save: connection `slot` is team member `slot`, autosaving their own note on their team's
  // running meeting (same client id, growing text), as the meeting screen does while typing.
  let slot = 0;
  return {
    requests: [{ method: 'GET', path: '/healthz' }],
    setupClient: (client) => {
      const i = slot++;
      const writer = sessions.writers.people[i]!;
      const clientId = randomUUID();
      let sent = 0;
      client.setRequests([
        {
          method: 'PUT',
          path: `/api/v1/meetings/${writer.meetingId}/notes`,
          headers: { 'content-type': 'application/json', cookie: sessions.writers.cookies[i]! },
          setupRequest: (request) => {
            sent += 1;
            return {
              ...request,
              body: JSON.stringify({
                clientId,
                stepIndex: i % writer.steps,
                text: `${NOTE_DRAFT.slice(0, 40 + (sent % (NOTE_DRAFT.length - 40)))} (${i}.${sent})`,
              }),
            };
          },
        },
      ]);
    },
  };
}

const NOTE_DRAFT =
  'Students in group 2 compared the two graphs and noticed the scale starts at 50, so the growth looks bigger than it is; ' +
  'three of them explained it to the class. Next time we ask the hinge question before the pair work.';

async function measure(server: ServerProcess, run: () => Promise<RunSummary<Scenario>>): Promise<Measurement> {
  server.rss.reset();
  const before = cpuSnapshot();
  const measured = await run();
  const cpu = cpuShare(before, cpuSnapshot(), server.pid);
  return { ...measured, peakRssMb: server.rss.windowPeakMb(), cpu };
}

/** Waits until the background worker has no due job left (at most a minute). */
async function jobsSettled(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
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

/** A scratch PostgreSQL database (dropped afterwards, also on an error or Ctrl-C), or a temporary PGlite folder. */
async function prepareTarget(engine: Engine) {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'conecta-bench-collaboration-'));
    return {
      target: { kind: 'pglite', dataDir } as Target,
      env: { CONECTA_DATA_DIR: dataDir } as Record<string, string>,
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchDatabase(ADMIN_URL);
  const name = new URL(scratch.url).pathname.slice(1);
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
    target: { kind: 'postgres', url: scratch.url } as Target,
    env: { DATABASE_URL: scratch.url } as Record<string, string>,
    cleanup: async () => {
      await scratch.drop();
      process.removeListener('exit', dropOnExit);
      log(`dropped scratch database ${name}`);
    },
  };
}

function pgliteVersion(engine: Engine, seed: SeedResult) {
  if (engine !== 'pglite') return 'not used';
  const pkg = join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return `PGlite ${(JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version} (PostgreSQL ${seed.serverVersion})`;
}

function saveResults(results: Results): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const ignore = join(RESULTS_DIR, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# Raw benchmark results: machine-specific, never committed.\n*\n');
  const file = join(RESULTS_DIR, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

/** Rewrites the section between the collaboration markers of docs/benchmarks.md. */
function writeReport(results: Results, resultsFile: string) {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${DOC} has no ${START} … ${END} markers`);
  const { machine, options, seed, collaborationSeed: c, server } = results;
  const engine = options.engine === 'postgres' ? `PostgreSQL ${seed.serverVersion}` : 'PGlite (embedded)';
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
  const lines = [
    START,
    `<!-- Generated by bench/collaboration.ts from bench/results/collaboration/${basename(resultsFile)}; edits between these markers are overwritten. -->`,
    '',
    `- **Date:** ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    `- **Command:** \`${results.command}\``,
    `- **Code:** commit ${results.source.commit ?? 'unknown'}${results.source.uncommittedFiles ? ` + ${results.source.uncommittedFiles} uncommitted files` : ''}`,
    `- **Machine:** ${machine.nproc} cores (${machine.cpuModel}), ${machine.memory} RAM, ${machine.kernel}, Node ${machine.node}, ${engine}. Load generator, server and database share these cores.`,
    `- **Dataset:** ${seed.schools} schools, ${seed.teachers} teachers, ${seed.teams} teams; ${c.communities} communities ` +
      `(${c.members} memberships), ${c.threads} threads, ${c.posts} posts with draft CoI codes; ${c.meetings} meetings ` +
      `(weekly per team, the newest running) with ${c.meetingNotes} notes; seeded in ${c.insertMs} ms.`,
    `- **Method:** ${options.warmupS} s unrecorded warm-up per scenario, then one ${options.durationS} s autocannon run per ` +
      `connection count against the real server (LOG_LEVEL=warn), ${server.sessions} people signed in. Threads: first page ` +
      `(50) of the person's own community, rotating people (${(server.threadsBytes / 1024).toFixed(1)} KiB for a member); ` +
      'the facilitator variant also computes each thread’s CoI profile. Note save: each connection is one team member ' +
      'autosaving their own note (same client id, changing text) on their team’s running meeting. Percentiles over every ' +
      '2xx response; cores = average cores used by the server / PostgreSQL / other processes.',
    '',
    '| Scenario | Route | Conns | req/s | p50 / p95 / p99 ms | Non-2xx | Peak RSS MiB | Cores server / pg / other |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
    ...results.measurements.map(
      (m) =>
        `| ${m.scenario} | ${ROUTES[m.scenario]} | ${m.connections} | ${fmt(m.requestsPerSec)} | ` +
        `${fmt(m.latencyMs.p50)} / ${fmt(m.latencyMs.p95)} / ${fmt(m.latencyMs.p99)} | ${m.non2xx + m.errors + m.timeouts} | ` +
        `${m.peakRssMb} | ${m.cpu.server} / ${m.cpu.postgres} / ${m.cpu.other} |`,
    ),
    '',
    END,
  ];
  writeFileSync(DOC, `${doc.slice(0, start)}${lines.join('\n')}${doc.slice(end + END.length)}`);
  return DOC;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'postgres' },
      teachers: { type: 'string', default: String(DEFAULT_SCALE.teachers) },
      posts: { type: 'string', default: '100000' },
      communities: { type: 'string', default: '10' },
      'meetings-per-team': { type: 'string', default: '50' },
      connections: { type: 'string', default: '10,50' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      scenarios: { type: 'string', default: SCENARIOS.join(',') },
      'no-report': { type: 'boolean', default: false },
    },
  });
  if (values.engine !== 'postgres' && values.engine !== 'pglite') {
    throw new Error(`--engine must be postgres or pglite, not "${values.engine}"`);
  }
  const scenarios = values.scenarios.split(',').map((s) => s.trim());
  const bad = scenarios.find((s) => !SCENARIOS.includes(s as Scenario));
  if (bad !== undefined) throw new Error(`--scenarios: "${bad}" is not one of ${SCENARIOS.join(', ')}`);
  return {
    engine: values.engine,
    teachers: int(values.teachers, '--teachers', 1),
    posts: int(values.posts, '--posts', 1),
    communities: int(values.communities, '--communities', 1),
    meetingsPerTeam: int(values['meetings-per-team'], '--meetings-per-team', 1),
    connections: values.connections.split(',').map((c) => int(c, '--connections', 1)),
    durationS: int(values.duration, '--duration', 1),
    warmupS: int(values.warmup, '--warmup', 0),
    scenarios: scenarios as Scenario[],
    report: !values['no-report'],
  };
}

function int(text: string, flag: string, min: number): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be an integer ≥ ${min}, not "${text}"`);
  return n;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

main().catch((error: unknown) => {
  process.stderr.write(`bench:collaboration failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
