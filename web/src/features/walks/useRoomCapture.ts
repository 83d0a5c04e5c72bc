import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../lib/api';
import { useOnline } from '../../lib/useOnline';
import { type PendingRoom, readPending, withoutRoom, withRoom, writePending } from './roomQueue';
import { type RoomInput, sendRoom, WALKS_KEY } from './useWalks';

export type SaveResult = 'sent' | 'queued';

/**
 * Recording rooms on a phone: each room goes to the device queue first, then to the server. A
 * refusal (4xx) comes back to the form to be fixed; no network leaves it queued, and the queue
 * is sent again when the browser is back online or the page opens again.
 */
export function useRoomCapture(walkId: string, userId: string) {
  const queryClient = useQueryClient();
  const online = useOnline();
  const [pending, setPending] = useState<PendingRoom[]>([]);
  const queue = useRef<PendingRoom[]>([]);
  const flushing = useRef(false);

  const update = useCallback(
    async (next: PendingRoom[]) => {
      queue.current = next;
      setPending(next);
      await writePending(userId, walkId, next);
    },
    [userId, walkId],
  );

  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: [...WALKS_KEY, 'one', walkId] }),
    [queryClient, walkId],
  );

  /** Sends what waits, oldest first; stops at the first network failure. Refused rooms are dropped from the queue. */
  const flush = useCallback(async () => {
    if (flushing.current || queue.current.length === 0) return;
    flushing.current = true;
    try {
      for (const entry of [...queue.current]) {
        try {
          await sendRoom(walkId, entry.clientId, entry.room);
        } catch (error) {
          if (isApiError(error, 0)) break;
        }
        await update(withoutRoom(queue.current, entry.clientId));
      }
      await refresh();
    } finally {
      flushing.current = false;
    }
  }, [walkId, update, refresh]);

  useEffect(() => {
    let cancelled = false;
    void readPending(userId, walkId).then((stored) => {
      if (cancelled) return;
      queue.current = stored;
      setPending(stored);
      void flush();
    });
    return () => {
      cancelled = true;
    };
  }, [userId, walkId, flush]);

  useEffect(() => {
    if (online) void flush();
  }, [online, flush]);

  const save = useCallback(
    async (clientId: string, room: RoomInput): Promise<SaveResult> => {
      await update(withRoom(queue.current, { clientId, room }));
      try {
        await sendRoom(walkId, clientId, room);
      } catch (error) {
        if (isApiError(error, 0)) return 'queued';
        await update(withoutRoom(queue.current, clientId));
        throw error;
      }
      await update(withoutRoom(queue.current, clientId));
      await refresh();
      return 'sent';
    },
    [walkId, update, refresh],
  );

  return { pending, save, online };
}
