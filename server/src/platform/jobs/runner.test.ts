import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import { jobsRepo } from './jobs.repo';
import { createJobRunner } from './runner';
import { every } from './schedules';

describe('job runner', () => {
  it('retries a failing job with backoff, then gives up for good; periodic slots run once each', async () => {
    const database = await createTestDatabase();
    try {
      let clock = new Date('2099-06-01T00:00:00Z');
      const at = (iso: string) => {
        clock = new Date(iso);
      };
      let calls = 0;
      const ticks: string[] = [];
      const runner = createJobRunner({
        db: database.db,
        now: () => clock,
        workerId: 'flaky',
        handlers: {
          'test.flaky': async () => {
            calls += 1;
            if (calls < 3) throw new Error(`attempt ${calls} failed`);
          },
          'test.every-minute': async (_payload, { now }) => {
            ticks.push(now.toISOString());
          },
        },
        schedules: [every('test.every-minute', 60_000)],
      });

      await runner.enqueue(database.db, { kind: 'test.flaky', dedupeKey: 'flaky-1', runAt: clock });
      // Enqueuing the same key again is a no-op.
      expect(await runner.enqueue(database.db, { kind: 'test.flaky', dedupeKey: 'flaky-1', runAt: clock })).toBe(false);
      await runner.tick();
      expect(await jobsRepo.find(database.db, 'flaky-1')).toMatchObject({ attempts: 1, lastError: 'attempt 1 failed' });
      // 30 s after the first failure, not before; then 60 s after the second.
      at('2099-06-01T00:00:20Z');
      await runner.tick();
      expect(calls).toBe(1);
      at('2099-06-01T00:00:31Z');
      await runner.tick();
      expect(calls).toBe(2);
      at('2099-06-01T00:01:00Z');
      await runner.tick();
      expect(calls).toBe(2);
      at('2099-06-01T00:01:32Z');
      await runner.tick();
      expect(calls).toBe(3);
      const done = await jobsRepo.find(database.db, 'flaky-1');
      expect(done?.doneAt).not.toBeNull();
      expect(done?.lastError).toBeNull();

      calls = 0;
      await runner.enqueue(database.db, { kind: 'test.flaky', dedupeKey: 'flaky-2', runAt: clock, maxAttempts: 1 });
      await runner.tick();
      expect((await jobsRepo.find(database.db, 'flaky-2'))?.failedAt).not.toBeNull();
      at('2099-06-02T00:00:00Z');
      await runner.tick();
      expect(calls).toBe(1);

      // One run per minute slot however often it ticks, also from a second runner.
      const other = createJobRunner({
        db: database.db,
        now: () => clock,
        handlers: { 'test.every-minute': async () => void ticks.push('other') },
        schedules: [every('test.every-minute', 60_000)],
      });
      ticks.length = 0;
      at('2099-06-03T10:00:05Z');
      await Promise.all([runner.tick(), other.tick(), runner.tick()]);
      at('2099-06-03T10:00:50Z');
      await Promise.all([other.tick(), runner.tick()]);
      expect(ticks).toHaveLength(1);
      at('2099-06-03T10:01:01Z');
      await Promise.all([other.tick(), runner.tick()]);
      expect(ticks).toHaveLength(2);
    } finally {
      await database.drop();
    }
  });

  it('start() polls until stop(), which waits for the pass in hand', async () => {
    const database = await createTestDatabase();
    try {
      const seen: string[] = [];
      const runner = createJobRunner({
        db: database.db,
        pollMs: 10,
        handlers: { 'test.once': async (payload) => void seen.push(String(payload.n)) },
      });
      runner.start();
      await runner.enqueue(database.db, {
        kind: 'test.once',
        dedupeKey: 'once-1',
        payload: { n: 1 },
        runAt: new Date(),
      });
      await expect.poll(() => seen, { timeout: 5_000 }).toEqual(['1']);
      await runner.stop();
      await runner.enqueue(database.db, {
        kind: 'test.once',
        dedupeKey: 'once-2',
        payload: { n: 2 },
        runAt: new Date(),
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).toEqual(['1']);
    } finally {
      await database.drop();
    }
  });
});
