import { randomUUID } from 'node:crypto';
import autocannon, { type Client, type Request } from 'autocannon';
import type { CpuShare } from './cpu-share';
import { type RunSummary, summarizeRun } from './load-summary';
import { NOTES_PER_VISIT, type Workload } from './observations-workload';

export const OBSERVATION_SCENARIOS = ['caseload', 'note-save', 'feedback-save'] as const;
export type ObservationScenario = (typeof OBSERVATION_SCENARIOS)[number];

export const OBSERVATION_ROUTES: Record<ObservationScenario, string> = {
  caseload: 'GET /api/v1/coaching/caseload',
  'note-save': 'POST /api/v1/observations/{id}/notes',
  'feedback-save': 'PUT /api/v1/observations/{id}/feedback',
};

export type ObservationMeasurement = RunSummary<ObservationScenario> & {
  /** note-save on PostgreSQL: evidence notes the run added, counted in the database (≥ the 2xx count). */
  rowsAdded?: number;
  peakRssMb: number;
  cpu: CpuShare;
};

export type ObservationLoadInput = {
  baseUrl: string;
  scenario: ObservationScenario;
  connections: number;
  durationS: number;
  /** Session cookie (name=value) of each coach, in workload.coaches order. */
  cookies: string[];
  workload: Workload;
  /** Hands out note-save visits; shared by every run so no visit is ever reused past its share of notes. */
  noteVisits: NoteVisitAllocator;
};

/**
 * Gives each note-save connection a visit of its own coach, and the next one when it is full. A
 * visit is never handed out twice, so its note count (seeded + this bench's 2xx) stays exact and
 * no request ever meets the server's per-visit cap.
 */
export class NoteVisitAllocator {
  private readonly next: number[];
  /** Set when a coach ran out: the connection keeps its full visit, and the server's 422s fail the run. */
  exhausted = false;

  constructor(private readonly pools: { id: string; notes: number }[][]) {
    this.next = pools.map(() => 0);
  }

  /** Unused visits left for a coach. */
  left(coach: number): number {
    return (this.pools[coach]?.length ?? 0) - this.next[coach]!;
  }

  take(coach: number): { id: string; notes: number } | null {
    const visit = this.pools[coach]?.[this.next[coach]!];
    if (!visit) {
      this.exhausted = true;
      return null;
    }
    this.next[coach]! += 1;
    return visit;
  }
}

/** One autocannon run of a scenario. */
export function runObservationLoad(
  input: ObservationLoadInput,
): Promise<Omit<ObservationMeasurement, 'peakRssMb' | 'cpu'>> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: input.baseUrl,
        connections: input.connections,
        duration: input.durationS,
        timeout: 10,
        ...load(input),
      },
      (error, result) =>
        error ? reject(error) : resolve(summarizeRun(input.scenario, input.connections, result, latencies)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

function load(input: ObservationLoadInput): { requests: Request[]; setupClient?: (client: Client) => void } {
  const { cookies } = input;
  if (cookies.length === 0) throw new Error('no signed-in coaches');
  if (input.scenario === 'caseload') {
    let next = 0;
    return {
      requests: [
        {
          method: 'GET',
          path: '/api/v1/coaching/caseload',
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, cookie: cookies[next++ % cookies.length]! },
          }),
        },
      ],
    };
  }
  // The write scenarios keep per-connection state in a closure installed by setupClient: with a
  // single request, autocannon resets `context` before every request (see scenarios.ts).
  if (input.scenario === 'feedback-save') {
    // Every connection's visit exists before the run starts, or the run does not start.
    for (let i = 0; i < input.connections; i++) draftVisit(input, i);
  } else {
    for (let coach = 0; coach < cookies.length; coach++) {
      const needs = Math.ceil((input.connections - coach) / cookies.length);
      if (input.noteVisits.left(coach) < needs)
        throw new Error(`note-save: coach #${coach + 1} has too few visits left`);
    }
  }
  let slot = 0;
  const perConnection = input.scenario === 'note-save' ? noteSaveRequest : feedbackSaveRequest;
  return {
    requests: [{ method: 'GET', path: '/healthz' }],
    setupClient: (client) => client.setRequests([perConnection(input, slot++)]),
  };
}

/**
 * The capture write path: each request one new low-inference note with a fresh client id (a
 * device's first send, never a resend), half of them tagged with a practice, on a visit of the
 * connection's own coach.
 */
function noteSaveRequest({ cookies, workload, noteVisits }: ObservationLoadInput, slot: number): Request {
  const coach = slot % cookies.length;
  const first = noteVisits.take(coach);
  if (!first) throw new Error(`note-save: coach #${coach + 1} has no unused visit left`);
  let visit = first;
  let sent = 0;
  const practices = workload.practiceIds;
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies[coach]! },
    setupRequest: (request) => {
      sent += 1;
      const practiceId = practices[(slot + sent) % Math.max(1, practices.length)];
      return {
        ...request,
        path: `/api/v1/observations/${visit.id}/notes`,
        body: JSON.stringify({
          clientId: randomUUID(),
          at: new Date().toISOString(),
          text: `${CAPTURE[sent % CAPTURE.length]} (${slot}.${sent})`,
          practiceIds: sent % 2 === 0 && practiceId ? [practiceId] : [],
        }),
      };
    },
    onResponse: (status) => {
      if (status === 201 || status === 200) visit.notes += 1;
      if (visit.notes >= NOTES_PER_VISIT) visit = noteVisits.take(coach) ?? visit;
    },
  };
}

/** Autosave of a feedback draft (share: false), each connection on an observed visit of its own, as its observer. */
function feedbackSaveRequest({ cookies, workload }: ObservationLoadInput, slot: number): Request {
  const { coach, visitId } = draftVisit({ workload }, slot);
  let sent = 0;
  return {
    method: 'PUT',
    path: `/api/v1/observations/${visitId}/feedback`,
    headers: { 'content-type': 'application/json', cookie: cookies[coach]! },
    setupRequest: (request) => {
      sent += 1;
      return {
        ...request,
        body: JSON.stringify({
          strength: `Your wait time after questions let more students answer (draft ${sent}).`,
          growthArea: 'Checking for understanding before independent practice.',
          actionStep: {
            text: 'Ask one hinge question before releasing students to work on their own.',
            howToPractise: 'Plan the question and its two distractors; we rehearse it on Thursday.',
          },
          share: false,
        }),
      };
    },
  };
}

/** Connection `slot` drafts on the slot-th observed visit, with that visit's coach's cookie. */
function draftVisit({ workload }: Pick<ObservationLoadInput, 'workload'>, slot: number) {
  const visit = workload.draftVisits[slot];
  if (!visit) {
    throw new Error(
      `feedback-save: ${workload.draftVisits.length} observed visits to draft on, for ${slot + 1} or more connections`,
    );
  }
  return { coach: visit.coach, visitId: visit.id };
}

const CAPTURE = [
  'T asks “What do you notice?” and waits; 4 hands, then 9.',
  'Group 3 compares tables; one student explains why doubling both keeps the ratio.',
  'La docente circula con la lista y anota quién suma en lugar de multiplicar.',
  'Exit ticket collected at 10:52; 24 of 27 complete.',
];
