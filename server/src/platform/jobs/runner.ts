import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { type JobRow, jobsRepo, type NewJob } from './jobs.repo';
import { dailyAt, type Schedule } from './schedules';

export type JobContext = { now: Date; attempt: number };
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;
type Log = { warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

export type JobRunnerOptions = {
  db: Db;
  handlers: Record<string, JobHandler>;
  schedules?: Schedule[];
  /** The clock every due time, lease and slot is measured with; tests move it. */
  now?: () => Date;
  workerId?: string;
  /** How long a claimed job is this worker's before another may take it (it died, or hangs). */
  leaseMs?: number;
  pollMs?: number;
  log?: Log;
};

export const JOB_DEFAULTS = {
  leaseMs: 5 * 60_000,
  pollMs: 5_000,
  /** Backoff after a failed attempt: 30 s, 1 min, 2 min, … at most an hour. */
  firstRetryMs: 30_000,
  maxRetryMs: 3_600_000,
  /** Finished jobs are forgotten after this long. */
  keepMs: 30 * 86_400_000,
  /** A tick yields after this many jobs so stop() is never kept waiting long. */
  perTick: 100,
} as const;

const PURGE = 'jobs.purge';
const silent: Log = { warn: () => {}, error: () => {} };

export function retryDelay(attempt: number) {
  return Math.min(JOB_DEFAULTS.firstRetryMs * 2 ** Math.max(0, attempt - 1), JOB_DEFAULTS.maxRetryMs);
}

/**
 * One worker loop over the `jobs` table (adr/0006). Any number of runners may share a database:
 * periodic slots are deduplicated by key and claims skip each other's rows. Handlers must be
 * idempotent — a job whose worker died after doing the work but before marking it done runs again.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { db } = options;
  const clock = options.now ?? (() => new Date());
  const workerId = options.workerId ?? `worker-${randomUUID()}`;
  const leaseMs = options.leaseMs ?? JOB_DEFAULTS.leaseMs;
  const pollMs = options.pollMs ?? JOB_DEFAULTS.pollMs;
  const log = options.log ?? silent;
  const handlers: Record<string, JobHandler> = {
    [PURGE]: async (_payload, { now }) => jobsRepo.purgeFinished(db, new Date(now.getTime() - JOB_DEFAULTS.keepMs)),
    ...options.handlers,
  };
  const schedules = [...(options.schedules ?? []), dailyAt(PURGE, 3)];
  const kinds = Object.keys(handlers);
  /** The last slot key enqueued per schedule: saves an insert per tick; the database still decides. */
  const enqueued = new Map<string, string>();

  let inFlight: Promise<number> = Promise.resolve(0);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  async function enqueueDueSlots(now: Date) {
    for (const schedule of schedules) {
      const slot = schedule.slot(now);
      if (!slot || enqueued.get(schedule.kind) === slot.key) continue;
      await jobsRepo.enqueue(db, { kind: schedule.kind, dedupeKey: slot.key, runAt: slot.runAt });
      enqueued.set(schedule.kind, slot.key);
    }
  }

  async function run(job: JobRow) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(job.payload, { now: clock(), attempt: job.attempts });
      await jobsRepo.complete(db, job, clock());
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 1_000);
      const givesUp = job.attempts >= job.maxAttempts;
      const now = clock();
      log[givesUp ? 'error' : 'warn'](
        { err: error, jobId: job.id, kind: job.kind, attempt: job.attempts },
        'job failed',
      );
      await jobsRepo.fail(db, job, message, givesUp ? null : new Date(now.getTime() + retryDelay(job.attempts)), now);
    }
  }

  async function runDue(): Promise<number> {
    await enqueueDueSlots(clock());
    let ran = 0;
    while (ran < JOB_DEFAULTS.perTick && !stopped) {
      const job = await jobsRepo.claim(db, kinds, workerId, clock(), leaseMs);
      if (!job) break;
      await run(job);
      ran += 1;
    }
    return ran;
  }

  /** One pass: enqueue the current periodic slots, then run every due job. Passes never overlap. */
  function tick(): Promise<number> {
    inFlight = inFlight.catch(() => 0).then(runDue);
    return inFlight;
  }

  function schedule(delay: number) {
    timer = setTimeout(async () => {
      try {
        await tick();
      } catch (error) {
        // The database may be briefly unreachable; the next pass tries again.
        log.error({ err: error }, 'job runner pass failed');
      }
      if (!stopped) schedule(pollMs);
    }, delay);
    timer.unref();
  }

  return {
    workerId,
    tick,
    /** Adds a one-off job (inside the caller's transaction when given one). */
    enqueue: (executor: Parameters<typeof jobsRepo.enqueue>[0], job: NewJob) => jobsRepo.enqueue(executor, job),
    /** Starts polling (main.ts does; tests call tick() instead). The first pass runs at once. */
    start() {
      if (timer || stopped) return;
      schedule(0);
    },
    /** Stops polling and waits for the job in hand to finish. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight.catch(() => 0);
    },
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;
