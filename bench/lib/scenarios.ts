import autocannon, { type Client, type Request } from 'autocannon';
import type { CpuShare } from './cpu-share';
import { type RunSummary, summarizeRun } from './load-summary';
import { type BenchPlan, saveBodyBuilder } from './plan';
import { BENCH_PASSWORD, teacherEmail } from './seed';

export const SCENARIOS = ['me', 'classes', 'login', 'plan-read', 'plan-save'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];
export const PLAN_SCENARIOS: readonly ScenarioName[] = ['plan-read', 'plan-save'];

export const SCENARIO_ROUTES: Record<ScenarioName, string> = {
  login: 'POST /api/v1/auth/login',
  me: 'GET /api/v1/me',
  classes: 'GET /api/v1/classes',
  'plan-read': 'GET /api/v1/lesson-plans/{id}',
  'plan-save': 'PUT /api/v1/lesson-plans/{id}',
};

export type Measurement = RunSummary<ScenarioName> & {
  /** plan-save: how far the plans' versions moved during the run (2xx saves, plus any cut off at the end). */
  versionsAdded?: number;
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
  /** The seeded plans, each owned by the teacher of cookies[plan.session]. */
  plans: BenchPlan[];
  /** plan-save: each plan's current version, read just before the run; updated as saves succeed. */
  versions: Map<string, number>;
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
        ...(scenario === 'plan-save' ? saveLoad(input) : { requests: [requestFor(input)] }),
      },
      (error, result) =>
        error ? reject(error) : resolve(summarizeRun(input.scenario, input.connections, result, latencies)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

function requestFor({ scenario, cookies, teachers, plans }: LoadInput): Request {
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
  if (scenario === 'plan-read') {
    // Every seeded plan in turn, read by its owner.
    if (plans.length === 0) throw new Error('plan-read needs seeded plans');
    return {
      method: 'GET',
      setupRequest: (request) => {
        const plan = plans[next++ % plans.length]!;
        return {
          ...request,
          path: `/api/v1/lesson-plans/${plan.id}`,
          headers: { ...request.headers, cookie: cookies[plan.session]! },
        };
      },
    };
  }
  return {
    method: 'GET',
    path: scenario === 'me' ? '/api/v1/me' : '/api/v1/classes',
    setupRequest: (request) => ({
      ...request,
      headers: { ...request.headers, cookie: cookies[next++ % cookies.length]! },
    }),
  };
}

/**
 * plan-save: every connection owns one plan and saves it again and again, each time with the
 * version its previous response returned (as the planner does), so a correct run has no 409.
 * The state lives in a closure per connection, installed through setupClient: autocannon resets
 * a request's `context` before every request when the run has a single request, so `context`
 * cannot carry a version from one response to the next request.
 */
function saveLoad({ cookies, plans, versions, connections }: LoadInput) {
  if (plans.length < connections) {
    throw new Error(`plan-save needs a plan per connection: ${plans.length} plans for ${connections} connections`);
  }
  const body = saveBodyBuilder();
  let nextSlot = 0;
  const saveRequest = (plan: BenchPlan): Request => {
    const headers = { 'content-type': 'application/json', cookie: cookies[plan.session]! };
    const path = `/api/v1/lesson-plans/${plan.id}`;
    return {
      method: 'PUT',
      path,
      headers,
      setupRequest: (request) => ({ ...request, body: body(versions.get(plan.id)!) }),
      onResponse: (status, text) => {
        // 200: the new version. 409 (a bug, or a save cut off by a timeout): resynchronise, so
        // one conflict is counted once instead of failing every later save of this connection.
        if (status === 200) versions.set(plan.id, (JSON.parse(text) as { version: number }).version);
        else if (status === 409) {
          const current = (JSON.parse(text) as { currentVersion?: number }).currentVersion;
          if (current !== undefined) versions.set(plan.id, current);
        }
      },
    };
  };
  return {
    // Replaced in setupClient before the connection sends anything; autocannon wants one to start.
    requests: [{ method: 'GET', path: '/healthz' }] as Request[],
    setupClient: (client: Client) => client.setRequests([saveRequest(plans[nextSlot++]!)]),
  };
}
