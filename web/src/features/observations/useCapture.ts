import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Page } from '../../lib/useCursorList';
import { useOnline } from '../../lib/useOnline';
import {
  type CaptureQueue,
  discardNote,
  enqueueNote,
  flushQueue,
  type QueueError,
  queueKey,
  readQueue,
  retryNote,
  setPendingTally,
} from './noteQueue';
import type { EvidenceNote, Observation } from './types';
import { captureSender, notesKey, observationKey, storeObservation } from './useObservations';

export type NoteState = 'sent' | 'queued' | 'refused';

export interface CaptureNote {
  clientId: string;
  at: string;
  text: string;
  practiceIds: string[];
  lookForIds: string[];
  state: NoteState;
  error: QueueError | null;
}

export interface NewNote {
  at: string;
  text: string;
  practiceIds: string[];
  lookForIds: string[];
}

/** While something waits on the device and the browser thinks it is online, try again this often. */
const RETRY_MS = 20_000;

/** crypto.randomUUID needs a secure context; the fallback builds the same version-4 shape. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The server's notes and the device's queued ones as one list, newest first; the server's copy wins. */
export function mergeNotes(server: readonly EvidenceNote[], queue: CaptureQueue): CaptureNote[] {
  const known = new Set(server.map((n) => n.clientId));
  const sent: CaptureNote[] = server.map((n) => ({
    clientId: n.clientId,
    at: n.at,
    text: n.text,
    practiceIds: n.practiceIds,
    lookForIds: n.lookForIds,
    state: 'sent',
    error: null,
  }));
  const waiting: CaptureNote[] = queue.notes
    .filter((n) => !known.has(n.clientId))
    .map((n) => ({ ...n, state: n.error ? 'refused' : 'queued' }));
  return [...sent, ...waiting].sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * The capture session of one visit: every note goes to the device queue first, then to the
 * server; the queue is sent when the page opens, when the network comes back, after each new
 * note or tally, and every little while as long as something waits.
 */
export function useCapture(observationId: string, userId: string, serverNotes: readonly EvidenceNote[] | undefined) {
  const queryClient = useQueryClient();
  const online = useOnline();
  const key = queueKey(userId, observationId);
  const [queue, setQueue] = useState<CaptureQueue>({ notes: [], tallies: {}, talliesError: null });
  const [loaded, setLoaded] = useState(false);
  const [sending, setSending] = useState(false);
  /** Sending stopped on a failure that may pass although the browser says it is online. */
  const [stalled, setStalled] = useState(false);
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    const current = await readQueue(key).catch(() => null);
    if (current && mounted.current) setQueue(current);
    if (mounted.current) setLoaded(true);
  }, [key]);

  const flush = useCallback(async () => {
    if (!userId || !observationId) return;
    setSending(true);
    try {
      const sender = captureSender(
        observationId,
        () => queryClient.getQueryData<Observation>(observationKey(observationId))?.tallies ?? {},
      );
      const result = await flushQueue(key, sender);
      if (result.sent.length > 0) {
        queryClient.setQueryData<Page<EvidenceNote>>(notesKey(observationId), (page) => {
          const items = [...(page?.items ?? [])];
          for (const note of result.sent) if (!items.some((n) => n.clientId === note.clientId)) items.push(note);
          items.sort((a, b) => a.at.localeCompare(b.at));
          return { items, nextCursor: page?.nextCursor ?? null };
        });
        void queryClient.invalidateQueries({ queryKey: observationKey(observationId) });
      }
      if (result.tallies) storeObservation(queryClient, result.tallies as Observation);
      if (mounted.current) setStalled(result.stopped);
    } catch {
      // The device store itself failed; the notes stay where they are and the next try says more.
      if (mounted.current) setStalled(true);
    } finally {
      if (mounted.current) setSending(false);
      await refresh();
    }
  }, [key, observationId, userId, queryClient, refresh]);

  useEffect(() => {
    mounted.current = true;
    void refresh().then(() => flush());
    return () => {
      mounted.current = false;
    };
  }, [refresh, flush]);

  useEffect(() => {
    if (online) void flush();
  }, [online, flush]);

  const waiting =
    queue.notes.some((n) => n.error === null) || (Object.keys(queue.tallies).length > 0 && !queue.talliesError);
  useEffect(() => {
    if (!waiting || !online) return;
    const timer = setInterval(() => void flush(), RETRY_MS);
    return () => clearInterval(timer);
  }, [waiting, online, flush]);

  /** Resolves once the note is safe on the device (it is sent afterwards); rejects if the device refused it. */
  const addNote = useCallback(
    async (note: NewNote) => {
      await enqueueNote(key, { clientId: newClientId(), ...note });
      await refresh();
      void flush();
    },
    [key, refresh, flush],
  );

  const tally = useCallback(
    async (lookForId: string, count: number) => {
      await setPendingTally(key, lookForId, Math.max(0, count));
      await refresh();
      void flush();
    },
    [key, refresh, flush],
  );

  const retry = useCallback(
    async (clientId: string) => {
      await retryNote(key, clientId);
      await refresh();
      void flush();
    },
    [key, refresh, flush],
  );

  const discard = useCallback(
    async (clientId: string) => {
      await discardNote(key, clientId);
      await refresh();
    },
    [key, refresh],
  );

  const notes = useMemo(() => mergeNotes(serverNotes ?? [], queue), [serverNotes, queue]);

  return {
    loaded,
    online,
    sending,
    stalled,
    notes,
    queued: notes.filter((n) => n.state === 'queued').length,
    refused: notes.filter((n) => n.state === 'refused').length,
    pendingTallies: queue.tallies,
    talliesError: queue.talliesError,
    addNote,
    tally,
    retry,
    discard,
    flush,
  };
}
