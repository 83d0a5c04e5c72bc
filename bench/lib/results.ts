import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import type { SeedResult } from './databases';
import type { Measurement } from './scenarios';

export type Engine = 'postgres' | 'pglite';
export type ServerKind = 'app' | 'floor';

export type ServerRun = {
  server: ServerKind;
  startupMs: number;
  /** RSS right after the session pool was signed in, before any load. */
  idleRssMb: number;
  /** Lifetime peak RSS (VmHWM) read just before the process was stopped. */
  vmHwmMb: number | null;
  signInPoolMs: number;
  /** Bytes of each checked answer; `plan` is null when no plan scenario ran (and absent in older files). */
  responseBytes: { me: number; classes: number; plan?: number | null };
  measurements: Measurement[];
};

export type EngineRun = { engine: Engine; seed: SeedResult; servers: ServerRun[] };

export type Machine = {
  nproc: number;
  cpuModel: string;
  memory: string;
  kernel: string;
  node: string;
  postgres: string | null;
  pglite: string;
};

export type BenchResults = {
  kind: 'conecta-bench-core';
  startedAt: string;
  finishedAt: string;
  command: string;
  source: Source;
  machine: Machine;
  options: {
    engines: Engine[];
    durationS: number;
    warmupS: number;
    connections: number[];
    sessions: number;
    uvThreadpoolSize: number;
    databasePoolSize: number;
  };
  engines: EngineRun[];
};

/** Which code was measured: the commit, and whether the working tree differed from it. */
export type Source = { commit: string | null; uncommittedFiles: number };

export function describeSource(): Source {
  // Read-only git commands: the bench never changes the repository.
  const status = run('git', ['status', '--porcelain']);
  return {
    commit: run('git', ['rev-parse', '--short', 'HEAD']),
    uncommittedFiles: status ? status.split('\n').filter(Boolean).length : 0,
  };
}

export function describeMachine(postgres: string | null, pglite: string): Machine {
  return {
    nproc: Number(run('nproc') ?? availableParallelism()),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    // `free -h`'s total, as a reader would check it on their own machine.
    memory: run('free', ['-h'])?.match(/^Mem:\s+(\S+)/m)?.[1] ?? `${Math.round(totalmem() / 2 ** 30)}Gi`,
    kernel: `Linux ${release()}`,
    node: process.version,
    postgres,
    pglite,
  };
}

function run(command: string, args: string[] = []): string | null {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
