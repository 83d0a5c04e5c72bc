import { get, set } from 'idb-keyval';
import { useEffect } from 'react';
import { isApiError } from '../../lib/api';
import { observationStore } from './noteQueue';

/**
 * The capture screen must open in a classroom without network, even after a reload: what it
 * last read (the visit, its notes, the plan, the framework) is kept on the device per person,
 * and read back only when the server cannot be reached. Any answer from the server wins.
 */
export async function withDeviceCopy<T>(userId: string, what: string, fetcher: () => Promise<T>): Promise<T> {
  const key = `copy:${userId}:${what}`;
  const available = typeof indexedDB !== 'undefined';
  try {
    const fresh = await fetcher();
    if (available) await set(key, fresh, observationStore()).catch(() => undefined);
    return fresh;
  } catch (error) {
    if (!isApiError(error, 0) || !available) throw error;
    const copy = await get<T>(key, observationStore()).catch(() => undefined);
    if (copy === undefined) throw error;
    return copy;
  }
}

/**
 * Keeps what the capture screen shows on the device whenever it changes, however it was loaded
 * (an answer cached by another screen never went through `withDeviceCopy`).
 */
export function useKeepOnDevice(userId: string, what: string, data: unknown) {
  useEffect(() => {
    if (data === undefined || !userId || typeof indexedDB === 'undefined') return;
    void set(`copy:${userId}:${what}`, data, observationStore()).catch(() => undefined);
  }, [userId, what, data]);
}
