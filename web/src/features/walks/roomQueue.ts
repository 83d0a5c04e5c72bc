import { createStore, get, set } from 'idb-keyval';
import type { RoomInput } from './useWalks';

/**
 * Rooms recorded on this device that the server has not confirmed yet (IndexedDB), so a walk
 * through a building with patchy Wi-Fi loses nothing: each waits under its client id and is sent
 * again when the connection returns. Keyed by person and walk, so a shared device never mixes them.
 */
export interface PendingRoom {
  clientId: string;
  room: RoomInput;
}

let store: ReturnType<typeof createStore> | null = null;
const rooms = () => {
  store ??= createStore('conecta-walks', 'pending-rooms');
  return store;
};
const available = () => typeof indexedDB !== 'undefined';
const keyOf = (userId: string, walkId: string) => `${userId}:${walkId}`;

export async function readPending(userId: string, walkId: string): Promise<PendingRoom[]> {
  if (!available()) return [];
  return (await get<PendingRoom[]>(keyOf(userId, walkId), rooms()).catch(() => undefined)) ?? [];
}

export async function writePending(userId: string, walkId: string, pending: PendingRoom[]): Promise<void> {
  if (available()) await set(keyOf(userId, walkId), pending, rooms()).catch(() => undefined);
}

/** The queue with this room added, or replacing the waiting copy of the same room (a correction before sending). */
export const withRoom = (pending: readonly PendingRoom[], entry: PendingRoom): PendingRoom[] => [
  ...pending.filter((p) => p.clientId !== entry.clientId),
  entry,
];

export const withoutRoom = (pending: readonly PendingRoom[], clientId: string): PendingRoom[] =>
  pending.filter((p) => p.clientId !== clientId);
