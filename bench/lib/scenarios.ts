import autocannon, { type Request, type Result } from 'autocannon';
import type { CpuShare } from './cpu-share';
import { BENCH_PASSWORD, teacherEmail } from './seed';

export const SCENARIOS = ['me', 'classes', 'login'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export const SCENARIO_ROUTES: Record<ScenarioName, string> = {
  login: 'POST /api/v1/auth/login',
  me: 'GET /api/v1/me',
  classes: 'GET /api/v1/classes',
};

export type Measurement = {
  scenario: ScenarioName;
  connections: number;
  durationS: number;
  /** Mean of autocannon's per-second samples. */
  requestsPerSec: number;
  completed: number;
  /** Computed from every 2xx response time (autocannon's own histogram has no p95). */
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Peak RSS of the server process during this run, sampled every 100 ms. */
  peakRssMb: number;
  /** Average cores used during the run by the load generator, the server, PostgreSQL and other processes. */
  cpu: CpuShare;
};

export type LoadInput = {
  baseUrl: string;
  scenario: ScenarioName;
  connections: number;
  durationS: number;
  /** Session cookies (name=value) to rotate through for the authenticated routes. */
  cookies: string[];
  /** How many seeded teachers login may rotate through. */
  teachers: number;
};

let nextTeacher = 0;

/** One autocannon run; every request is built fresh so logins and cookies rotate. */
export function runLoad(input: LoadInput): Promise<Omit<Measurement, 'peakRssMb' | 'cpu'>> {
  const { scenario, connections, durationS } = input;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: input.baseUrl,
        connections,
        duration: durationS,
        // scrypt makes a login queue seconds long at 50 connections; a timeout would hide that as an error.
        timeout: scenario === 'login' ? 60 : 10,
        requests: [requestFor(input)],
      },
      (error, result) => (error ? reject(error) : resolve(summarize(input, result, latencies))),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

function requestFor({ scenario, cookies, teachers }: LoadInput): Request {
  if (scenario === 'login') {
    return {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      // A different teacher each time: no single account's sessions pile up, and the lookup by
      // email is not always the same cached row.
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ email: teacherEmail(nextTeacher++ % teachers), password: BENCH_PASSWORD }),
      }),
    };
  }
  if (cookies.length === 0) throw new Error(`${scenario} needs signed-in sessions`);
  let next = 0;
  return {
    method: 'GET',
    path: scenario === 'me' ? '/api/v1/me' : '/api/v1/classes',
    setupRequest: (request) => ({
      ...request,
      headers: { ...request.headers, cookie: cookies[next++ % cookies.length]! },
    }),
  };
}

function summarize(input: LoadInput, result: Result, latencies: number[]): Omit<Measurement, 'peakRssMb' | 'cpu'> {
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    scenario: input.scenario,
    connections: input.connections,
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
    statusCodes,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
