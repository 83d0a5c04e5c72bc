import type { Result } from 'autocannon';

/** What one autocannon run measured, whatever the scenario. */
export type RunSummary<S extends string> = {
  scenario: S;
  connections: number;
  durationS: number;
  /** Mean of autocannon's per-second samples. */
  requestsPerSec: number;
  /** 2xx responses. */
  completed: number;
  /** Computed from every 2xx response time (autocannon's own histogram has no p95). */
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/** Percentiles over every 2xx response time (sorted in place), and autocannon's counts. */
export function summarizeRun<S extends string>(
  scenario: S,
  connections: number,
  result: Result,
  latencies: number[],
): RunSummary<S> {
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0);
  return {
    scenario,
    connections,
    durationS: result.duration,
    requestsPerSec: round(result.requests.average),
    completed: latencies.length,
    latencyMs: {
      mean: round(latencies.reduce((sum, v) => sum + v, 0) / Math.max(1, latencies.length)),
      p50: pick(0.5),
      p95: pick(0.95),
      p99: pick(0.99),
      max: round(latencies.at(-1) ?? 0),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
