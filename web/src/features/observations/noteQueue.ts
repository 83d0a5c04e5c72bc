import { createStore, get, update } from 'idb-keyval';
import { ApiError } from '../../lib/api';
import type { EvidenceNote } from './types';

/**
 * Evidence typed during a visit is written to the device (IndexedDB) before it is sent, and
 * leaves the device only once the server has answered 200/201 for it. A refusal that waiting
 * will not fix (a 4xx such as 409 "cancelled" or 422) keeps the note, marked with the reason,
 * so nothing typed is ever lost; the network being gone, an expired session or a server error
 * only stops the sending until the next try.
 */

export interface QueueError {
  status: number;
  /** The server's own words when it gave some (already in the person's language). */
  message: string;
}

export interface QueuedNote {
  clientId: string;
  at: string;
  text: string;
  practiceIds: string[];
  lookForIds: string[];
  error: QueueError | null;
}

export interface CaptureQueue {
  notes: QueuedNote[];
  /** Absolute tally counts not yet confirmed by the server (look-for id → count). */
  tallies: Record<string, number>;
  talliesError: QueueError | null;
}

/** What the queue needs from a key-value store: read, and an atomic read-modify-write. */
export interface QueueStorage {
  get(key: string): Promise<CaptureQueue | undefined>;
  update(key: string, change: (current: CaptureQueue | undefined) => CaptureQueue): Promise<void>;
}

export interface Sender {
  note(note: Omit<QueuedNote, 'error'>): Promise<EvidenceNote>;
  tallies(counts: Record<string, number>): Promise<unknown>;
}

export interface FlushResult {
  /** Notes the server confirmed in this flush, as stored there. */
  sent: EvidenceNote[];
  /** The server's answer to the tallies, when they were sent. */
  tallies: unknown;
  /** Sending stopped on something that may pass (offline, signed out, server trouble). */
  stopped: boolean;
}

const EMPTY: CaptureQueue = { notes: [], tallies: {}, talliesError: null };

/** One queue per person and visit: on a shared tablet another observer never sends someone else's notes. */
export const queueKey = (userId: string, observationId: string) => `queue:${userId}:${observationId}`;

let store: ReturnType<typeof createStore> | null = null;
/** Its own database: idb-keyval creates a store only when it creates the database. */
export const observationStore = () => {
  store ??= createStore('conecta-observations', 'capture');
  return store;
};

export const deviceStorage: QueueStorage = {
  get: (key) =>
    typeof indexedDB === 'undefined' ? Promise.resolve(undefined) : get<CaptureQueue>(key, observationStore()),
  update: (key, change) =>
    typeof indexedDB === 'undefined'
      ? Promise.reject(new Error('This browser cannot keep notes on the device.'))
      : update<CaptureQueue>(key, (current) => change(current), observationStore()),
};

/** Whether trying again later may succeed: no network, signed out, rate-limited or a server failure. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  const { status } = error;
  return status === 0 || status === 401 || status === 408 || status === 425 || status === 429 || status >= 500;
}

function describe(error: unknown): QueueError {
  if (error instanceof ApiError) {
    return { status: error.status, message: error.problem?.detail ?? error.problem?.title ?? '' };
  }
  return { status: 0, message: '' };
}

export async function readQueue(key: string, storage: QueueStorage = deviceStorage): Promise<CaptureQueue> {
  return (await storage.get(key)) ?? EMPTY;
}

export function enqueueNote(key: string, note: Omit<QueuedNote, 'error'>, storage: QueueStorage = deviceStorage) {
  return storage.update(key, (current = EMPTY) => ({
    ...current,
    notes: [...current.notes.filter((n) => n.clientId !== note.clientId), { ...note, error: null }],
  }));
}

/** Records the count to send for one look-for (a new tap also clears an earlier refusal, to try again). */
export function setPendingTally(key: string, lookForId: string, count: number, storage = deviceStorage) {
  return storage.update(key, (current = EMPTY) => ({
    ...current,
    tallies: { ...current.tallies, [lookForId]: count },
    talliesError: null,
  }));
}

/** Clears a note's refusal so the next flush sends it again. */
export function retryNote(key: string, clientId: string, storage: QueueStorage = deviceStorage) {
  return storage.update(key, (current = EMPTY) => ({
    ...current,
    notes: current.notes.map((n) => (n.clientId === clientId ? { ...n, error: null } : n)),
  }));
}

/** Removes a note the observer chose to give up (after seeing why the server refused it). */
export function discardNote(key: string, clientId: string, storage: QueueStorage = deviceStorage) {
  return storage.update(key, (current = EMPTY) => ({
    ...current,
    notes: current.notes.filter((n) => n.clientId !== clientId),
  }));
}

async function flushOnce(key: string, send: Sender, storage: QueueStorage): Promise<FlushResult> {
  const result: FlushResult = { sent: [], tallies: undefined, stopped: false };
  const attempted = new Set<string>();
  // Re-read the queue before each note: notes typed while sending join the same flush.
  for (;;) {
    const queue = await readQueue(key, storage);
    const next = queue.notes.find((n) => n.error === null && !attempted.has(n.clientId));
    if (!next) break;
    attempted.add(next.clientId);
    const { error: _none, ...body } = next;
    try {
      result.sent.push(await send.note(body));
    } catch (error) {
      if (isRetryable(error)) return { ...result, stopped: true };
      const reason = describe(error);
      await storage.update(key, (current = EMPTY) => ({
        ...current,
        notes: current.notes.map((n) => (n.clientId === next.clientId ? { ...n, error: reason } : n)),
      }));
      continue;
    }
    await storage.update(key, (current = EMPTY) => ({
      ...current,
      notes: current.notes.filter((n) => n.clientId !== next.clientId),
    }));
  }

  const queue = await readQueue(key, storage);
  if (Object.keys(queue.tallies).length === 0 || queue.talliesError) return result;
  const counts = { ...queue.tallies };
  try {
    result.tallies = await send.tallies(counts);
  } catch (error) {
    if (isRetryable(error)) return { ...result, stopped: true };
    const reason = describe(error);
    await storage.update(key, (current = EMPTY) => ({ ...current, talliesError: reason }));
    return result;
  }
  // Taps made while the request was out stay queued for the next flush.
  await storage.update(key, (current = EMPTY) => ({
    ...current,
    tallies: Object.fromEntries(Object.entries(current.tallies).filter(([id, n]) => counts[id] !== n)),
  }));
  return result;
}

const running = new Map<string, { again: boolean; done: Promise<FlushResult> }>();

/**
 * Sends what the queue holds, in the order it was typed. One flush per queue at a time: a call
 * during a flush makes it look once more when it ends, so a note added meanwhile is not left behind.
 */
export function flushQueue(key: string, send: Sender, storage: QueueStorage = deviceStorage): Promise<FlushResult> {
  const current = running.get(key);
  if (current) {
    current.again = true;
    return current.done;
  }
  const entry = { again: false, done: Promise.resolve<FlushResult>({ sent: [], tallies: undefined, stopped: false }) };
  entry.done = (async () => {
    const total: FlushResult = { sent: [], tallies: undefined, stopped: false };
    try {
      do {
        entry.again = false;
        const once = await flushOnce(key, send, storage);
        total.sent.push(...once.sent);
        total.tallies = once.tallies ?? total.tallies;
        total.stopped = once.stopped;
      } while (entry.again && !total.stopped);
    } finally {
      running.delete(key);
    }
    return total;
  })();
  running.set(key, entry);
  return entry.done;
}
