import type { Readable } from 'node:stream';

/** A stored object, opened for reading. */
export type StoredObject = { body: Readable; size: number | null };

/**
 * Where uploaded files live (ARCHITECTURE.md, scale path): the app instances stay stateless.
 * Keys are ours (`<tenant>/<kind>/<uuid>`), never a client's file name.
 */
export type Storage = {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
  /** Deleting what is not there is not an error. */
  delete(key: string): Promise<void>;
};

const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** Our keys only: lower-case segments, so no key can climb out of the folder or the bucket. */
export function assertKey(key: string) {
  if (!KEY.test(key) || key.length > 300) throw new Error(`Not a storage key: ${key}`);
}
