import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type ServerProcess = {
  pid: number;
  baseUrl: string;
  startupMs: number;
  rss: RssSampler;
  /** Stops the child (SIGTERM, then SIGKILL) and returns its lifetime peak RSS (VmHWM) in MiB. */
  stop: () => Promise<{ vmHwmMb: number | null }>;
};

export type StartOptions = {
  /** The TypeScript entry point, run with `node --import tsx` (what `npx tsx` does, minus the wrapper processes). */
  entry: string;
  env: Record<string, string>;
  /** Directory for a V8 CPU profile of the child (node --cpu-prof), written when it exits. */
  cpuProfDir?: string | null;
  healthPath?: string;
};

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

// The child's environment: the parent's PATH and the like, without any Conecta setting that
// could point the server at another database.
const STRIPPED = ['DATABASE_URL', 'CONECTA_DATA_DIR', 'CONECTA_DEMO', 'SESSION_SECRET', 'PORT', 'HOST', 'LOG_LEVEL'];

// Children still running when the bench exits (an error, Ctrl-C) are stopped with it, never orphaned.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

export async function startServer({ entry, env, cpuProfDir, healthPath = '/healthz' }: StartOptions) {
  const port = await freePort();
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !STRIPPED.includes(key)) childEnv[key] = value;
  }
  Object.assign(childEnv, env, { PORT: String(port), HOST: '127.0.0.1' });

  // `npx tsx file` would put npm and tsx's own launcher between us and the server, so the pid we
  // hold would not be the process whose memory we want; `node --import tsx` runs it in one process.
  const args = ['--import', 'tsx', ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), entry];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const output = captureOutput(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(child, `${baseUrl}${healthPath}`, output);
  const startupMs = Math.round(performance.now() - started);
  const pid = child.pid!;
  const rss = new RssSampler(pid);

  return {
    pid,
    baseUrl,
    startupMs,
    rss,
    stop: async () => {
      rss.stop();
      const vmHwmMb = readStatusMb(pid, 'VmHWM');
      await terminate(child);
      return { vmHwmMb };
    },
  } satisfies ServerProcess;
}

/**
 * Samples the child's resident set every 100 ms. Each load run reads the peak of its own window;
 * VmHWM (read at stop) is the lifetime peak, startup and seeding-free.
 */
export class RssSampler {
  private windowPeakKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  /** Starts a new measurement window. */
  reset() {
    this.windowPeakKb = 0;
    this.sample();
  }

  /** Peak RSS since the last reset, in MiB. */
  windowPeakMb(): number {
    this.sample();
    return Math.round((this.windowPeakKb / 1024) * 10) / 10;
  }

  stop() {
    clearInterval(this.timer);
  }

  private sample() {
    const kb = readStatusKb(this.pid, 'VmRSS');
    if (kb !== null && kb > this.windowPeakKb) this.windowPeakKb = kb;
  }
}

function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : null;
  } catch {
    return null; // the process is gone
  }
}

function readStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  const kb = readStatusKb(pid, field);
  return kb === null ? null : Math.round((kb / 1024) * 10) / 10;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Keeps the last lines of the child's output, to explain a failed start. */
function captureOutput(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text;
}

async function waitForHealth(child: ChildProcess, url: string, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await terminate(child);
  throw new Error(`server was not healthy at ${url} within 60 s:\n${output()}`);
}

async function terminate(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}
