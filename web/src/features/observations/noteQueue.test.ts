import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import {
  type CaptureQueue,
  discardNote,
  enqueueNote,
  flushQueue,
  type QueueStorage,
  readQueue,
  retryNote,
  type Sender,
  setPendingTally,
} from './noteQueue';
import type { EvidenceNote } from './types';

/** A Map standing in for IndexedDB; `update` is atomic there too. */
function memoryStorage(): QueueStorage & { data: Map<string, CaptureQueue> } {
  const data = new Map<string, CaptureQueue>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    update: async (key, change) => {
      data.set(key, change(structuredClone(data.get(key))));
    },
  };
}

const KEY = 'queue:u1:o1';
const note = (n: number) => ({
  clientId: `00000000-0000-4000-8000-00000000000${n}`,
  at: `2026-03-10T10:0${n}:00.000Z`,
  text: `Note ${n}`,
  practiceIds: [],
  lookForIds: [],
});
const stored = (body: ReturnType<typeof note>): EvidenceNote => ({
  ...body,
  id: `id-${body.clientId}`,
  createdAt: body.at,
});
const problem = (status: number, detail = 'Refused') =>
  new ApiError(status, { type: 'about:blank', title: 'Refused', status, detail });

/** A server that answers each note with `answer(clientId)`, recording what it was sent. */
function server(answer: (clientId: string) => 'ok' | ApiError = () => 'ok') {
  const received: string[] = [];
  const tallies: Record<string, number>[] = [];
  const sender: Sender = {
    note: async (body) => {
      received.push(body.clientId);
      const result = answer(body.clientId);
      if (result !== 'ok') throw result;
      return stored(body as ReturnType<typeof note>);
    },
    tallies: async (counts) => {
      tallies.push(counts);
      return { tallies: counts };
    },
  };
  return { sender, received, tallies };
}

describe('the device queue of evidence notes', () => {
  it('keeps notes until the server confirms them, then empties, in the order they were typed', async () => {
    const storage = memoryStorage();
    await enqueueNote(KEY, note(1), storage);
    await enqueueNote(KEY, note(2), storage);
    expect((await readQueue(KEY, storage)).notes.map((n) => n.text)).toEqual(['Note 1', 'Note 2']);

    const { sender, received } = server();
    const result = await flushQueue(KEY, sender, storage);
    expect(received).toEqual([note(1).clientId, note(2).clientId]);
    expect(result.sent.map((n) => n.text)).toEqual(['Note 1', 'Note 2']);
    expect(result.stopped).toBe(false);
    expect((await readQueue(KEY, storage)).notes).toEqual([]);
  });

  it('offline (or a server failure): stops, keeps every note, and sends them on the next flush', async () => {
    const storage = memoryStorage();
    await enqueueNote(KEY, note(1), storage);
    await enqueueNote(KEY, note(2), storage);

    for (const failure of [new ApiError(0, null), problem(503), problem(401), new TypeError('fetch failed')]) {
      const offline = server(() => failure as ApiError);
      const result = await flushQueue(KEY, offline.sender, storage);
      expect(result.stopped).toBe(true);
      expect(offline.received).toHaveLength(1);
      const kept = (await readQueue(KEY, storage)).notes;
      expect(kept.map((n) => [n.text, n.error])).toEqual([
        ['Note 1', null],
        ['Note 2', null],
      ]);
    }

    const back = server();
    await flushQueue(KEY, back.sender, storage);
    expect(back.received).toHaveLength(2);
    expect((await readQueue(KEY, storage)).notes).toEqual([]);
  });

  it('a refusal that waiting will not fix keeps the text with the reason, and the rest still goes', async () => {
    const storage = memoryStorage();
    await enqueueNote(KEY, note(1), storage);
    await enqueueNote(KEY, note(2), storage);
    const refusing = server((id) => (id === note(1).clientId ? problem(422, 'Tag with your framework.') : 'ok'));
    const result = await flushQueue(KEY, refusing.sender, storage);
    expect(result.sent.map((n) => n.text)).toEqual(['Note 2']);
    const kept = (await readQueue(KEY, storage)).notes;
    expect(kept).toHaveLength(1);
    expect(kept[0]?.text).toBe('Note 1');
    expect(kept[0]?.error).toEqual({ status: 422, message: 'Tag with your framework.' });

    // Not sent again by itself …
    const again = server();
    await flushQueue(KEY, again.sender, storage);
    expect(again.received).toEqual([]);
    // … only when the observer asks, or removes it.
    await retryNote(KEY, note(1).clientId, storage);
    await flushQueue(KEY, again.sender, storage);
    expect(again.received).toEqual([note(1).clientId]);
    expect((await readQueue(KEY, storage)).notes).toEqual([]);

    await enqueueNote(KEY, note(3), storage);
    await flushQueue(KEY, server(() => problem(409)).sender, storage);
    await discardNote(KEY, note(3).clientId, storage);
    expect((await readQueue(KEY, storage)).notes).toEqual([]);
  });

  it('a note added while a flush is out is sent by that same flush', async () => {
    const storage = memoryStorage();
    await enqueueNote(KEY, note(1), storage);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const received: string[] = [];
    const slow: Sender = {
      note: async (body) => {
        received.push(body.clientId);
        if (received.length === 1) await gate;
        return stored(body as ReturnType<typeof note>);
      },
      tallies: async () => ({}),
    };
    const first = flushQueue(KEY, slow, storage);
    await enqueueNote(KEY, note(2), storage);
    const second = flushQueue(KEY, slow, storage);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(received).toEqual([note(1).clientId, note(2).clientId]);
    expect((await readQueue(KEY, storage)).notes).toEqual([]);
  });

  it('tallies: absolute counts wait on the device; taps made while sending stay for the next flush', async () => {
    const storage = memoryStorage();
    await setPendingTally(KEY, 'lf1', 2, storage);
    await setPendingTally(KEY, 'lf2', 1, storage);
    const offline: Sender = {
      note: async () => Promise.reject(new ApiError(0, null)),
      tallies: async () => Promise.reject(new ApiError(0, null)),
    };
    expect((await flushQueue(KEY, offline, storage)).stopped).toBe(true);
    expect((await readQueue(KEY, storage)).tallies).toEqual({ lf1: 2, lf2: 1 });

    const sent: Record<string, number>[] = [];
    const tapping: Sender = {
      note: async () => {
        throw new Error('no notes here');
      },
      tallies: async (counts) => {
        sent.push(counts);
        // Another tap lands while the request is out.
        await setPendingTally(KEY, 'lf1', 3, storage);
        return {};
      },
    };
    await flushQueue(KEY, tapping, storage);
    expect(sent[0]).toEqual({ lf1: 2, lf2: 1 });
    expect((await readQueue(KEY, storage)).tallies).toEqual({ lf1: 3 });

    const refusing: Sender = { ...tapping, tallies: async () => Promise.reject(problem(404, 'Not found')) };
    await flushQueue(KEY, refusing, storage);
    const queue = await readQueue(KEY, storage);
    expect(queue.tallies).toEqual({ lf1: 3 });
    expect(queue.talliesError?.status).toBe(404);
    // A new tap clears the refusal so it is tried again.
    await setPendingTally(KEY, 'lf1', 4, storage);
    expect((await readQueue(KEY, storage)).talliesError).toBeNull();
  });

  it('keeps each person’s and each visit’s notes apart', async () => {
    const storage = memoryStorage();
    await enqueueNote('queue:u1:o1', note(1), storage);
    await enqueueNote('queue:u2:o1', note(2), storage);
    const { sender, received } = server();
    await flushQueue('queue:u1:o1', sender, storage);
    expect(received).toEqual([note(1).clientId]);
    expect((await readQueue('queue:u2:o1', storage)).notes).toHaveLength(1);
  });
});
